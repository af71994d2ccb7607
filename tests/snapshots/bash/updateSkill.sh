#!/usr/bin/env bash
# Upload a new version of a skill
# Needs curl and jq. Reads your key from NAIRI_API_KEY; never paste it into the script.
set -euo pipefail

: "${NAIRI_API_KEY:?Set NAIRI_API_KEY to your Nairi public API key (nr_...)}"
if [[ $NAIRI_API_KEY == *[$'\r\n']* ]]; then echo 'NAIRI_API_KEY contains a line break; a key is one line (nr_...).' >&2; exit 1; fi
BASE_URL="${NAIRI_BASE_URL:-https://api.nairi.ai/api/public/v1}"
# The bare host works too: drop trailing slashes, then add the API prefix if it is missing.
while [[ $BASE_URL == */ ]]; do BASE_URL=${BASE_URL%/}; done
[[ $BASE_URL == */api/public/v1 ]] || BASE_URL="$BASE_URL/api/public/v1"
SKILL_ID=${SKILL_ID:-'ask_01KJWS9M4N5P6Q7R8S9T0V1W2X'}
FILE_PATH=${FILE_PATH:-'./my-skill.zip'}

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

# Quotes a file path for curl -F, so ";", "," and '"' in its name stay part of it.
form_path() { local p=${1//\\/\\\\}; p=${p//\"/\\\"}; printf '"%s"' "$p"; }

# Percent-encodes one path segment (a slug may contain "/").
urlencode() { jq -rn --arg v "$1" '$v | @uri'; }

api PUT "/artifacts/skills/$(urlencode "$SKILL_ID")" \
  -F "file=@$(form_path "$FILE_PATH")" | jq .
