#!/bin/sh
# bench/callgrind.sh [TREE...] -- instructions per record, counted by
# valgrind --tool=callgrind: steadier than seconds on a shared machine.
#
# For each source tree (default: this one) with a Release build in
# TREE/build-bench/ (bench/run.sh makes one; for an older commit:
# `git archive COMMIT | tar -x -C DIR`, then cmake as run.sh does):
#   - the benchmark plan (bench/rules): 3,000 records as of 2021-06-30;
#   - all five plans in force: one run per plan period (as bench/run.sh),
#     2,000 records each;
# each run less a run on its first record (start-up), divided by the records
# left.  Then the Lua 5.4 + lua-cjson baseline on the same 3,000 records and
# the ratio baseline / plancheck on the benchmark plan.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
start=$(pwd)
[ $# -gt 0 ] || set -- "$here"
command -v valgrind >/dev/null || { echo "bench: needs valgrind"; exit 69; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -Wall -o "$work/gen" "$here/bench/gen.c"
"$work/gen" 3000 jsonl 20261121 2020-2021 > "$work/b.jsonl"
head -n 1 "$work/b.jsonl" > "$work/b1.jsonl"
periods="2008-06-30:2007-2008 2013-06-30:2012-2013 2017-06-30:2016-2017 2020-06-30:2019-2020 2025-06-30:2024-2025"
i=0
for p in $periods; do
    i=$((i + 1))
    "$work/gen" 2000 jsonl $((20261121 + i)) "${p#*:}" > "$work/p$i.jsonl"
    head -n 1 "$work/p$i.jsonl" > "$work/p${i}_1.jsonl"
done

# instructions of a command, its output discarded
ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : //p'; }

lua=$(( ($(ir lua5.4 "$here/bench/baseline.lua" < "$work/b.jsonl") - $(ir lua5.4 "$here/bench/baseline.lua" < "$work/b1.jsonl")) / 2999 ))
echo "Lua 5.4 + lua-cjson baseline, benchmark plan: $lua instructions per record"
for tree; do
    tree=$(cd "$start" && cd "$tree" && pwd)   # each run cds into its tree: relative ones are from where we started
    pc="$tree/build-bench/plancheck"
    [ -x "$pc" ] || { echo "bench: no $pc (build it as bench/run.sh does)"; exit 66; }
    cd "$tree"
    bench=$(( ($(ir "$pc" --rules bench/rules --as-of 2021-06-30 -q batch --threads 1 "$work/b.jsonl") -
               $(ir "$pc" --rules bench/rules --as-of 2021-06-30 -q batch --threads 1 "$work/b1.jsonl")) / 2999 ))
    all=0
    i=0
    for p in $periods; do
        i=$((i + 1))
        all=$((all + $(ir "$pc" --as-of "${p%%:*}" -q batch --threads 1 "$work/p$i.jsonl") -
                     $(ir "$pc" --as-of "${p%%:*}" -q batch --threads 1 "$work/p${i}_1.jsonl")))
    done
    all=$((all / (5 * 1999)))
    printf '%s: benchmark plan %d, all five plans %d instructions per record; baseline / plancheck %s\n' \
        "$tree" "$bench" "$all" "$(awk -v a="$lua" -v b="$bench" 'BEGIN { printf "%.2fx", a / b }')"
done
