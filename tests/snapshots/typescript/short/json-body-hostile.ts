const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const response = await fetch(baseUrl + "/artifacts/rules", {
  method: "POST",
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    title: "It's \"quoted\" $HOME `whoami` #{1+1} %s %d */ \"\"\" \\U0001F600 trailing\"",
    description: "\r\nsecond line ",
    content: "back\\slash\nnew line\ttab — café ☕ 日本   end '\\'' $(echo injected >&2) ${PATH} \\\" \\\\",
    meta: {
      var: "x\"; touch pwned; echo \"$NAIRI_API_KEY",
    },
    also: {
      var: "NAIRI_API_KEY",
    },
    ["__proto__"]: {
      polluted: "yes",
    },
    constructor: "not a function",
  }),
});
console.log(await response.text());
