curl -sS "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/messages/cmsg_01KRK1V475HBTME8QJQMAPWK16" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)'
