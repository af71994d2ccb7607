curl -sS -X POST "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/agents/cci_01KEQ6963XS96YDP3NF9NKB7QJ/env-vars" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
  -H 'Content-Type: application/json' \
  -d '{
  "key": "NODE_ENV",
  "value": "production"
}'
