#!/bin/sh
# Groups the inputs in fuzz/crashes/ (or the files given) by where they
# fail: each is run once through its target, and the first engine frame of
# the report (or the sanitizer's own location, or the oracle that failed)
# names the place.  One line per place: count, place, one example file.
#
#   fuzz/triage.sh [FILE...]       file names start with the target: json-crash-...
#
# An input that still takes 10 s or more (a slow unit, a timeout) is
# reported as "slow" with its time.
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=$(dirname "$here")/build-fuzz
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}"
[ $# -gt 0 ] || set -- "$here"/crashes/*
for f in "$@"; do
    [ -f "$f" ] || continue
    t=$(basename "$f" | sed 's/-.*//; s/^fuzz_//')
    out=$("$build/fuzz/fuzz_$t" -timeout=10 "$f" 2>&1 || true)
    kind=$(printf '%s\n' "$out" | sed -n 's/.*ERROR: \(AddressSanitizer\|LeakSanitizer\|libFuzzer\): \([a-z-]*\).*/\2/p; s/.*runtime error: \(.*\)/ub: \1/p; s/^==plancheck-fuzz== oracle failed at .*: \(.*\)/oracle: \1/p' | head -1)
    place=$(printf '%s\n' "$out" | sed -n 's/.* in \([a-z_0-9]*\) \/.*\/\(engine\/[^ ]*\|plugins\/[^ ]*\)$/\1 \2/p; s/^\(\/[^ ]*\/\)\(engine\/[^ :]*:[0-9]*\):[0-9]*: runtime error.*/\2/p' | head -1)
    ms=$(printf '%s\n' "$out" | sed -n 's/^Executed .* in \([0-9]*\) ms$/\1/p' | head -1)
    [ -n "$kind" ] || [ "${ms:-0}" -lt 10000 ] || kind="slow: $((ms / 1000)) s"
    [ -n "$kind" ] || kind="no longer fails"
    printf '%s|%s|%s\n' "$t" "${place:-?} ($kind)" "$(basename "$f")"
done | sort | awk -F'|' '{n[$1"|"$2]++; ex[$1"|"$2] = $3} END {for (k in n) {split(k, p, "|"); printf "%5d  %-7s %s  e.g. %s\n", n[k], p[1], p[2], ex[k]}}' | sort -k2
