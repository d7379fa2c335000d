#!/usr/bin/env bash
# One entry point for working on Tarmac on Debian 12:
#   ./dev.sh run      install what is missing, build, open the app on the example project
#   ./dev.sh test     install what is missing, build, run every test (offscreen)
#   ./dev.sh test --asan  the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer
#   ./dev.sh fuzz [SECONDS [NAME...]]  build the libFuzzer targets with clang, run each for SECONDS
#   ./dev.sh bench    build and run tests/benchmarks, one "bench: NAME VALUE UNIT" line per figure
#   ./dev.sh package  build the .deb with CPack
#   ./dev.sh screenshots  regenerate the screenshots in docs/
#   ./dev.sh deps     only install what is missing
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Debian 12 packages the build, the tests and the tools around them need.
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6 libqt6opengl6-dev libgl-dev libxkbcommon-dev
    libgraphviz-dev graphviz libsqlite3-dev sqlite3 libxlsxwriter-dev zlib1g-dev python3-openpyxl
    pandoc chromium
    xvfb xauth xdotool poppler-utils imagemagick fonts-dejavu-core
    desktop-file-utils appstream libxml2-utils dpkg-dev groff-base shared-mime-info libglib2.0-bin
)

# Only for ./dev.sh fuzz: libFuzzer comes with Debian's clang.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

BUILD_DIR=build

log() { printf 'dev.sh: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    log "installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

PRESET=default

configure() {
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake --preset "$PRESET"
    fi
}

build() {
    configure
    cmake --build "$BUILD_DIR" "$@"
}

example_project() {
    echo "resources/examples/llm-platform.json"
}

cmd_run() {
    ensure_packages
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        log "no display (DISPLAY/WAYLAND_DISPLAY unset): starting under a virtual X server (xvfb-run)"
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD_DIR/bin/tarmac" "$(example_project)" "$@"
    fi
    exec "$BUILD_DIR/bin/tarmac" "$(example_project)" "$@"
}

cmd_test() {
    ensure_packages
    if [ "${1:-}" = "--asan" ]; then
        # The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer: any report
        # fails the test that caused it.
        shift
        PRESET=asan
        BUILD_DIR=build-asan
        # Fast unwinding (the default): whole stacks cost 10x the time (decision 0021).
        export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
        export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
        export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
    fi
    build
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" "$@"
}

# ./dev.sh fuzz [SECONDS [NAME...]]: every libFuzzer target (or those named: json_reader,
# quantity, tarmac_loader, writers) for SECONDS (default 60) over its seeds.
cmd_fuzz() {
    local seconds=${1:-60} failed=0 target name log
    shift || true
    local only=" $* "
    ensure_packages "${FUZZ_PACKAGES[@]}"
    PRESET=fuzz
    BUILD_DIR=build-fuzz
    build
    mkdir -p "$BUILD_DIR/artifacts"
    export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan-fuzz.supp:print_suppressions=0"
    for target in "$BUILD_DIR"/bin/fuzz_*; do
        name=$(basename "$target")
        name=${name#fuzz_}
        if [ "$only" != "  " ] && [[ "$only" != *" $name "* ]]; then
            continue
        fi
        mkdir -p "$BUILD_DIR/corpus/$name"
        log="$BUILD_DIR/fuzz-$name.log"
        # New inputs go to build-fuzz/corpus; the committed seeds in tests/fuzz are only read.
        if QT_QPA_PLATFORM=offscreen "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
            -print_final_stats=1 -artifact_prefix="$BUILD_DIR/artifacts/$name-" \
            "$BUILD_DIR/corpus/$name" "tests/fuzz/corpus/$name" >"$log" 2>&1; then
            echo "fuzz: $name $(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}') runs in ${seconds} s, no crash, no hang"
        else
            failed=1
            echo "fuzz: $name FAILED (log: $log)"
            { grep -E '^(==|SUMMARY|artifact_prefix|Test unit written)' "$log" || true; } | head -20 || true
        fi
    done
    return $failed
}

cmd_bench() {
    ensure_packages
    build --target benchmarks
    local b
    for b in "$BUILD_DIR"/bin/bench_*; do
        QT_QPA_PLATFORM=offscreen "$b"
    done
}

cmd_package() {
    ensure_packages
    build
    (cd "$BUILD_DIR" && cpack -G DEB)
}

cmd_screenshots() {
    ensure_packages
    build
    QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bin/tarmac-screenshots" docs
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    package) shift; cmd_package "$@" ;;
    screenshots) shift; cmd_screenshots "$@" ;;
    fuzz) shift; cmd_fuzz "$@" ;;
    deps) shift; ensure_packages ;;
    *)
        echo "usage: ./dev.sh run|test [--asan]|bench|package|screenshots|fuzz [SECONDS [NAME...]]|deps" >&2
        exit 2
        ;;
esac
