#!/usr/bin/env bash
# `npm start`: installs what is missing, builds the site, then serves it at http://127.0.0.1:4321
# together with the local sandbox API at http://127.0.0.1:4010/api/public/v1 (the try-it default).
# PORT and SANDBOX_PORT move them. If either stops, both stop and the exit status says so.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
bash scripts/install-node-deps.sh
port="${PORT:-4321}"
sandbox_port="${SANDBOX_PORT:-4010}"
# Say which port is taken before spending a minute on the build.
node scripts/ports.ts check "$port" PORT "$sandbox_port" SANDBOX_PORT
# The console's servers are fixed at build time: this build offers the sandbox started below, as the
# default, and the site's own address is local (a public https site may not default to loopback).
NAIRI_DOCS_SITE="http://127.0.0.1:$port" NAIRI_TRYIT_SANDBOX="http://127.0.0.1:$sandbox_port/api/public/v1" npm run -s build
node scripts/sandbox/serve.ts --port "$sandbox_port" --origin "http://127.0.0.1:$port" --origin "http://localhost:$port" &
sandbox_pid=$!
node_modules/.bin/astro preview --host 127.0.0.1 --port "$port" &
preview_pid=$!
trap 'kill "$sandbox_pid" "$preview_pid" 2>/dev/null || true' EXIT INT TERM
echo "Nairi Docs: http://127.0.0.1:$port/"
# Whichever stops first (a port taken after the check, a crash, Ctrl+C) ends the other too.
status=0
wait -n "$sandbox_pid" "$preview_pid" || status=$?
exit "$status"
