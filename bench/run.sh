#!/usr/bin/env bash
# The benchmarks in one command (issue 7): bash bench/run.sh
# Installs what is missing (tools/setup.sh, python3-matplotlib for the plot), builds the native
# and wasm builds, runs bench/bench.mjs (throughput against chrono-node, scaling, wasm memory,
# page weight and first frame, canvas frames against vis-timeline) and writes BENCHMARKS.md and
# bench/results/. Takes a few minutes; not part of the tests.
set -euo pipefail
source "$(dirname "$0")/../tools/common.sh"
cd "$TARIKH_ROOT"
bash tools/setup.sh
if ! /usr/bin/python3 -c "import matplotlib" 2>/dev/null; then
  log "apt-get install python3-matplotlib (the scaling plot)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-matplotlib >/dev/null
fi
[ "${BENCH_NO_BUILD:-0}" = 1 ] || { bash tools/build.sh native; bash tools/build.sh wasm; }
log "running the benchmarks (a few minutes)"
node bench/bench.mjs
/usr/bin/python3 bench/report.py  # Debian's python3, where python3-matplotlib lives
