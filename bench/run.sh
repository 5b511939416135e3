#!/bin/sh
# plancheck's batch benchmark: one command, ratios measured in one run.
#
#   bench/run.sh [N]          (default N = 200000 records; needs lua5.4, lua-cjson, time)
#
# Builds the engine (build-bench/, Release) and the record generator, makes N
# deterministic synthetic enterprise records, and measures, each as the best
# of three runs, output to /dev/null:
#   - plancheck batch with the benchmark plan (bench/rules: five rules), one
#     thread, against bench/baseline.lua: the same five rules in plain Lua 5.4
#     with lua-cjson (the baseline to beat: at least 2.5x);
#   - plancheck batch with --no-rules (reading and writing only): rules and
#     output may cost no more than reading (with rules >= 0.5x of without);
#   - plancheck batch with all five plans at dates inside their periods: one
#     run per period (N/5 records each, their data years inside it), so every
#     plan is in force for the records of its jurisdiction; one thread
#     (>= 100,000 records/s) and all threads (two threads >= 1.8x one), with
#     the results evaluated per record printed;
#   - with BENCH_BEFORE=path/to/an/older/plancheck, the same all-plans runs
#     with that binary too, side by side, and the ratio (>= 0.9: a refactor
#     keeps the throughput within 10%);
#   - peak memory (max RSS) at 10,000 and 1,000,000 records (<= 1.5x);
#   - the watchdog (a deadline per evaluation, on by default) against none
#     ([engine] eval_timeout_ms = 0), all five plans, one thread (>= 0.9x).
# Exits 1 when a target does not hold.
set -eu
cd "$(dirname "$0")/.."
n=${1:-200000}
big=${BENCH_BIG:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in lua5.4 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install lua5.4 lua-cjson time)"; exit 69; }
done
lua5.4 -e 'require "cjson"' 2>/dev/null || { echo "bench: needs lua-cjson (apt-get install lua-cjson)"; exit 69; }

echo "building (build-bench/, Release)..."
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DPLANCHECK_TESTS=OFF >/dev/null
cmake --build build-bench -j "$(nproc)" >/dev/null
cc -O2 -Wall -o "$work/gen" bench/gen.c
pc=./build-bench/plancheck
# data years inside the benchmark plan's period (2020-2025) up to the as-of date
"$work/gen" "$n" jsonl 20261121 2020-2021 > "$work/records.jsonl"
cores=$(nproc)

# best of three wall-clock seconds of a command (stdout to /dev/null)
best() {
    b=""
    for i in 1 2 3; do
        /usr/bin/time -f "%e" -o "$work/time" "$@" > /dev/null 2>/dev/null || true
        t=$(tail -n 1 "$work/time")
        if [ -z "$b" ] || [ "$(echo "$t < $b" | awk '{print ($1 < $3)}')" = 1 ]; then b=$t; fi
    done
    echo "$b"
}
rate() { awk -v n="$n" -v t="$1" 'BEGIN { printf "%.0f", n / (t > 0 ? t : 0.001) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 0.001) }'; }

asof="--as-of 2021-06-30"
t_lua=$(best sh -c "lua5.4 bench/baseline.lua < '$work/records.jsonl'")
t_bench1=$(best $pc --rules bench/rules $asof -q batch --threads 1 "$work/records.jsonl")
t_read1=$(best $pc --rules bench/rules $asof -q batch --threads 1 --no-rules "$work/records.jsonl")

# All five plans, each in force: one run per period (as-of date, data years).
periods="2008-06-30:2007-2008 2013-06-30:2012-2013 2017-06-30:2016-2017 2020-06-30:2019-2020 2025-06-30:2024-2025"
per=$((n / 5))
i=0
for p in $periods; do
    i=$((i + 1))
    "$work/gen" "$per" jsonl $((20261121 + i)) "${p#*:}" > "$work/period$i.jsonl"
done
# seconds of all periods' runs, each the best of three: all_plans PLANCHECK ARGS...
all_plans() {
    bin=$1
    shift
    total=0
    i=0
    for p in $periods; do
        i=$((i + 1))
        t=$(best "$bin" --as-of "${p%%:*}" -q batch "$@" "$work/period$i.jsonl")
        total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
    done
    echo "$total"
}
t_all1=$(all_plans $pc --threads 1)
t_allN=$(all_plans $pc --threads "$cores")
t_read_all=$(all_plans $pc --threads 1 --no-rules)
# results evaluated per record, over all periods
results=0
i=0
for p in $periods; do
    i=$((i + 1))
    k=$($pc --as-of "${p%%:*}" -q batch --threads 1 "$work/period$i.jsonl" | grep -o '"rule":' | wc -l)
    results=$((results + k))
done
per_record=$(awk -v r="$results" -v n="$((per * 5))" 'BEGIN { printf "%.2f", r / n }')
if [ -n "${BENCH_BEFORE:-}" ]; then
    t_before1=$(all_plans "$BENCH_BEFORE" --threads 1)
    t_after1=$(all_plans $pc --threads 1)
fi
printf '[engine]\neval_timeout_ms = 0\n' > "$work/no-watchdog.ini"
t_nowd1=$(all_plans $pc --config "$work/no-watchdog.ini" --threads 1)

echo
echo "records: $n JSON Lines ($(wc -c < "$work/records.jsonl") bytes), cores: $cores"
printf '%-58s %8s s %10s rec/s\n' "Lua 5.4 + lua-cjson baseline (benchmark plan)" "$t_lua" "$(rate "$t_lua")"
printf '%-58s %8s s %10s rec/s\n' "plancheck, benchmark plan, 1 thread" "$t_bench1" "$(rate "$t_bench1")"
printf '%-58s %8s s %10s rec/s\n' "plancheck, reading and writing only (--no-rules), 1 thread" "$t_read1" "$(rate "$t_read1")"
printf '%-58s %8s s %10s rec/s\n' "plancheck, all five plans in force, 1 thread" "$t_all1" "$(rate "$t_all1")"
printf '%-58s %8s s %10s rec/s\n' "plancheck, all five plans in force, $cores threads" "$t_allN" "$(rate "$t_allN")"
echo "  (one run per period: $periods; $per records each; $per_record results evaluated per record)"
if [ -n "${BENCH_BEFORE:-}" ]; then
    printf '%-58s %8s s %10s rec/s\n' "BENCH_BEFORE, all five plans in force, 1 thread" "$t_before1" "$(rate "$t_before1")"
    printf '%-58s %8s s %10s rec/s\n' "plancheck (again, interleaved), all five plans, 1 thread" "$t_after1" "$(rate "$t_after1")"
fi
printf '%-58s %8s s %10s rec/s\n' "plancheck, all five plans in force, 1 thread, no watchdog" "$t_nowd1" "$(rate "$t_nowd1")"

r_base=$(ratio "$t_lua" "$t_bench1")
r_rules=$(ratio "$t_read1" "$t_bench1")
r_rules_all=$(ratio "$t_read_all" "$t_all1")
r_threads=$(ratio "$t_all1" "$t_allN")
r_watchdog=$(ratio "$t_nowd1" "$t_all1")
all_rate=$(rate "$t_all1")

echo "measuring peak memory at 10000 and $big records..."
"$work/gen" 10000 jsonl 20261121 2020-2021 > "$work/small.jsonl"
"$work/gen" "$big" jsonl 20261121 2020-2021 > "$work/big.jsonl"
/usr/bin/time -f "%M" -o "$work/mem" $pc $asof -q batch --threads "$cores" "$work/small.jsonl" > /dev/null 2>/dev/null || true
mem_small=$(tail -n 1 "$work/mem")
/usr/bin/time -f "%M" -o "$work/mem" $pc $asof -q batch --threads "$cores" "$work/big.jsonl" > /dev/null 2>/dev/null || true
mem_big=$(tail -n 1 "$work/mem")
r_mem=$(ratio "$mem_big" "$mem_small")

fail=0
check() { # label value op limit
    ok=$(awk -v v="$2" -v l="$4" -v op="$3" 'BEGIN { print (op == ">=" ? v >= l : v <= l) }')
    [ "$ok" = 1 ] && mark=ok || { mark=FAIL; fail=1; }
    printf '%-62s %10s  (target %s %s)  %s\n' "$1" "$2" "$3" "$4" "$mark"
}
echo
check "plancheck / Lua+cjson baseline, benchmark plan, 1 thread" "$r_base" ">=" 2.5
check "with rules / reading only, benchmark plan (throughput)" "$r_rules" ">=" 0.5
check "with rules / reading only, all five plans in force (throughput)" "$r_rules_all" ">=" 0.5
check "all five plans in force, 1 thread, records/s" "$all_rate" ">=" 100000
check "$cores threads / 1 thread, all five plans in force" "$r_threads" ">=" 1.8
if [ -n "${BENCH_BEFORE:-}" ]; then
    check "all five plans in force: this build / BENCH_BEFORE (throughput)" "$(ratio "$t_before1" "$t_after1")" ">=" 0.9
fi
check "watchdog / none, all five plans in force, 1 thread (throughput)" "$r_watchdog" ">=" 0.9
check "peak RSS $big / 10000 records ($mem_big KB / $mem_small KB)" "$r_mem" "<=" 1.5
exit $fail
