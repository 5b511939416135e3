#!/bin/sh
# toolkit/tutorial: follows docs/guide-encode-a-plan.md as a new author would,
# on the files it quotes (docs/tutorial/), and checks that what the guide
# shows is what the engine prints.
# usage: tutorial.sh SOURCE_DIR PLANCHECK PLUGINS_DIR
set -eu
src=$1 plancheck=$2 plugins=$3
cd "$src"   # the guide's commands run from the repository root
unset PLANCHECK_CONFIG
guide=docs/guide-encode-a-plan.md
rule=docs/tutorial/rules/dalian-tutorial/tutorial-2025.lua
tests=docs/tutorial/rules/dalian-tutorial/tutorial-2025.test.lua
pc() { "$plancheck" --rules docs/tutorial/rules --plugins "$plugins" --lang en "$@"; }
fail() { echo "tutorial: $*"; exit 1; }
expect() {   # expect OUTPUT TEXT...: each TEXT appears in OUTPUT
    out=$1
    shift
    for t in "$@"; do
        case $out in
            *"$t"*) ;;
            *) echo "$out"; fail "the output lacks '$t' (the guide shows it)" ;;
        esac
    done
}

# The guide quotes the tutorial's files verbatim: each file's every line is in it.
for f in docs/tutorial/plan.txt "$rule" "$tests" docs/tutorial/enterprise.ini docs/tutorial/region.ini; do
    [ -f "$f" ] || fail "missing $f"
    while IFS= read -r line; do
        [ -z "$line" ] && continue
        grep -qF -- "$line" "$guide" || fail "$guide does not quote this line of $f verbatim: $line"
    done <"$f"
done

# plans: the plan and its rules are loaded.
out=$(pc plans 2>&1) || fail "plans failed: $out"
expect "$out" "tutorial-2025" "1 targets, 1 subsidies, 1 obligations" \
    "invention-grant-award.per_grant_yuan = 5000" "high-value-patents-per-10k" "ip-officer"
case $out in *"plancheck:"*) echo "$out"; fail "plans printed a problem" ;; esac

# lint: clean (exit 0).
out=$(pc lint "$rule" 2>&1) || fail "lint found problems: $out"

# lint on the guide's typo: file:line and exit 78.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/rules/dalian-tutorial"
sed 's/gt("invention_grants_domestic", 0)/gt("invention_grant_domestic", 0)/' "$rule" >"$tmp/rules/dalian-tutorial/tutorial-2025.lua"
status=0
out=$("$plancheck" --rules "$tmp/rules" --plugins "$plugins" lint "$tmp/rules/dalian-tutorial/tutorial-2025.lua" 2>&1) || status=$?
[ "$status" = 78 ] || fail "lint of the misspelt field exited $status, the guide says 78: $out"
expect "$out" "tutorial-2025.lua:38: subsidy 'invention-grant-award': unknown enterprise field 'invention_grant_domestic'"

# check: the enterprise of the guide.
out=$(pc --as-of 2025-09-30 check docs/tutorial/enterprise.ini 2>&1) || fail "check failed: $out"
expect "$out" "eligible" "invention-grant-award" "amount: 20,000 yuan; cap 20,000 yuan (capped)" \
    "amount 6 × 5000 = 30,000 yuan" "cap 20,000 yuan per year, already received 0 yuan in 2025, remaining 20,000 yuan" \
    "non-compliant" "full-time IP staff = 0 not ≥ 1 ✗" "Total of fixed amounts: 20,000 yuan"
out=$(pc --as-of 2025-09-30 --format json check docs/tutorial/enterprise.ini 2>&1) || fail "check --format json failed: $out"
expect "$out" '"rule":"invention-grant-award","kind":"subsidy","status":"eligible","amount_yuan":20000,"cap_yuan":20000,"capped":true' \
    '"rule":"ip-officer","kind":"obligation","status":"non_compliant"' '"total_yuan":20000'

# progress: the city on its target.
out=$(pc --as-of 2026-06-30 progress docs/tutorial/region.ini 2>&1) || fail "progress failed: $out"
expect "$out" "on track" "target 8 per 10,000 people by 2027; actual ≈6.52 (2025); progress 81.4%" \
    "the straight line from 2024 to the 2027 target expects 6 by 2025"

# test: the cases pass.
out=$(pc test "$tests" 2>&1) || fail "plancheck test failed: $out"
expect "$out" "coverage tutorial-2025: 3 of 3 rules tested" "8 passed, 0 failed"

# test: the guide's broken expectation fails with the message it shows.
cp "$rule" "$tmp/rules/dalian-tutorial/tutorial-2025.lua"
sed 's/amount_yuan = 20000, capped = true/amount_yuan = 30000/' "$tests" >"$tmp/rules/dalian-tutorial/tutorial-2025.test.lua"
status=0
out=$("$plancheck" --rules "$tmp/rules" --plugins "$plugins" --lang en test "$tmp/rules/dalian-tutorial/tutorial-2025.test.lua" 2>&1) || status=$?
[ "$status" = 1 ] || fail "a failing case made plancheck test exit $status, the guide says 1: $out"
expect "$out" "rule invention-grant-award: amount_yuan: expected 30000, got 20000" "7 passed, 1 failed"

echo "tutorial: every step of $guide gives what it shows"
