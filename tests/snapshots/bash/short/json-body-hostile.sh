curl -sS -X POST "${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}/artifacts/rules" \
  -H "Authorization: Bearer $NAIRI_API_KEY" \
  -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
  -H 'Content-Type: application/json' \
  -d '{
  "title": "It'\''s \"quoted\" $HOME `whoami` #{1+1} %s %d */ \"\"\" \\U0001F600 trailing\"",
  "description": "\r\nsecond line ",
  "content": "back\\slash\nnew line\ttab — café ☕ 日本   end '\''\\'\'''\'' $(echo injected >&2) ${PATH} \\\" \\\\",
  "meta": {
    "var": "x\"; touch pwned; echo \"$NAIRI_API_KEY"
  },
  "also": {
    "var": "NAIRI_API_KEY"
  },
  "__proto__": {
    "polluted": "yes"
  },
  "constructor": "not a function"
}'
