#!/usr/bin/env bash
# Installs the Debian packages the tests need and a fresh machine lacks. Idempotent: does nothing
# when everything is present.
set -euo pipefail

# command (or file) → Debian package. Chromium drives Playwright; jq, curl, ruby, go run the code samples.
declare -A packages=(
  [chromium]=chromium
  [jq]=jq
  [curl]=curl
  [ruby]=ruby
  [go]=golang-go
  [base64]=coreutils
  # The browser tests serve dist/ with the build's nginx snippet; a Vitest test checks the Caddy one.
  [nginx]=nginx
  [caddy]=caddy
)

missing=()
for cmd in "${!packages[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${packages[$cmd]}")
done
# The Python samples run on Debian's python3 with Debian's requests.
/usr/bin/python3 -c 'import requests' >/dev/null 2>&1 || missing+=(python3 python3-requests)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
