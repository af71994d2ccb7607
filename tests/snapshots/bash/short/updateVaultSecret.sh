curl -sS -X PATCH "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/vaults/vlt_01KQ27A9B8C7D6E5F4G3H2J1K0/secrets/sec_01KQ27AQH800XQTQPJZ0DH14SJ" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
  -H 'Content-Type: application/json' \
  -d '{
  "value": "sk_test_rotated_value"
}'
