#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 30), one after the other, niced, on a copy of its
# seed corpus (new inputs stay in the build folder, not in the checkout). Exits 1 when a target crashed;
# its crash-* reproducer is left in BUILD/fuzz-out/TARGET/.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]      BUILD is $DRAMATIS_FUZZ_BUILD or build/fuzz
# The first run configures and builds BUILD with clang (-DDRAMATIS_BUILD_FUZZ=ON).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${DRAMATIS_FUZZ_BUILD:-$root/build/fuzz}
seconds=${1:-30}
shift || true
targets=("$@")

if [[ ! -f $build/CMakeCache.txt ]]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DDRAMATIS_BUILD_FUZZ=ON -DDRAMATIS_BUILD_BENCH=OFF >/dev/null
fi
if [[ ${#targets[@]} -eq 0 ]]; then
    nice -n 19 cmake --build "$build" -j"${DRAMATIS_JOBS:-2}" --target dramatis_fuzz
    # Every target built (the format loaders' ones exist once their loaders do).
    for f in "$build"/tests/fuzz/fuzz_*; do
        [[ -x $f && -f $f ]] && targets+=("${f##*/fuzz_}")
    done
else
    nice -n 19 cmake --build "$build" -j"${DRAMATIS_JOBS:-2}" --target "${targets[@]/#/fuzz_}"
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for t in "${targets[@]}"; do
    out=$build/fuzz-out/$t
    mkdir -p "$out/corpus"
    cp -n "$here/corpora/$t/"* "$out/corpus/" 2>/dev/null || true
    echo "== fuzz_$t: $seconds s" >&2
    if ! (cd "$out" && nice -n 19 "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=1024 \
            -timeout=10 -max_len=65536 -print_final_stats=1 corpus >"$out/log.txt" 2>&1); then
        failed+=("$t")
        grep -E "ERROR|SUMMARY|property failed|Test unit written" "$out/log.txt" >&2 || tail -20 "$out/log.txt" >&2
    fi
    grep -E "^stat::number_of_executed_units|^stat::average_exec_per_sec|^stat::new_units_added" "$out/log.txt" \
        | sed "s/^/  /" >&2 || true
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "run.sh: crashed: ${failed[*]} (reproducers in $build/fuzz-out/)" >&2
    exit 1
fi
echo "run.sh: ${#targets[@]} targets, $seconds s each, no crash" >&2
