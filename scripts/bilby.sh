#!/usr/bin/env bash
# One entry point for people and CI: installs what is missing (Debian 12), builds, runs.
#   scripts/bilby.sh run     build and open Bilby on a demo node it starts itself
#   scripts/bilby.sh test    build and run every test, then again under AddressSanitizer
#   scripts/bilby.sh bench   build and run the benchmarks
#   scripts/bilby.sh deps    only install the packages
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BILBY_BUILD_DIR:-$here/build}
asan_build=${BILBY_ASAN_BUILD_DIR:-$here/build-asan}
jobs=$(nproc 2>/dev/null || echo 2)

packages=(qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
          libqt6opengl6-dev qt6-qpa-plugins libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev erlang-nox erlang-dev libsqlite3-dev
          elixir erlang-lager rabbitmq-server ejabberd
          xvfb xauth fonts-dejavu-core cmake ninja-build g++
          g++-mingw-w64-x86-64) # the platform_windows test cross-compiles model/platform/'s Windows code

deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure_and_build() { # dir, extra cmake args...
    local dir=$1; shift
    cmake -S "$here" -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" --parallel "$jobs"
}

run_tests() { # dir, extra ctest args...
    local dir=$1; shift
    (cd "$dir" && ctest --output-on-failure --parallel "$jobs" --timeout 600 "$@")
}

case "${1:-}" in
deps)
    deps ;;
run)
    deps
    configure_and_build "$build"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$build/bin/bilby" --demo
    fi
    shot="$build/bilby-demo.png"
    echo "No display: running Bilby under Xvfb for 20 s and saving a screenshot to $shot"
    xvfb-run -a -s "-screen 0 1400x900x24" "$build/bin/bilby" --demo --screenshot "$shot" --screenshot-delay 20000
    echo "Screenshot: $shot"
    ;;
test)
    deps
    configure_and_build "$build"
    run_tests "$build"
    configure_and_build "$asan_build" -DBILBY_ASAN=ON -DBILBY_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=Debug
    # The Windows cross-compile builds with mingw, not with the sanitizer: the first pass covers it.
    run_tests "$asan_build" -E '^platform_windows$'
    ;;
bench)
    deps
    configure_and_build "$build"
    # bench_chart is among them: it draws offscreen by itself (no display needed) and takes about a minute.
    for b in "$build"/bin/bench_*; do "$b"; done
    ;;
*)
    echo "usage: $0 run|test|bench|deps" >&2
    exit 64 ;;
esac
