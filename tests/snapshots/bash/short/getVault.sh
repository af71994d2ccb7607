curl -sS "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/vaults/vlt_01KQ27A9B8C7D6E5F4G3H2J1K0" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)'
