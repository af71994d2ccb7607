curl -sS "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/scheduled-jobs/sj_01K7XSRBBM0294N1WBD2M9EVQC" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)'
