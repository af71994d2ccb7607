const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const response = await fetch(baseUrl + "/conversations/job_01KRK1V46BXS73CSNK2VR35NPJ/continue", {
  method: "POST",
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    prompt: "Now draft a reply to the oldest one.",
  }),
});
console.log(await response.text());
