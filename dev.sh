#!/usr/bin/env bash
# One entry point for working on Tarmac on Debian 12:
#   ./dev.sh run      install what is missing, build, open the app on the example project
#   ./dev.sh test     install what is missing, build, run every test (offscreen)
#   ./dev.sh bench    build and run tests/benchmarks, one "bench: NAME VALUE UNIT" line per figure
#   ./dev.sh package  build the .deb with CPack
#   ./dev.sh screenshots  regenerate the screenshots in docs/
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Debian 12 packages the build, the tests and the tools around them need.
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 libqt6opengl6-dev libgl-dev libxkbcommon-dev
    libgraphviz-dev graphviz libsqlite3-dev sqlite3
    xvfb xauth xdotool poppler-utils imagemagick fonts-dejavu-core
    desktop-file-utils appstream libxml2-utils dpkg-dev groff-base shared-mime-info libglib2.0-bin
)

BUILD_DIR=build

log() { printf 'dev.sh: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
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

configure() {
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake --preset default
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
    build
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" "$@"
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
    *)
        echo "usage: ./dev.sh run|test|bench|package|screenshots" >&2
        exit 2
        ;;
esac
