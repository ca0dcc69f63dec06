#!/usr/bin/env bash
# README command 1: installs what is missing, builds the web app into dist/ and serves it on
# http://127.0.0.1:8000 (Ctrl-C stops the server). PORT=8080 tools/serve.sh picks another port.
set -euo pipefail
source "$(dirname "$0")/common.sh"
port="${PORT:-8000}"
bash "$TARIKH_ROOT/tools/setup.sh"
bash "$TARIKH_ROOT/tools/build.sh" wasm
log "serving $TARIKH_ROOT/dist"
echo "Tarikh is at http://127.0.0.1:$port/"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$TARIKH_ROOT/dist"
