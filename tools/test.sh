#!/usr/bin/env bash
# README command 2 (and CI's .ci/run): installs what is missing, builds both builds and runs
# every test: the Catch2 unit tests and evaluation thresholds (CTest, native build), then the
# browser tests (node --test, headless Chromium on dist/). Runs both suites even when the first
# fails; exits non-zero when any test failed.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$TARIKH_ROOT"
[ -d "$TARIKH_SHARED/eval" ] || { log "no shared material at $TARIKH_SHARED (expected beside the repo)"; exit 1; }
start=$SECONDS

bash tools/setup.sh
bash tools/build.sh native
status=0
log "CTest: unit tests and evaluation thresholds"
ctest --test-dir build/native --output-on-failure -j"$(nproc)" || status=1

bash tools/build.sh wasm
log "browser tests (node --test tests/browser/*.test.mjs)"
node --test tests/browser/*.test.mjs || status=1

log "all done in $((SECONDS - start)) s: $([ $status = 0 ] && echo 'every test passed' || echo 'SOME TESTS FAILED')"
exit $status
