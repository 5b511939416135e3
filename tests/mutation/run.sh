#!/bin/sh
# Mutation check: breaks the engine on purpose, one way at a time, and
# requires the test suite to fail for each breakage.  A mutant the suite
# does not catch means a behaviour no test pins down.
#
#   tests/mutation/run.sh [BUILD_DIR]     (default build-mutant/)
#
# Not here: removing one of the sandbox's two layers (the C side drops load,
# dofile... from the state; the prelude copies only an allow-list into each
# rule file's environment) is invisible by design; unit/sandbox was seen
# failing with both removed.
#
# Each mutant is "file|text|replacement|what it breaks": the first
# occurrence of text is replaced, literally (\n stands for a newline). The
# source is restored after each, even on interruption.
set -u
cd "$(dirname "$0")/../.."
build=${1:-build-mutant}
mutants=$(cat <<'LIST'
engine/src/eval.c|if (fen > left) {|if (fen > left && 0) {|the cap is not applied
engine/src/eval.c|int64_t left = it->cap_fen - r->received_fen;|int64_t left = it->cap_fen;|amounts already received are ignored
engine/src/eval.c|return any_true ? T_TRUE : any_unknown ? T_UNKNOWN : T_FALSE;|return any_true ? T_TRUE : T_FALSE;|missing data in any{} reads as false
engine/src/eval.c|int on_line = it->compare == PC_CMP_AT_MOST ? m.value <= expected : m.value >= expected;|int on_line = 1;|the straight line is not checked
engine/src/eval.c|m.value = x / d;|m.value = x;|a measure is not divided (per 10,000 people, shares)
engine/src/eval.c|int known_year = v->as_of >= PC_DATE(as_of_year, 12, 31) ? as_of_year : as_of_year - 1;|int known_year = as_of_year;|a year's figures are used before the year ends
engine/src/eval.c|r->status = t == T_FALSE ? PC_S_NOT_APPLICABLE : PC_S_UNKNOWN;|r->status = PC_S_INELIGIBLE;|applies false reads as ineligible
engine/src/eval.c|if (t != T_UNKNOWN)|if (0)|decided results list what an undecided branch lacked
engine/src/region.c|if (cur->valid_to && as_of > cur->valid_to && cur->replaced_by[0]) {|if (0) {|replaced region codes are not followed
engine/src/region.c|if (strcmp(j, code) != 0 && pc_regions_covers(&e->regions, j, code)) {|if (0) {|unknown codes inside a plugin's jurisdiction pass
engine/src/plugins.c|if (d->abi_version != PC_PLUGIN_ABI_VERSION) {|if (0) {|a plugin of another ABI version is loaded
engine/src/plugins.c|if (st.st_mode & (S_IWGRP|if (0 && (S_IWGRP|a world-writable plugin file loads
engine/src/lua.c|luaL_loadfilex(L, path, "t")|luaL_loadfilex(L, path, "bt")|bytecode rule files load
engine/src/lua.c|s->budget -= s->exhausted ? 1 : HOOK_STEP;|s->budget -= 0;|endless loops are not stopped
engine/src/lua.c|if (s->last_failed && s->L && !s->exhausted) {|if (0) {|a memory bomb inside pcall runs forever
engine/src/scalar.c|int dec = parse_decimal(s, 2, &v);|int dec = parse_decimal(s, 3, &v);|money with three decimals is accepted
engine/src/subject.c|return code[17] == *expected ? 0 : 1;|return 0;|a wrong credit-code check character passes
engine/src/dsl.c|if (it->compare == PC_CMP_ABOUT && compares == 1 && (!has_tol|if (0 && (!has_tol|about without a tolerance is accepted
engine/src/dsl.c|cerr(c, line, "%s: money must be integer yuan|return -1; cerr(c, line, "%s: money must be integer yuan|a float amount is accepted silently
engine/src/lint.c|if (!used[i])|if (0)|lint misses an unused parameter
engine/src/batch.c|error_object(&c->out, &c->err, diag, rec->number|c->failed--; error_object(&c->out, &c->err, diag, rec->number|a bad record is not counted as failed
engine/src/ruletest.c|ok = has && fen == lua_tointeger(L, -1) * 100;|ok = 1;|rule tests do not compare amounts
engine/src/prelude.lua|if q > 0 and len(s) ^ (q + 1) > LIMIT then|if false then|runaway patterns are not refused
LIST
)
caught=0 missed=0
tmp=$(mktemp)
current=""
# Put back the file under mutation, whatever happens.
trap '[ -n "$current" ] && cp "$tmp" "$current"; rm -f "$tmp" "$tmp.result"' EXIT INT TERM
cmake -S . -B "$build" -DPLANCHECK_WERROR=OFF >/dev/null || exit 70
while IFS='|' read -r file from to what; do
    [ -n "$file" ] || continue
    cp "$file" "$tmp"
    current=$file
    FROM=$(printf '%b' "$from") TO=$(printf '%b' "$to") perl -0pi -e 's/\Q$ENV{FROM}\E/$ENV{TO}/' "$file"
    if cmp -s "$file" "$tmp"; then
        echo "STALE  $what: the pattern no longer matches $file"
        echo stale >> "$tmp.result"
        continue
    fi
    if cmake --build "$build" -j2 </dev/null >/dev/null 2>&1 && (cd "$build" && ctest -j2 --timeout 120 </dev/null >/dev/null 2>&1); then
        echo "MISSED $what"
        echo missed >> "$tmp.result"
    else
        echo "caught $what"
        echo caught >> "$tmp.result"
    fi
    cp "$tmp" "$file"
    current=""
done <<EOF_MUTANTS
$mutants
EOF_MUTANTS
caught=$(grep -c caught "$tmp.result" 2>/dev/null)
bad=$(grep -c -v caught "$tmp.result" 2>/dev/null)
rm -f "$tmp.result"
echo "$caught caught, $bad missed or stale"
[ "$bad" = 0 ]
