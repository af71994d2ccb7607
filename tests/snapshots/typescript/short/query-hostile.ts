const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const response = await fetch(baseUrl + "/models?provider=anthropic&provider=opencode&provider=a%26b%3Dc+d%2Be%25%2F%C3%BC%23x%3F&provider=true", {
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
  },
});
console.log(await response.text());
