curl -sS "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/attachments/att_01KRK1TZ3M6Q8W0D4N2B7C5E9F" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)'
