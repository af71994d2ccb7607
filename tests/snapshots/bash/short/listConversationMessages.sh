curl -sS "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/conversations/job_01KRK1V46BXS73CSNK2VR35NPJ/messages" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)'
