const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const response = await fetch(baseUrl + "/agents/cci_01KEQ6963XS96YDP3NF9NKB7QJ/resources", {
  method: "POST",
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    entity_type: "agent_artifact_rule",
    entity_id: "aar_01KJWRKX0ZNZP91YG3Q353776Q",
  }),
});
console.log(await response.text());
