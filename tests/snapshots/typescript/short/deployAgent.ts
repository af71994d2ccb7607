const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const response = await fetch(baseUrl + "/agents/cci_01KEQ6963XS96YDP3NF9NKB7QJ/deploy", {
  method: "POST",
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    update_config_only: false,
  }),
});
console.log(await response.text());
