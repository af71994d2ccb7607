#!/usr/bin/env bash
# Full example
# Needs curl and jq. Reads your key from NAIRI_API_KEY; never paste it into the script.
set -euo pipefail

: "${NAIRI_API_KEY:?Set NAIRI_API_KEY to your Nairi public API key (nr_...)}"
if [[ $NAIRI_API_KEY == *[$'\r\n']* ]]; then echo 'NAIRI_API_KEY contains a line break; a key is one line (nr_...).' >&2; exit 1; fi
BASE_URL="${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}"
# The bare host works too: drop trailing slashes, then add the API prefix if it is missing.
while [[ $BASE_URL == */ ]]; do BASE_URL=${BASE_URL%/}; done
[[ $BASE_URL == */api/public/v1 ]] || BASE_URL="$BASE_URL/api/public/v1"
AGENT_NAME=${AGENT_NAME:-'Quickstart Agent'}
SECRET_VALUE=${SECRET_VALUE:-'replace-with-your-webhook-secret'}
OUTPUT_PATH=${OUTPUT_PATH:-'./agent-file.md'}

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

# Create the agent
response=$(api POST "/agents" \
  -H "Content-Type: application/json" \
  -d "$(jq -n --arg AGENT_NAME "$AGENT_NAME" '{
  "name": $AGENT_NAME,
  "instances_count": 1
}')")
AGENT_ID=$(jq -r '.id' <<<"$response")

# Write a rule
response=$(api POST "/artifacts/rules" \
  -H "Content-Type: application/json" \
  -d '{
  "title": "Answer style",
  "description": "Apply to every answer written for a customer.",
  "content": "- Answer in plain English.\n- Quote the ticket number you are answering."
}')
rule_id=$(jq -r '.id' <<<"$response")

# Attach the rule to the agent
api POST "/agents/$(urlencode "$AGENT_ID")/resources" \
  -H "Content-Type: application/json" \
  -d "$(jq -n --arg rule_id "$rule_id" '{
  "entity_type": "agent_artifact_rule",
  "entity_id": $rule_id
}')" >/dev/null

# Create a vault
response=$(api POST "/vaults" \
  -H "Content-Type: application/json" \
  -d '{
  "name": "Quickstart Secrets",
  "description": "Credentials for the quickstart agent."
}')
vault_id=$(jq -r '.id' <<<"$response")

# Store a secret in the vault
api POST "/vaults/$(urlencode "$vault_id")/secrets" \
  -H "Content-Type: application/json" \
  -d "$(jq -n --arg SECRET_VALUE "$SECRET_VALUE" '{
  "env_key": "WEBHOOK_SECRET",
  "value": $SECRET_VALUE,
  "allowed_domains": [
    "hooks.example.com"
  ]
}')" >/dev/null

# Attach the vault to the agent
api POST "/agents/$(urlencode "$AGENT_ID")/resources" \
  -H "Content-Type: application/json" \
  -d "$(jq -n --arg vault_id "$vault_id" '{
  "entity_type": "vault",
  "entity_id": $vault_id
}')" >/dev/null

# Deploy
api POST "/agents/$(urlencode "$AGENT_ID")/deploy" \
  -H "Content-Type: application/json" \
  -d '{
  "update_config_only": false
}' >/dev/null
printf '%s: %s\n' 'Deployed agent' "$AGENT_ID"

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

# Ask for a file
response=$(api POST "/conversations/$(urlencode "$job_id")/continue" \
  -H "Content-Type: application/json" \
  -d '{
  "prompt": "Put the final note in a file."
}')
message_id=$(jq -r '.message_id' <<<"$response")

# Wait for the file
deadline=$((SECONDS + 120))
while true; do
  status=$(api GET "/messages/$(urlencode "$message_id")" | jq -r '.status')
  if [[ $status == 'completed' || $status == 'failed' ]]; then break; fi
  if (( SECONDS >= deadline )); then echo 'Gave up after 120s; status is still '"$status" >&2; exit 1; fi
  sleep 2
done
if [[ $status == 'failed' ]]; then echo 'The agent'\''s turn ended as failed; the conversation'\''s system message says why.' >&2; exit 1; fi

# Find the file
response=$(api GET "/conversations/$(urlencode "$job_id")/messages")
file_id=$(jq -r '[.messages[] | select(.role == "assistant")] | last | .attachment_ids[0] // ""' <<<"$response")

# Download it
response=$(api GET "/attachments/$(urlencode "$file_id")")
jq -r '.data' <<<"$response" | base64 -d > "$OUTPUT_PATH"
echo "Saved $(jq -r '.filename' <<<"$response") to $OUTPUT_PATH"
