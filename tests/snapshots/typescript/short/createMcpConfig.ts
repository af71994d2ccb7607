const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const response = await fetch(baseUrl + "/artifacts/mcp-configs", {
  method: "POST",
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    title: "Database MCP",
    description: "Read-only access to the analytics database.",
    content: "{\"mcpServers\":{\"postgres\":{\"command\":\"npx\",\"args\":[\"-y\",\"@modelcontextprotocol/server-postgres\"]}}}",
    is_sensitive: true,
  }),
});
console.log(await response.text());
