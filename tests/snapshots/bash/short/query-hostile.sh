curl -sS "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/models?provider=anthropic&provider=opencode&provider=a%26b%3Dc+d%2Be%25%2F%C3%BC%23x%3F&provider=true" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)'
