#!/bin/sh
# Builds the fuzz targets (build-fuzz/, clang, libFuzzer + ASan + UBSan) and
# runs each for SECONDS (default 60).  Crashes, leaks, UB reports and
# timeouts are kept in fuzz/crashes/<target>-*; the corpus each run grows is
# kept in build-fuzz/corpus/<target>/ (the seeds in fuzz/corpus/ are only
# read).  Prints the executions per target and the crashes found, one line
# per distinct place (fuzz/triage.sh).
#
#   fuzz/run.sh [SECONDS] [TARGET...]      targets: json ini csv config rules check
#
# Environment:
#   PLANCHECK_FUZZ_JOBS=2    run two targets at a time (default 1)
#   PLANCHECK_FUZZ_FORK=1    libFuzzer's fork mode (-fork=1 -ignore_crashes=1)
#                            for every target, or for the targets listed
#                            ("rules csv"): goes on after crashes in child
#                            processes, for a target that hits a known bug
#                            often.  The default (0) runs one process and
#                            starts it again after a crash (faster).
#   PLANCHECK_FUZZ_LEAKS=all report the known leaks too (fuzz/lsan.supp off)
#   CC                       the compiler (default clang)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-json ini csv config rules check}
jobs=${PLANCHECK_FUZZ_JOBS:-1}
fork=${PLANCHECK_FUZZ_FORK:-0}
build=$root/build-fuzz

case $seconds in
    ''|*[!0-9]*) echo "usage: fuzz/run.sh [SECONDS] [TARGET...]" >&2; exit 64 ;;
esac

# The top-level CMakeLists.txt builds fuzz/ with -DPLANCHECK_FUZZ=ON once it
# says add_subdirectory(fuzz); until then fuzz/standalone/ wraps it.
src=$root
grep -q 'add_subdirectory(fuzz)' "$root/CMakeLists.txt" || src=$here/standalone
echo "==> building $build (from ${src#"$root"/})"
# A build configured from the other source (fuzz/standalone/ before the top
# level added fuzz/) is configured again from scratch; the corpus stays.
if [ -f "$build/CMakeCache.txt" ] && ! grep -qx "CMAKE_HOME_DIRECTORY:INTERNAL=$src" "$build/CMakeCache.txt"; then
    rm -rf "$build/CMakeCache.txt" "$build/CMakeFiles"
fi
CC=${CC:-clang} cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPLANCHECK_FUZZ=ON -DPLANCHECK_TESTS=OFF \
    -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -g" >/dev/null
# shellcheck disable=SC2046
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target $(for t in $targets; do printf 'fuzz_%s ' "$t"; done) >/dev/null

mkdir -p "$here/crashes" "$build/logs"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
if [ "${PLANCHECK_FUZZ_LEAKS:-}" = all ]; then
    export LSAN_OPTIONS="${LSAN_OPTIONS:-}"
else
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}"
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"

count_crashes() {   # count_crashes TARGET
    find "$here/crashes" -maxdepth 1 -type f -name "$1-*" | wc -l
}

# The seeds are generated from the examples, test data and rule files
# (fuzz/seed.sh), not kept as copies of them.
[ -d "$here/corpus" ] || sh "$here/seed.sh"

run_one() {   # run_one TARGET
    t=$1
    corpus=$build/corpus/$t
    mkdir -p "$corpus"
    before=$(count_crashes "$t")
    set -- -print_final_stats=1 -timeout=25 -rss_limit_mb=2048 \
        -artifact_prefix="$here/crashes/$t-" -dict="$here/dict/$t.dict"
    forked=0
    case " $fork " in " 1 "|*" $t "*) forked=1 ;; esac
    [ "$forked" = 1 ] && set -- "$@" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1
    # A bad batch record is reported on stderr: keep it out of the log.
    [ "$t" = csv ] && set -- "$@" -close_fd_mask=2
    start=$(date +%s)
    log=$build/logs/$t.log
    : > "$log"
    if [ "$forked" = 1 ]; then
        "$build/fuzz/fuzz_$t" "$@" -max_total_time="$seconds" "$corpus" "$here/corpus/$t" >> "$log" 2>&1 || true
        # The last "#N:" status line counts every job's executions.
        execs=$(sed -n 's/^#\([0-9][0-9]*\): .*/\1/p' "$log" | tail -1)
        restarts=0
    else
        # One process at a time; after a crash, start again on the grown
        # corpus until the time is spent.
        restarts=-1
        quick=0
        while :; do
            now=$(date +%s)
            left=$((start + seconds - now))
            [ "$left" -gt 0 ] || break
            restarts=$((restarts + 1))
            "$build/fuzz/fuzz_$t" "$@" -max_total_time="$left" "$corpus" "$here/corpus/$t" >> "$log" 2>&1 || true
            # A crash within seconds of the start, three times running, is in
            # the corpus itself and would only come back: stop there.
            if [ $(($(date +%s) - now)) -lt 5 ]; then quick=$((quick + 1)); else quick=0; fi
            [ "$quick" -lt 3 ] || { echo "$t: crashes on its corpus; stopped" >&2; break; }
        done
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{s += $1} END {print s + 0}')
    fi
    end=$(date +%s)
    after=$(count_crashes "$t")
    printf '%-7s %6ss %12s executions  %3s new crash files  %3s restarts  corpus %s\n' "$t" $((end - start)) \
        "${execs:-?}" $((after - before)) "$restarts" "$(find "$corpus" -type f | wc -l)" >> "$build/logs/summary"
}

: > "$build/logs/summary"
echo "==> fuzzing ${seconds}s per target: $targets (jobs: $jobs, fork: $fork)"
running=0
for t in $targets; do
    [ -x "$build/fuzz/fuzz_$t" ] || { echo "no such target: $t" >&2; exit 64; }
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait
        running=0
    fi
done
wait
cat "$build/logs/summary"
total=$(awk '{s += $3} END {print s + 0}' "$build/logs/summary")
echo "total: $total executions (logs: build-fuzz/logs/)"
if [ -n "$(find "$here/crashes" -maxdepth 1 -type f)" ]; then
    echo "==> crashes in fuzz/crashes/ (distinct places; fuzz/triage.sh)"
    sh "$here/triage.sh"
fi
