curl -sS -X POST "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/vaults/vlt_01KQ27A9B8C7D6E5F4G3H2J1K0/secrets" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
  -H 'Content-Type: application/json' \
  -d '{
  "env_key": "STRIPE_API_KEY",
  "value": "sk_test_example_value",
  "allowed_domains": [
    "*.stripe.com"
  ]
}'
