#!/usr/bin/env bash
# `npm test`: installs what a fresh machine lacks, then runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh
bash scripts/install-node-deps.sh
exec npm run -s verify
