#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 30), JOBS at a time (default 2), niced, on a copy of
# its seed corpus (new inputs stay in the build folder, not in the checkout). Exits 1 when a target crashed,
# leaked or hung; its crash-*/leak-*/timeout-* reproducer is left in BUILD/fuzz-out/TARGET/.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
# BUILD is $DRAMATIS_FUZZ_BUILD or build/asan: the `asan` preset (clang, ASan + UBSan, coverage for
# libFuzzer) builds the sanitized tests and the fuzz targets in one tree; the first run configures it.
# JOBS is $DRAMATIS_FUZZ_JOBS; an input that runs longer than $DRAMATIS_FUZZ_TIMEOUT (25) s counts as a
# hang. One line per target (executions, exec/s, coverage, result) goes to stderr and BUILD/fuzz-out/summary.tsv.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${DRAMATIS_FUZZ_BUILD:-$root/build/asan}
jobs=${DRAMATIS_FUZZ_JOBS:-2}
seconds=${1:-30}
shift || true
targets=("$@")

# DRAMATIS_FUZZ_NO_BUILD=1 runs the targets already in BUILD/tests/fuzz (a copy, say, while BUILD rebuilds).
if [[ -z ${DRAMATIS_FUZZ_NO_BUILD:-} && ! -f $build/CMakeCache.txt ]]; then
    (cd "$root" && cmake --preset asan -B "$build" >/dev/null)
fi
if [[ ${#targets[@]} -eq 0 ]]; then
    [[ -n ${DRAMATIS_FUZZ_NO_BUILD:-} ]] || nice -n 19 cmake --build "$build" -j"${DRAMATIS_JOBS:-2}" --target dramatis_fuzz
    for f in "$build"/tests/fuzz/fuzz_*; do
        [[ -x $f && -f $f ]] && targets+=("${f##*/fuzz_}")
    done
elif [[ -z ${DRAMATIS_FUZZ_NO_BUILD:-} ]]; then
    nice -n 19 cmake --build "$build" -j"${DRAMATIS_JOBS:-2}" --target "${targets[@]/#/fuzz_}"
fi

# Leaks are errors; the few one-time allocations of libraries we do not own are listed in lsan.supp.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# One target: libFuzzer in its own folder; writes status (0 = clean) and a summary line.
run_one() {
    local t=$1 out=$build/fuzz-out/$1 rc=0
    mkdir -p "$out/corpus"
    cp -n "$here/corpora/$t/"* "$out/corpus/" 2>/dev/null || true
    (cd "$out" && nice -n 19 "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout="${DRAMATIS_FUZZ_TIMEOUT:-25}" -max_len=65536 -print_final_stats=1 corpus >"$out/log.txt" 2>&1) || rc=$?
    echo "$rc" >"$out/status"
    local execs rate cov result=ok
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/log.txt" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$out/log.txt" | tail -1)
    cov=$(grep -oE "cov: [0-9]+ ft: [0-9]+ corp: [0-9]+" "$out/log.txt" | tail -1 || true)
    if [[ $rc -ne 0 ]]; then
        result="FAILED: $(grep -m1 -oE "ERROR: [A-Za-z]+: [a-z-]+|ERROR: libFuzzer: [a-z-]+|property failed.*" \
            "$out/log.txt" || echo "exit $rc")"
    fi
    printf '%s\t%ss\t%s execs\t%s/s\t%s\t%s\n' "$t" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-cov: ?}" \
        "$result" | tee -a "$build/fuzz-out/summary.tsv" >&2
}

mkdir -p "$build/fuzz-out"
running=0
for t in "${targets[@]}"; do
    if ((running >= jobs)); then
        wait -n || true
        running=$((running - 1))
    fi
    run_one "$t" &
    running=$((running + 1))
done
wait

failed=()
for t in "${targets[@]}"; do
    [[ $(cat "$build/fuzz-out/$t/status" 2>/dev/null) == 0 ]] || failed+=("$t")
done
for t in "${failed[@]}"; do
    echo "== fuzz_$t" >&2
    grep -E "ERROR|SUMMARY|property failed|Test unit written|#[0-9]+ 0x" "$build/fuzz-out/$t/log.txt" | head -40 >&2 ||
        tail -20 "$build/fuzz-out/$t/log.txt" >&2
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "run.sh: failed: ${failed[*]} (reproducers in $build/fuzz-out/)" >&2
    exit 1
fi
echo "run.sh: ${#targets[@]} targets, $seconds s each, no crash, leak or hang" >&2
