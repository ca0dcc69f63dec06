#!/usr/bin/env bash
# README command 2 (and CI's .ci/run): installs what is missing, builds both builds and runs
# every test: the Catch2 unit tests and evaluation thresholds (CTest, native build), then the
# browser tests (node --test, headless Chromium on dist/), the native/wasm agreement test
# (tests/hostile) and a short fuzz run (tools/fuzz.sh; TARIKH_FUZZ_SECONDS=0 only replays the
# fuzzers' known inputs). Runs every suite even when an earlier one
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

# Issue 7: native and wasm agree byte for byte (tests/hostile), then the fuzzers, 60 s each.
log "native/wasm agreement (node --test tests/hostile/*.test.mjs)"
node --test tests/hostile/*.test.mjs || status=1
log "fuzzing (tools/fuzz.sh ${TARIKH_FUZZ_SECONDS:-60})"
bash tools/fuzz.sh "${TARIKH_FUZZ_SECONDS:-60}" || status=1

log "all done in $((SECONDS - start)) s: $([ $status = 0 ] && echo 'every test passed' || echo 'SOME TESTS FAILED')"
exit $status
