#!/usr/bin/env bash
# The README's two commands:
#   cmake/dev.sh run [FILE...]   install what is missing, build, open the app (on the sample article)
#   cmake/dev.sh test            install what is missing, build, run the whole test suite
#   cmake/dev.sh sanitize        the tests without widgets (label "headless") under ASan + UBSan + LSan, then
#                                every libFuzzer target for 30 s (one clang build: build/asan)
# Works on a fresh Debian 12 / Ubuntu 24.04 machine; installs packages with sudo when not root.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${DRAMATIS_BUILD_DIR:-$here/build/release}
jobs=${DRAMATIS_JOBS:-2}

packages=(cmake g++ make pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools libqt6sql6-sqlite libgl-dev libicu-dev libpoppler-qt6-dev
          libxml2-dev libarchive-dev libmd4c-dev libphonenumber-dev libsqlite3-dev python3-distributed)

install_missing() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "dev.sh: installing ${missing[*]}" >&2
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    # ccache, when the machine has it, makes a rebuild after switching branches or worktrees cheap.
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
    cmake --build "$build" -j"$jobs"
}

case ${1:-} in
    run)
        shift
        install_missing
        build
        exec "$build/app/dramatis" "$@"
        ;;
    test)
        install_missing
        build
        cd "$build"
        exec ctest --output-on-failure -j"$jobs"
        ;;
    sanitize)
        # clang for libFuzzer: the `asan` preset builds the tests and the fuzz targets in one tree.
        install_missing clang libclang-rt-dev
        (cd "$here" && cmake --preset asan >/dev/null) # build/asan
        cmake --build "$here/build/asan" -j"$jobs" --target dramatis_headless_tests dramatis_fuzz
        # Overflows, UB and leaks are errors; tests/lsan.supp lists the one-time allocations of libraries
        # we do not own that LeakSanitizer would report at exit.
        export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
        export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/lsan.supp:print_suppressions=0}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
        (cd "$here/build/asan" && ctest --output-on-failure -j"$jobs" -L headless -LE stress)
        # Smoke test: each fuzz target for DRAMATIS_FUZZ_SECONDS (30) on its seed corpus, two at a time.
        exec "$here/tests/fuzz/run.sh" "${DRAMATIS_FUZZ_SECONDS:-30}"
        ;;
    *)
        echo "usage: cmake/dev.sh run [FILE...] | cmake/dev.sh test | cmake/dev.sh sanitize" >&2
        exit 2
        ;;
esac
