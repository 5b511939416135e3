#!/bin/sh
# Bounded memory for any input (issue 9, item 6): a line longer than a
# record may be (1 MiB) is skipped while it is read, never buffered whole.
# Peak RSS (/usr/bin/time -f %M, in KB) of a batch of 1000 records with one
# 300 MB line among them stays within LIMIT_KB of the same batch without it:
# a JSON line, a CSV line, and a CSV quoted cell running on over 3000 lines.
# The input is streamed through a pipe: nothing big is written to disk.
# usage: memory.sh PLANCHECK GEN SOURCE_DIR
set -u
pc=$1 gen=$2 src=$3
limit_kb=${PLANCHECK_MEMORY_SLACK_KB:-4096}
if [ -n "${PLANCHECK_SANITIZED:-}" ]; then
    echo "skipped: sanitizers keep freed memory in quarantine, so RSS measures them"; exit 0
fi
[ -x /usr/bin/time ] || { echo "skipped: /usr/bin/time (Debian package time) is not installed"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$src"
failures=0 passed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
fail() { failures=$((failures + 1)); echo "FAIL - $1"; }
asof="--as-of 2018-06-30"
big=314572800   # 300 MB

"$gen" 1000 jsonl 5 2017-2018 > "$work/in.jsonl"
"$gen" 1000 csv 5 2017-2018 > "$work/in.csv"
head -500 "$work/in.jsonl" > "$work/a.jsonl"; tail -n +501 "$work/in.jsonl" > "$work/b.jsonl"
head -501 "$work/in.csv" > "$work/a.csv"; tail -n +502 "$work/in.csv" > "$work/b.csv"

rss() {   # rss NAME RECORDS-EXPECTED-FAILED : reads the input from stdin, prints peak RSS in KB
    /usr/bin/time -f %M -o "$work/rss" "$pc" $asof batch --threads 2 - > "$work/out" 2> "$work/err"
    echo $? > "$work/rc"
    tail -1 "$work/rss"
}
json_line() { cat "$work/a.jsonl"; printf '{"id": "huge", "region": "210204", "name": "'; head -c $big /dev/zero | tr '\0' a; printf '"}\n'; cat "$work/b.jsonl"; }
csv_line() { cat "$work/a.csv"; printf '91210204MA0QF3K591,'; head -c $big /dev/zero | tr '\0' a; printf ',210204\n'; cat "$work/b.csv"; }
csv_quoted() { cat "$work/a.csv"; printf '91210204MA0QF3K591,"'; i=0; while [ $i -lt 3000 ]; do head -c 100000 /dev/zero | tr '\0' a; echo; i=$((i + 1)); done; printf '",210204\n'; cat "$work/b.csv"; }

base_json=$(rss < "$work/in.jsonl")
base_csv=$(rss < "$work/in.csv")
echo "# normal batches: JSON $base_json KB, CSV $base_csv KB"
check() {   # check NAME BASE RSS
    if [ "$(cat "$work/rc")" != 65 ] || ! grep -q "a record may have at most 1048576\|more than 1 MiB" "$work/err"; then
        fail "$1: exit $(cat "$work/rc"), $(grep -m1 plancheck "$work/err")"
        return
    fi
    [ "$(grep -c '"id":"91' "$work/out")" -ge 1000 ] || { fail "$1: the records around the long one were not all evaluated"; return; }
    if [ "$3" -le $(($2 + limit_kb)) ]; then ok "$1: peak RSS $3 KB, normal $2 KB"
    else fail "$1: peak RSS $3 KB, normal $2 KB (more than $limit_kb KB above)"; fi
}
r=$(json_line | rss); check "a 300 MB JSON line" "$base_json" "$r"
r=$(csv_line | rss); check "a 300 MB CSV line" "$base_csv" "$r"
r=$(csv_quoted | rss); check "a 300 MB quoted CSV cell over 3000 lines" "$base_csv" "$r"

echo "$passed passed, $failures failed"
[ "$failures" = 0 ]
