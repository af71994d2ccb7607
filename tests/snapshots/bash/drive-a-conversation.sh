#!/usr/bin/env bash
# Drive a conversation
# Needs curl and jq. Reads your key from NAIRI_API_KEY; never paste it into the script.
set -euo pipefail

: "${NAIRI_API_KEY:?Set NAIRI_API_KEY to your Nairi public API key (nr_...)}"
if [[ $NAIRI_API_KEY == *[$'\r\n']* ]]; then echo 'NAIRI_API_KEY contains a line break; a key is one line (nr_...).' >&2; exit 1; fi
BASE_URL="${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}"
# The bare host works too: drop trailing slashes, then add the API prefix if it is missing.
while [[ $BASE_URL == */ ]]; do BASE_URL=${BASE_URL%/}; done
[[ $BASE_URL == */api/public/v1 ]] || BASE_URL="$BASE_URL/api/public/v1"
AGENT_ID=${AGENT_ID:-'support-bot'}

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

# Percent-encodes one path segment (a slug may contain "/").
urlencode() { jq -rn --arg v "$1" '$v | @uri'; }

# Start the conversation
response=$(api POST "/conversations/start" \
  -H "Content-Type: application/json" \
  -d "$(jq -n --arg AGENT_ID "$AGENT_ID" '{
  "agent_id": $AGENT_ID,
  "prompt": "Customer cus_123 was charged twice for order 1042. Draft a refund note.",
  "ask_mode": false
}')")
job_id=$(jq -r '.job_id' <<<"$response")
message_id=$(jq -r '.message_id' <<<"$response")

# Wait for the turn to finish
deadline=$((SECONDS + 120))
while true; do
  status=$(api GET "/messages/$(urlencode "$message_id")" | jq -r '.status')
  if [[ $status == 'completed' || $status == 'failed' ]]; then break; fi
  if (( SECONDS >= deadline )); then echo 'Gave up after 120s; status is still '"$status" >&2; exit 1; fi
  sleep 2
done
if [[ $status == 'failed' ]]; then echo 'The agent'\''s turn ended as failed; the conversation'\''s system message says why.' >&2; exit 1; fi

# Read the reply
response=$(api GET "/conversations/$(urlencode "$job_id")/messages")
reply=$(jq -r '[.messages[] | select(.role == "assistant")] | last | .content // ""' <<<"$response")
printf '%s: %s\n' 'Agent' "$reply"

# Continue the thread
response=$(api POST "/conversations/$(urlencode "$job_id")/continue" \
  -H "Content-Type: application/json" \
  -d '{
  "prompt": "Make the note shorter and mention the order number."
}')
message_id=$(jq -r '.message_id' <<<"$response")

# Wait again
deadline=$((SECONDS + 120))
while true; do
  status=$(api GET "/messages/$(urlencode "$message_id")" | jq -r '.status')
  if [[ $status == 'completed' || $status == 'failed' ]]; then break; fi
  if (( SECONDS >= deadline )); then echo 'Gave up after 120s; status is still '"$status" >&2; exit 1; fi
  sleep 2
done
if [[ $status == 'failed' ]]; then echo 'The agent'\''s turn ended as failed; the conversation'\''s system message says why.' >&2; exit 1; fi

# Read the new reply
response=$(api GET "/conversations/$(urlencode "$job_id")/messages")
reply=$(jq -r '[.messages[] | select(.role == "assistant")] | last | .content // ""' <<<"$response")
printf '%s: %s\n' 'Agent' "$reply"
