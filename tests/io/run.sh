#!/bin/sh
# Output is never lost silently (issue 9, item 4):
#   full      every command writing to a full device (/dev/full) exits 74 and
#             names "standard output", whatever else went wrong (74 beats 65)
#   stderr    lint's findings and every message go to stderr: losing them is 74
#   fsize     batch --out beyond the file size limit (ulimit -f: write fails
#             with EFBIG) exits 74 naming the file (74 beats 65 and 78), and
#             leaves neither the final name nor the temporary file
#   mode      --out files get the mode the umask gives a new file
#   tty       batch's progress line on a terminal (script(1)) follows --lang
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
"$gen" 3000 jsonl 7 2017-2018 > "$work/in.jsonl"
head -3 "$work/in.jsonl" > "$work/small.jsonl"
{ head -2 "$work/in.jsonl"; echo '{"id": "bad", "region": "210204", "is_sme": "maybe"}'; } > "$work/bad.jsonl"
printf '[enterprise]\nregion = 210204\nis_sme = maybe\n' > "$work/bad.ini"

# full: name|expected exit|arguments
while IFS='|' read -r name want args; do
    [ -n "$name" ] || continue
    # shellcheck disable=SC2086
    "$pc" $asof $args > /dev/full 2> "$work/err"
    rc=$?
    if [ "$rc" = "$want" ] && { [ "$want" = 0 ] || grep -q "standard output" "$work/err"; }; then
        ok "full: $name exits $rc"
    else
        fail "full: $name exits $rc (expected $want): $(tail -1 "$work/err")"
    fi
done <<CASES
check|74|check examples/dalian/enterprise-grants.ini
check json|74|--format json check examples/dalian/enterprise-grants.ini
check, bad data (65)|74|--format json check $work/bad.ini
progress|74|progress examples/dalian/region-dalian.ini
plans|74|plans
plans json|74|--format json plans
test|74|test
template|74|template --region 370883
template json|74|--format json template --region 370883
lint (writes nothing to stdout)|0|lint
compare|74|compare tests/data/compare/old.jsonl tests/data/compare/new.jsonl
help|74|--help
version|74|--version
batch, small|74|batch --threads 1 $work/small.jsonl
batch, small, 2 threads|74|batch --threads 2 $work/small.jsonl
batch, bad record (65)|74|batch --threads 2 $work/bad.jsonl
batch, large|74|batch --threads 2 $work/in.jsonl
batch, large, csv|74|batch --threads 1 --format csv $work/in.jsonl
batch, --out and stdout full (nothing on stdout)|0|-q batch --out $work/o.jsonl $work/small.jsonl
CASES

# full under --lang zh: the last words are in Chinese too
"$pc" --lang zh $asof check examples/dalian/enterprise-grants.ini > /dev/full 2> "$work/err"
rc=$?
[ "$rc" = 74 ] && grep -q "plancheck: 标准输出:写出失败:" "$work/err" && ! grep -q "standard output" "$work/err" \
    && ok "full: --lang zh says it in Chinese (标准输出:写出失败)" \
    || fail "full: --lang zh exits $rc: $(tail -1 "$work/err")"

# batch's progress line (only on a terminal: script(1) gives it one) follows --lang
for lang in zh en; do
    script -qec "'$pc' --lang $lang $asof --threads 1 batch '$work/in.jsonl' > /dev/null" /dev/null > "$work/tty" 2>&1
    if [ $lang = zh ]; then want="条记录,每秒"; unwanted="records/s"; else want="records/s"; unwanted="每秒"; fi
    grep -q "$want" "$work/tty" && ! grep -q "$unwanted" "$work/tty" \
        && ok "tty: batch's progress line under --lang $lang ($want)" \
        || fail "tty: batch's progress line under --lang $lang: $(head -c 300 "$work/tty")"
done

# stderr: lint writes its findings there
"$pc" lint 2> /dev/full
rc=$?
[ "$rc" = 74 ] && ok "stderr: lint with stderr full exits 74" || fail "stderr: lint with stderr full exits $rc"
"$pc" $asof batch --threads 1 "$work/bad.jsonl" > /dev/null 2> /dev/full
rc=$?
[ "$rc" = 74 ] && ok "stderr: batch with stderr full exits 74" || fail "stderr: batch with stderr full exits $rc"

# fsize: 3000 records are about 10 MB of JSON; the limit is 1 MB
for t in 1 2; do
    rm -f "$work"/out.jsonl*
    (ulimit -f 2048; exec "$pc" $asof -q batch --threads $t --out "$work/out.jsonl" "$work/in.jsonl") 2> "$work/err"
    rc=$?
    [ "$rc" = 74 ] && ok "fsize: --threads $t exits 74" || fail "fsize: --threads $t exits $rc"
    grep -q "$work/out.jsonl: writing the results failed: File too large" "$work/err" && ok "fsize: names the file" \
        || fail "fsize: message: $(cat "$work/err")"
    [ -e "$work/out.jsonl" ] && fail "fsize: a truncated file got the final name" || ok "fsize: nothing under the final name"
    ls "$work"/out.jsonl.tmp-* > /dev/null 2>&1 && fail "fsize: the temporary file was left" || ok "fsize: the temporary file was removed"
done
# the same with a bad record: 74, not 65
awk 'NR == 10 { print "{\"id\": \"bad\", \"region\": \"210204\", \"is_sme\": \"maybe\"}"; next } { print }' "$work/in.jsonl" > "$work/mixed.jsonl"
(ulimit -f 2048; exec "$pc" $asof -q batch --threads 2 --out "$work/out.jsonl" "$work/mixed.jsonl") 2> /dev/null
rc=$?
[ "$rc" = 74 ] && ok "fsize: a bad record and a failed write exit 74" || fail "fsize: a bad record and a failed write exit $rc"
[ -e "$work/out.jsonl" ] && fail "fsize: a truncated file got the final name" || ok "fsize: nothing under the final name"
# the same with a rule file that failed to load: 74, not 78 (to a file or to stdout)
cp -r rules "$work/rules" && mkdir "$work/rules/broken" && echo 'plan { id = ' > "$work/rules/broken/broken.lua"
(ulimit -f 2048; exec "$pc" --rules "$work/rules" $asof -q batch --threads 2 --out "$work/out.jsonl" "$work/in.jsonl") 2> /dev/null
rc=$?
[ "$rc" = 74 ] && ok "fsize: a rule file that failed to load and a failed write exit 74" \
    || fail "fsize: a rule file that failed to load and a failed write exit $rc"
"$pc" --rules "$work/rules" $asof -q batch --threads 2 "$work/in.jsonl" > /dev/full 2> "$work/err"
rc=$?
[ "$rc" = 74 ] && [ "$(grep -c "standard output" "$work/err")" = 1 ] \
    && ok "full: a rule file that failed to load and stdout full exit 74, said once" \
    || fail "full: a rule file that failed to load and stdout full exit $rc: $(grep "standard output" "$work/err")"
rm -rf "$work/rules"
# every limit from 1 KB to beyond the output's size: either exit 74 and
# nothing under the final name, or exit 65 (the bad record) and the whole
# file; the write that fails may be any one, the last flush included
{ head -10 "$work/in.jsonl"; echo '{"id": "bad", "region": "210204", "is_sme": "maybe"}'; } > "$work/bad11.jsonl"
"$pc" $asof -q batch --threads 1 "$work/bad11.jsonl" > "$work/bad11.out" 2> /dev/null
size=$(wc -c < "$work/bad11.out")
n=1 bad=0
while [ $((n * 1024)) -le $((size + 2048)) ]; do
    rm -f "$work"/out.jsonl*
    (trap "" XFSZ; ulimit -f $n; exec "$pc" $asof -q batch --threads 1 --out "$work/out.jsonl" "$work/bad11.jsonl") 2> /dev/null
    rc=$?
    if [ "$rc" = 74 ] && [ ! -e "$work/out.jsonl" ]; then :
    elif [ "$rc" = 65 ] && cmp -s "$work/out.jsonl" "$work/bad11.out"; then :
    else bad=$((bad + 1)); echo "# limit $n KB: exit $rc, $(wc -c < "$work/out.jsonl" 2>/dev/null) of $size bytes under the final name"
    fi
    ls "$work"/out.jsonl.tmp-* > /dev/null 2>&1 && bad=$((bad + 1))
    n=$((n + 1))
done
[ "$bad" = 0 ] && ok "fsize: every limit from 1 KB to $n KB: 74 and no file, or the complete file" || fail "fsize: $bad limits lost output"
# a limit the output fits in: complete, renamed
(ulimit -f 204800; exec "$pc" $asof -q batch --threads 2 --out "$work/out.jsonl" "$work/in.jsonl") 2> /dev/null
rc=$?
[ "$rc" = 0 ] && [ "$(wc -l < "$work/out.jsonl")" = 3000 ] && ok "fsize: within the limit, complete" || fail "fsize: within the limit: exit $rc"

# mode
for mask in 022 027 077; do
    rm -f "$work/m.jsonl"
    (umask $mask; exec "$pc" $asof -q batch --out "$work/m.jsonl" "$work/small.jsonl")
    touch "$work/ref-$mask"; chmod "$(printf '%o' $((0666 & ~0$mask)))" "$work/ref-$mask"
    got=$(stat -c %a "$work/m.jsonl") want=$(stat -c %a "$work/ref-$mask")
    [ "$got" = "$want" ] && ok "mode: umask $mask gives $got" || fail "mode: umask $mask gives $got, expected $want"
done

echo "$passed passed, $failures failed"
[ "$failures" = 0 ]
