curl -sS -X POST "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/conversations/start" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
  -H 'Content-Type: application/json' \
  -d '{
  "agent_id": "my-agent",
  "prompt": "Summarise the open support tickets tagged billing.",
  "ask_mode": false
}'
