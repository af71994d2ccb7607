const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const response = await fetch(baseUrl + "/integrations/llm/ai_01KJTC8VXB6YJHHV8ZRHQZ4A8G", {
  method: "PATCH",
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    name: "Staging Anthropic",
  }),
});
console.log(await response.text());
