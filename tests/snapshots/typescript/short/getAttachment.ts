const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const response = await fetch(baseUrl + "/attachments/att_01KRK1TZ3M6Q8W0D4N2B7C5E9F", {
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
  },
});
console.log(await response.text());
