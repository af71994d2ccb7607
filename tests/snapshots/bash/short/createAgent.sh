curl -sS -X POST "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/agents" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
  -H 'Content-Type: application/json' \
  -d '{
  "name": "My New Agent",
  "instances_count": 1
}'
