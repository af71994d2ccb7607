#!/usr/bin/env bash
# Installs the Debian packages the tests need and a fresh machine lacks. Idempotent: does nothing
# when everything is present. Chromium drives the Playwright tests (no browser download).
set -euo pipefail

declare -A packages=(
  [chromium]=chromium
  [jq]=jq
  [curl]=curl
)

missing=()
for cmd in "${!packages[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${packages[$cmd]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
