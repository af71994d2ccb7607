#!/usr/bin/env bash
# `npm start`: installs what is missing, builds the site, then serves it at http://127.0.0.1:4321
# together with the local sandbox API at http://127.0.0.1:4010/api/public/v1 (the try-it default).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-node-deps.sh
port="${PORT:-4321}"
sandbox_port="${SANDBOX_PORT:-4010}"
sandbox_url="http://127.0.0.1:$sandbox_port/api/public/v1"
# The console's default server is fixed at build time: point it at this sandbox.
NAIRI_TRYIT_SERVERS="${NAIRI_TRYIT_SERVERS:+$NAIRI_TRYIT_SERVERS,}$sandbox_url" NAIRI_TRYIT_DEFAULT="$sandbox_url" npm run -s build
npm run -s sandbox -- --port "$sandbox_port" --origin "http://127.0.0.1:$port" --origin "http://localhost:$port" &
sandbox_pid=$!
trap 'kill "$sandbox_pid" 2>/dev/null || true' EXIT INT TERM
echo "Nairi Docs: http://127.0.0.1:$port/"
npm run -s preview -- --host 127.0.0.1 --port "$port"
