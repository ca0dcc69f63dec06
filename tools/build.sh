#!/usr/bin/env bash
# Configures (when needed) and builds one or both of Tarikh's builds with Ninja:
#   tools/build.sh native   build/native: tarikh_core, the `tarikh` CLI, the unit tests
#   tools/build.sh wasm     build/wasm:   the static site in dist/ (the first run also
#                           cross-builds ICU for wasm, 6-16 minutes, then cached)
#   tools/build.sh          both
# Assumes tools/setup.sh has run.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$TARIKH_ROOT"

build() {
  local kind=$1 start=$SECONDS
  log "building $kind (build/$kind)"
  if [ "$kind" = wasm ]; then
    # Release: measured, it extracts 2.3x faster than MinSizeRel for a .wasm 6% larger (ICU's
    # code and data are most of it either way).
    emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  else
    cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  ninja -C "build/$kind" -j"$(nproc)"
  log "$kind built in $((SECONDS - start)) s"
}

case "${1:-all}" in
  native | wasm) build "$1" ;;
  all) build native && build wasm ;;
  *) echo "usage: tools/build.sh [native|wasm|all]" >&2; exit 2 ;;
esac
