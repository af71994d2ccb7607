curl -sS -X PUT "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/artifacts/mcp-configs/amc_01KJWS2T7W3X9Y4Z5A6B7C8D9E" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
  -H 'Content-Type: application/json' \
  -d '{
  "title": "Database MCP",
  "description": "Read-only access to the analytics and billing databases."
}'
