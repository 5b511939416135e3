#!/bin/sh
# plancheck's set-up and build script, for a fresh Debian machine.
#
#   ./build.sh          install what is missing, build, run the Dalian example
#   ./build.sh test     the same, then every test: the suite, the suite again
#                       under AddressSanitizer + UndefinedBehaviorSanitizer,
#                       and an install into a scratch prefix
#
# As root it installs missing Debian packages itself; otherwise it prints
# the apt-get line to run.  Builds go to build/ (and build-asan/).
set -eu
cd "$(dirname "$0")"

mode=${1:-run}
case $mode in
    run|test) ;;
    *) echo "usage: ./build.sh [run|test]" >&2; exit 64 ;;
esac

packages="gcc make cmake pkg-config liblua5.4-dev libinih-dev libjansson-dev libyajl-dev libcsv-dev libcmocka-dev libmicrohttpd-dev nettle-dev help2man"
[ "$mode" = test ] && packages="$packages valgrind lua-check time python3 python3-prometheus-client python3-jsonschema wrk nodejs man-db groff-base tidy chromium chromium-driver python3-selenium fonts-wqy-microhei poppler-utils systemd"
# Debian packages npm apart from nodejs; NodeSource's nodejs ships it
[ "$mode" = test ] && ! command -v npm >/dev/null 2>&1 && packages="$packages npm"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "==> installing:$missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing
    else
        echo "missing Debian packages; run as root:" >&2
        echo "  apt-get update && apt-get install -y$missing" >&2
        exit 69
    fi
fi

# npm packages the tests use, pinned by their lockfile (never vendored);
# installed again only when the lockfile changed since the last install
if [ "$mode" = test ] && ! cmp -s tests/openapi/package-lock.json tests/openapi/node_modules/.installed-lock.json; then
    echo "==> npm ci (tests/openapi: the OpenAPI validator)"
    (cd tests/openapi && npm ci --no-audit --no-fund --loglevel=error &&
        cp package-lock.json node_modules/.installed-lock.json)
fi

jobs=$(nproc 2>/dev/null || echo 2)
werror=OFF
[ "$mode" = test ] && werror=ON

echo "==> building (build/)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANCHECK_WERROR=$werror >/dev/null
cmake --build build -j "$jobs"

echo "==> the Dalian example: an enterprise with invention patents granted"
./build/plancheck --as-of 2018-06-30 --config examples/dalian/plancheck-amounts.ini \
    check examples/dalian/enterprise-grants.ini
echo
echo "==> the Dalian example: the city's progress on its 2020 targets"
./build/plancheck --as-of 2018-06-30 progress examples/dalian/region-dalian.ini

[ "$mode" = test ] || exit 0

echo "==> tests (build/)"
(cd build && ctest --output-on-failure -j "$jobs")

echo "==> CLI tests under valgrind memcheck (build/)"
(cd build && PLANCHECK_TEST_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect" \
    ctest --output-on-failure -j "$jobs" -L cli)

echo "==> tests under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DPLANCHECK_WERROR=ON -DPLANCHECK_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$jobs"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j "$jobs")
