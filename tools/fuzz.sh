#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang with ASan + UBSan, build/fuzz) and runs each for a
# while; the test command (tools/test.sh) runs it for 60 s per target.
#   tools/fuzz.sh [SECONDS]        default 60 per target, the two targets side by side
# Seeds: fuzz/make_seeds.py from ../shared/corpus and the project's test data (build/fuzz/seeds).
# What a run adds to the corpus is kept in $TARIKH_CACHE/fuzz-corpus/<target> for the next run.
# A crash, hang (> 25 s), leak or out-of-memory (> 2 GB) fails the run; the input is written to
# build/fuzz/findings/ (replay: build/fuzz/fuzz_extract FILE). Every file in fuzz/regressions/
# (each a past finding, fixed) is replayed first and must pass.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$TARIKH_ROOT"
seconds=${1:-${TARIKH_FUZZ_SECONDS:-60}}
build=build/fuzz
targets=(fuzz_extract fuzz_json)
start=$SECONDS

log "building the fuzz targets ($build, clang + ASan + UBSan)"
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTARIKH_FUZZ=ON >/dev/null
fi
ninja -C "$build" "${targets[@]}" | grep -v '^\[' || true
# Make every sanitizer finding fatal and visible.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Past findings: replayed one input at a time.
status=0
for target in "${targets[@]}"; do
  for f in fuzz/regressions/"$target"/*; do
    [ -f "$f" ] || continue
    if ! "$build/$target" "$f" >"$build/replay.log" 2>&1; then
      log "FAIL: $target $f"; grep -m1 -A5 -E 'ERROR|runtime error' "$build/replay.log" >&2 || tail -5 "$build/replay.log" >&2
      status=1
    fi
  done
done
[ "$seconds" -gt 0 ] || exit $status

[ -d "$build/seeds/extract" ] || python3 fuzz/make_seeds.py "$TARIKH_SHARED" "$TARIKH_ROOT" "$build/seeds"
mkdir -p "$build/findings"
log "fuzzing ${targets[*]} for $seconds s each, side by side"
pids=()
for target in "${targets[@]}"; do
  corpus="$TARIKH_CACHE/fuzz-corpus/$target" && mkdir -p "$corpus"
  seeds="$build/seeds/${target#fuzz_}"
  max_len=$([ "$target" = fuzz_extract ] && echo 4097 || echo 8192)
  "$build/$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="$build/findings/$target-" "$corpus" "$seeds" >"$build/$target.log" 2>&1 &
  pids+=($!)
done
for i in "${!targets[@]}"; do
  target=${targets[$i]}
  if wait "${pids[$i]}"; then result=ok; else result=FINDING; status=1; fi
  stat() { grep -m1 "stat::$1:" "$build/$target.log" | awk '{print $2}'; }
  summary="$target: $result, $(stat number_of_executed_units) executions ($(stat average_exec_per_sec)/s), $(stat new_units_added) new inputs, corpus $(ls "$TARIKH_CACHE/fuzz-corpus/$target" | wc -l) files, peak RSS $(stat peak_rss_mb) MB"
  echo "$summary" | tee -a "$build/summary.txt" >&2
  if [ "$result" != ok ]; then
    grep -m1 -A12 -E 'ERROR|runtime error|ALARM' "$build/$target.log" >&2 || tail -20 "$build/$target.log" >&2
    ls "$build"/findings/"$target"-* >&2 2>/dev/null || true
  fi
done
log "fuzzing done in $((SECONDS - start)) s: $([ $status = 0 ] && echo 'no finding' || echo 'FINDINGS (see above)')"
exit $status
