curl -sS -X PATCH "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/integrations/llm/ai_01KJTC8VXB6YJHHV8ZRHQZ4A8G" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
  -H 'Content-Type: application/json' \
  -d '{
  "name": "Staging Anthropic"
}'
