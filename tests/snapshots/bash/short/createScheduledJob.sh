curl -sS -X POST "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/scheduled-jobs" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
  -H 'Content-Type: application/json' \
  -d '{
  "schedule": "0 9 * * 1-5",
  "timezone": "Europe/Sofia",
  "prompt": "Summarise yesterday'\''s merged pull requests.",
  "job_type": "app",
  "agent_id": "my-agent"
}'
