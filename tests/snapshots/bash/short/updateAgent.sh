curl -sS -X PATCH "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/agents/cci_01KEQ6963XS96YDP3NF9NKB7QJ" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
  -H 'Content-Type: application/json' \
  -d '{
  "description": "Answers billing questions",
  "system_prompt": "You are a careful billing assistant."
}'
