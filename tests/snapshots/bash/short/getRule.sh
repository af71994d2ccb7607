curl -sS "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/artifacts/rules/aar_01KJWRKX0ZNZP91YG3Q353776Q" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)'
