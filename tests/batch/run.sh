#!/bin/sh
# Batch tests that need more than one run of plancheck:
#   order     results in input order whatever the thread count, byte for byte
#   count     records in = lines out, with bad records mixed in
#   identity  batch gives each record the same object check/progress print
#   interrupt an interrupted --out run leaves no output file, only nothing or a .tmp-
#   memory    peak RSS does not grow with the number of records
# usage: run.sh PLANCHECK GEN SOURCE_DIR
set -u
pc=$1 gen=$2 src=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src"
failures=0 passed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
fail() { failures=$((failures + 1)); echo "FAIL - $1"; }
asof="--as-of 2018-06-30"

# order: 3000 records span many chunks; 1, 2 and 4 threads must agree
"$gen" 3000 jsonl 7 2017-2018 > "$work/in.jsonl"
"$pc" $asof -q batch --threads 1 "$work/in.jsonl" > "$work/t1" 2>/dev/null
"$pc" $asof -q batch --threads 2 "$work/in.jsonl" > "$work/t2" 2>/dev/null
"$pc" $asof -q batch --threads 4 "$work/in.jsonl" > "$work/t4" 2>/dev/null
if cmp -s "$work/t1" "$work/t2" && cmp -s "$work/t1" "$work/t4"; then ok "order: 1, 2 and 4 threads give the same bytes"; else fail "order: thread counts disagree"; fi
ids_in=$(grep -o '"id":"[^"]*"' "$work/in.jsonl" | md5sum)
ids_out=$(grep -o '"subject":{"kind":"enterprise","id":"[^"]*"' "$work/t2" | sed 's/.*"id"/"id"/' | md5sum)
[ "$ids_in" = "$ids_out" ] && ok "order: output ids follow input ids" || fail "order: output ids are not in input order"

# count: bad records spread through the input
awk 'NR % 500 == 0 { print "{\"id\": \"bad\", \"region\": \"210204\", \"is_sme\": \"maybe\"}"; next } { print }' "$work/in.jsonl" > "$work/mixed.jsonl"
"$pc" $asof batch --threads 2 "$work/mixed.jsonl" > "$work/m" 2> "$work/m.err"
rc=$?
in=$(grep -c . "$work/mixed.jsonl"); out=$(wc -l < "$work/m"); errs=$(grep -c '^{"record":' "$work/m")
[ "$rc" = 65 ] && ok "count: exit 65 with bad records" || fail "count: exit $rc, expected 65"
[ "$in" = "$out" ] && ok "count: $in records in, $out lines out" || fail "count: $in records in, $out lines out"
[ "$errs" = 6 ] && ok "count: 6 error objects" || fail "count: $errs error objects, expected 6"
grep -q "^plancheck: $in records read, $((in - 6)) evaluated, 6 failed" "$work/m.err" && ok "count: the summary adds up" || fail "count: summary: $(grep records "$work/m.err")"
sed -n 500p "$work/m" | grep -q '^{"record":500,"line":500,' && ok "count: the error object names record 500" || fail "count: record 500 is not an error object"

# identity: batch and check agree on each example enterprise
for f in examples/*/enterprise-*.json; do
    tr -d '\n' < "$f" > "$work/one.jsonl"; echo >> "$work/one.jsonl"
    "$pc" $asof --format json check "$f" > "$work/check" 2>/dev/null
    c=$?
    "$pc" $asof -q batch --threads 1 "$work/one.jsonl" > "$work/batch" 2>/dev/null
    if [ "$c" = 0 ]; then
        cmp -s "$work/check" "$work/batch" && ok "identity: $f" || fail "identity: check and batch differ on $f"
    fi
done
for f in examples/*/region-*.json; do
    tr -d '\n' < "$f" > "$work/one.jsonl"; echo >> "$work/one.jsonl"
    "$pc" $asof --format json progress "$f" > "$work/progress" 2>/dev/null
    c=$?
    "$pc" $asof -q batch --kind region --threads 1 "$work/one.jsonl" > "$work/batch" 2>/dev/null
    if [ "$c" = 0 ]; then
        cmp -s "$work/progress" "$work/batch" && ok "identity: $f" || fail "identity: progress and batch differ on $f"
    fi
done

# interrupt: SIGINT during a run with --out
"$gen" 400000 jsonl 3 2017-2018 > "$work/big.jsonl"
"$pc" $asof -q batch --threads 2 --out "$work/result.jsonl" "$work/big.jsonl" 2> "$work/int.err" &
pid=$!
sleep 0.3
kill -INT "$pid" 2>/dev/null
wait "$pid"
rc=$?
if [ -e "$work/result.jsonl" ]; then fail "interrupt: the output file exists after SIGINT (exit $rc)"; else ok "interrupt: no output file after SIGINT (exit $rc)"; fi
ls "$work"/result.jsonl.tmp-* >/dev/null 2>&1 && fail "interrupt: the temporary file was left" || ok "interrupt: the temporary file was removed"
grep -q "interrupted" "$work/int.err" && ok "interrupt: says it was interrupted" || fail "interrupt: no message"
# killed outright: whatever is left does not have the final name
"$pc" $asof -q batch --threads 2 --out "$work/result.jsonl" "$work/big.jsonl" 2>/dev/null &
pid=$!
sleep 0.3
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
[ -e "$work/result.jsonl" ] && fail "interrupt: SIGKILL left a file under the final name" || ok "interrupt: SIGKILL leaves nothing under the final name"
# completed: the file is there and complete
"$pc" $asof -q batch --threads 2 --out "$work/result.jsonl" "$work/in.jsonl" 2>/dev/null
[ "$(wc -l < "$work/result.jsonl")" = 3000 ] && ok "out: a completed run renames a complete file into place" || fail "out: the completed file is not complete"

# summary: the same counts whatever the thread count; missing fields most
# often lacked first; the regions' records add up to the records evaluated
for t in 1 2 4; do
    "$pc" $asof --lang en batch --threads $t "$work/mixed.jsonl" 2>&1 > /dev/null | sed 's/ in [0-9.]* s$//' | grep -v '^plancheck: .*record [0-9]*:' > "$work/sum$t"
done
cmp -s "$work/sum1" "$work/sum2" && cmp -s "$work/sum1" "$work/sum4" && ok "summary: 1, 2 and 4 threads count the same" || fail "summary: thread counts disagree"
sed -n '/missing data/,/per region/p' "$work/sum2" | sed -n 's/.*: \([0-9]*\)$/\1/p' > "$work/freq"
sort -rn "$work/freq" | cmp -s - "$work/freq" && [ -s "$work/freq" ] && ok "summary: missing fields by frequency" || fail "summary: missing fields not by frequency"
regions=$(sed -n '/per region/,$p' "$work/sum2" | sed -n 's/.*: \([0-9]*\) records\{0,1\},.*/\1/p' | awk '{ s += $1 } END { print s + 0 }')
[ "$regions" = "$((in - 6))" ] && ok "summary: per-region records add up to the $regions evaluated" || fail "summary: per-region records $regions, evaluated $((in - 6))"

# csv: every record has a row (error, no_plan or its results), after a BOM
"$pc" --as-of 2030-06-30 -q batch --threads 2 --format csv "$work/mixed.jsonl" > "$work/m.csv"
head -c 3 "$work/m.csv" | od -An -tx1 | grep -q "ef bb bf" && ok "csv: starts with a UTF-8 BOM" || fail "csv: no BOM"
rows=$(tail -n +2 "$work/m.csv" | cut -d, -f1 | uniq | wc -l)
[ "$rows" = "$in" ] && ok "csv: $in records, every one with a row (no plan in force in 2030)" || fail "csv: $rows records with rows, $in in"

# csv: read back by Python's csv module, every row has the header's columns
"$pc" --as-of 2018-06-30 -q batch --threads 2 --format csv "$work/mixed.jsonl" > "$work/m2.csv"
"$pc" --as-of 2018-06-30 -q batch --kind region --format csv tests/data/batch/regions.csv > "$work/r.csv"
"$pc" --as-of 2018-06-30 -q batch --only eligible --format csv "$work/mixed.jsonl" > "$work/e.csv"
for f in m.csv m2.csv r.csv e.csv; do
    if python3 -c 'import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
assert rows[0][0] == "record" and len(rows) > 1, rows[0]
bad = [r for r in rows if len(r) != len(rows[0])]
sys.exit(1 if bad else 0)' "$work/$f"; then ok "csv: $f reads back with the header's columns on every row"; else fail "csv: $f has rows of another width"; fi
done

# progress: a live line on a terminal, none when stderr is not one or with -q
if command -v script >/dev/null 2>&1; then
    script -q -c "$pc $asof batch --threads 2 $work/in.jsonl > /dev/null" "$work/tty" > /dev/null 2>&1
    tr '\r' '\n' < "$work/tty" | grep -aq "records/s" && ok "progress: shown on a terminal" || fail "progress: no progress line on a terminal"
    "$pc" $asof batch --threads 2 "$work/in.jsonl" > /dev/null 2> "$work/notty"
    grep -q "records/s" "$work/notty" && fail "progress: shown although stderr is a file" || ok "progress: silent when stderr is not a terminal"
    script -q -c "$pc $asof -q batch --threads 2 $work/in.jsonl > /dev/null" "$work/tty-q" > /dev/null 2>&1
    tr '\r' '\n' < "$work/tty-q" | grep -aq "records/s" && fail "progress: shown with -q" || ok "progress: silent with -q"
fi

echo "$passed passed, $failures failed"
[ "$failures" = 0 ]
