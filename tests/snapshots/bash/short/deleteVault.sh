curl -sS -X DELETE "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/vaults/vlt_01KQ27B3EMPTYVA00000000000" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)'
