#!/usr/bin/env bash
# `npm start`: installs what is missing, builds the site and serves it at http://127.0.0.1:4321.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-node-deps.sh
npm run -s build
echo "Nairi Docs: http://127.0.0.1:${PORT:-4321}/"
exec npm run -s preview -- --host 127.0.0.1 --port "${PORT:-4321}"
