const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const response = await fetch(baseUrl + "/vaults/vlt_01KQ27A9B8C7D6E5F4G3H2J1K0", {
  method: "PATCH",
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    description: "Keys for production and staging.",
  }),
});
console.log(await response.text());
