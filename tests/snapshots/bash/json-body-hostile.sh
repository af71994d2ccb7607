#!/usr/bin/env bash
# Line one process.exit(3) # */ """ \U0001 #{1+1} %s $(touch pwned) `id` ends with a quote"
# Needs curl and jq. Reads your key from NAIRI_API_KEY; never paste it into the script.
set -euo pipefail

: "${NAIRI_API_KEY:?Set NAIRI_API_KEY to your Nairi public API key (nr_...)}"
if [[ $NAIRI_API_KEY == *[$'\r\n']* ]]; then echo 'NAIRI_API_KEY contains a line break; a key is one line (nr_...).' >&2; exit 1; fi
BASE_URL="${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}"
# The bare host works too: drop trailing slashes, then add the API prefix if it is missing.
while [[ $BASE_URL == */ ]]; do BASE_URL=${BASE_URL%/}; done
[[ $BASE_URL == */api/public/v1 ]] || BASE_URL="$BASE_URL/api/public/v1"

# api METHOD PATH [curl options]: prints the response body, or the API's error and exits.
api() {
  local method=$1 path=$2 response status body
  shift 2
  case "$path/" in */./* | */../*) echo 'Refusing to send a path with a "." or ".." segment (no ID is one; it would address another path): '"$path" >&2; exit 1 ;; esac
  response=$(curl -sS -X "$method" "$BASE_URL$path" \
    -H "Authorization: Bearer $NAIRI_API_KEY" \
    -H 'User-Agent: nairi-docs-sample/1.0 (bash)' \
    -w $'\n%{http_code}' "$@")
  status=${response##*$'\n'}
  body=${response%$'\n'*}
  if (( status < 200 || status > 299 )); then
    echo "Nairi API error $status on $method $path: $(jq -r '.error // empty' <<<"$body" 2>/dev/null || echo "$body")" >&2
    exit 1
  fi
  printf '%s' "$body"
}

# Line one process.exit(3) # */ """ \U0001 #{1+1} %s $(touch pwned) `id` ends with a quote"
api POST "/artifacts/rules" \
  -H "Content-Type: application/json" \
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
}' | jq .
