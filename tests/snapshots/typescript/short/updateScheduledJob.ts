const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const response = await fetch(baseUrl + "/scheduled-jobs/sj_01K7XSRBBM0294N1WBD2M9EVQC", {
  method: "PATCH",
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    is_enabled: false,
  }),
});
console.log(await response.text());
