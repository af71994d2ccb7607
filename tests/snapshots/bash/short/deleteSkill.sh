curl -sS -X DELETE "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/artifacts/skills/ask_01KJWS9M4N5P6Q7R8S9T0V1W2X" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)'
