#!/bin/sh
# The watchdog (issue 9, item 7): a deadline per evaluation, so that code the
# sandbox cannot meter never hangs a batch (docs/security.md, "Watchdog").
# The test plugin "slow" has native functions that sleep or spin in C for as
# long as a record says (tests/plugins/slow.c); the test plan calls them, and
# loops in Lua for another record (tests/rules/watchdog).
#   deadline  with eval_timeout_ms = 1000: the sleeping and spinning records
#             fail (error objects with their record numbers, exit 65), the
#             looping one is interrupted, every other record is evaluated,
#             and the batch ends within seconds (the natives take 60 s)
#   without   with eval_timeout_ms = 0 the same batch is still running after
#             5 s: what the watchdog is for
#   many      more stuck records than threads: each worker given up is
#             replaced, records in = lines out
#   interrupt SIGINT while every worker is stuck ends the run at once (130)
#             and leaves no --out file
# usage: run.sh PLANCHECK PLUGINS_DIR SOURCE_DIR
set -u
pc=$1 plugins=$2 src=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src"
failures=0 passed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
fail() { failures=$((failures + 1)); echo "FAIL - $1"; }
now_ms() { date +%s%3N; }
run() {   # run CONFIG THREADS INPUT [more batch options]: exit code in $rc, milliseconds in $ms
    cfg=$1 threads=$2 input=$3; shift 3
    t0=$(now_ms)
    "$pc" --config "$cfg" --rules tests/rules/watchdog --plugins "$plugins" --as-of 2021-06-30 \
        batch --threads "$threads" "$@" "$input" > "$work/out" 2> "$work/err"
    rc=$?
    ms=$(($(now_ms) - t0))
}

printf '[engine]\neval_timeout_ms = 1000\nlua_instructions = 1000000000000000\n' > "$work/fast.ini"
printf '[engine]\neval_timeout_ms = 0\nlua_instructions = 1000000000000000\n' > "$work/off.ini"
printf '[engine]\neval_timeout_ms = 60000\nlua_instructions = 1000000000000000\n' > "$work/slow.ini"
good='{"id": "g", "region": "150100", "slow_ms": 0, "is_sme": false, "is_high_tech": false}'
sleeps='{"id": "sleeps", "region": "150100", "slow_ms": 60000, "is_sme": false, "is_high_tech": false}'

# deadline
for t in 1 2 3; do
    run "$work/fast.ini" $t tests/data/batch/watchdog.jsonl
    [ "$rc" = 65 ] && ok "deadline, --threads $t: exit 65" || fail "deadline, --threads $t: exit $rc"
    [ "$ms" -lt 10000 ] && ok "deadline, --threads $t: done in $ms ms" || fail "deadline, --threads $t: took $ms ms"
    [ "$(wc -l < "$work/out")" = 6 ] && ok "deadline, --threads $t: 6 records, 6 lines" || fail "deadline, --threads $t: $(wc -l < "$work/out") lines"
    for n in 2 5; do
        sed -n ${n}p "$work/out" | grep -q "^{\"record\":$n,\"line\":$n,\"results\":\[\],\"errors\":.*did not end within 1000 ms" \
            && ok "deadline, --threads $t: record $n given up" || fail "deadline, --threads $t: record $n: $(sed -n ${n}p "$work/out" | cut -c1-200)"
    done
    sed -n 4p "$work/out" | grep -q '^{"record":4,.*evaluation deadline exceeded' \
        && ok "deadline, --threads $t: record 4 (a Lua loop) interrupted" || fail "deadline, --threads $t: record 4: $(sed -n 4p "$work/out" | cut -c1-200)"
    [ "$(grep -c '"subject":{"kind":"enterprise"' "$work/out")" = 3 ] && ok "deadline, --threads $t: the other 3 evaluated" \
        || fail "deadline, --threads $t: $(grep -c '"subject"' "$work/out") evaluated"
    grep -q "6 records read, 3 evaluated, 3 failed" "$work/err" && ok "deadline, --threads $t: the summary adds up" || fail "deadline, --threads $t: $(grep read "$work/err")"
    grep -q "watchdog.jsonl:2: record 2: the evaluation did not end within 1000 ms" "$work/err" \
        && ok "deadline, --threads $t: stderr names record 2" || fail "deadline, --threads $t: stderr: $(head -3 "$work/err")"
done

# without
t0=$(now_ms)
timeout 5 "$pc" --config "$work/off.ini" --rules tests/rules/watchdog --plugins "$plugins" --as-of 2021-06-30 \
    batch --threads 2 tests/data/batch/watchdog.jsonl > /dev/null 2>&1
rc=$?
[ "$rc" = 124 ] && ok "without: no watchdog, the batch hangs on the native (killed after 5 s)" || fail "without: exit $rc"

# many: 12 sleeping records among 12 good ones, 2 threads
: > "$work/many.jsonl"
i=0
while [ $i -lt 12 ]; do echo "$good" >> "$work/many.jsonl"; echo "$sleeps" >> "$work/many.jsonl"; i=$((i + 1)); done
run "$work/fast.ini" 2 "$work/many.jsonl"
[ "$rc" = 65 ] && ok "many: exit 65" || fail "many: exit $rc"
[ "$(wc -l < "$work/out")" = 24 ] && ok "many: 24 records, 24 lines" || fail "many: $(wc -l < "$work/out") lines"
[ "$(grep -c 'did not end within' "$work/out")" = 12 ] && ok "many: 12 given up" || fail "many: $(grep -c 'did not end within' "$work/out") given up"
grep -q "24 records read, 12 evaluated, 12 failed" "$work/err" && ok "many: the summary adds up ($ms ms)" || fail "many: $(grep read "$work/err")"

# interrupt: the deadline is 60 s, every worker sleeps; SIGINT after 1 s
printf '%s\n%s\n%s\n%s\n' "$good" "$sleeps" "$sleeps" "$good" > "$work/stuck.jsonl"
t0=$(now_ms)
"$pc" --config "$work/slow.ini" --rules tests/rules/watchdog --plugins "$plugins" --as-of 2021-06-30 \
    batch --threads 2 --out "$work/result.jsonl" "$work/stuck.jsonl" > /dev/null 2> "$work/err" &
pid=$!
sleep 1
kill -INT $pid
wait $pid
rc=$?
ms=$(($(now_ms) - t0))
[ "$rc" = 130 ] && ok "interrupt: exit 130" || fail "interrupt: exit $rc"
[ "$ms" -lt 5000 ] && ok "interrupt: ended $ms ms after the start (SIGINT at 1 s)" || fail "interrupt: took $ms ms"
[ -e "$work/result.jsonl" ] && fail "interrupt: the output file exists" || ok "interrupt: no output file"
ls "$work"/result.jsonl.tmp-* > /dev/null 2>&1 && fail "interrupt: the temporary file was left" || ok "interrupt: the temporary file was removed"

echo "$passed passed, $failures failed"
[ "$failures" = 0 ]
