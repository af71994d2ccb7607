curl -sS -X POST "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/artifacts/rules" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
  -H 'Content-Type: application/json' \
  -d '{
  "title": "Code Style Rules",
  "description": "Apply when writing or reviewing TypeScript.",
  "content": "- Prefer named exports.\n- No default exports in libraries."
}'
