#!/usr/bin/env bash
# Installs the exact npm dependencies from package-lock.json when node_modules is missing or older
# than the lock file. The `node` package brings Node 24 for every npm script.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
