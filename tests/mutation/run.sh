#!/bin/sh
# Mutation check: breaks the engine on purpose, one way at a time, and
# requires the test suite to fail for each breakage.  A mutant the suite
# does not catch means a behaviour no test pins down.
#
#   tests/mutation/run.sh [BUILD_DIR]     (default build-mutant/)
#
# Each mutant is "file|sed expression|what it breaks".  The source is
# restored after each, even on interruption.
set -u
cd "$(dirname "$0")/../.."
build=${1:-build-mutant}
mutants=$(cat <<'LIST'
engine/src/eval.c|s/if (fen > left) {/if (fen > left \&\& 0) {/|the cap is not applied
engine/src/eval.c|s/int64_t left = it->cap_fen - r->received_fen;/int64_t left = it->cap_fen;/|amounts already received are ignored
engine/src/eval.c|s/return any_true ? T_TRUE : any_unknown ? T_UNKNOWN : T_FALSE;/return any_true ? T_TRUE : T_FALSE;/|missing data in any{} reads as false
engine/src/eval.c|s/int on_line = it->compare == PC_CMP_AT_MOST ? m.value <= expected : m.value >= expected;/int on_line = 1;/|the straight line is not checked
engine/src/eval.c|s/m.value = x \/ d;\n        break;/m.value = x; break;/|per-10k divides by nothing
engine/src/eval.c|s/int known_year = v->as_of >= PC_DATE(as_of_year, 12, 31) ? as_of_year : as_of_year - 1;/int known_year = as_of_year;/|a year's figures are used before the year ends
engine/src/region.c|s/if (cur->valid_to \&\& as_of > cur->valid_to \&\& cur->replaced_by\[0\]) {/if (0) {/|replaced region codes are not followed
engine/src/region.c|s/if (strcmp(j, code) != 0 \&\& pc_regions_covers(\&e->regions, j, code)) {/if (0) {/|unknown codes inside a plugin's jurisdiction pass
engine/src/plugins.c|s/if (d->abi_version != PC_PLUGIN_ABI_VERSION) {/if (0) {/|a plugin of another ABI version is loaded
engine/src/lua.c|s/"load", "dofile", "loadfile", "collectgarbage", "print", "require", NULL/"dofile", "loadfile", "collectgarbage", "print", "require", NULL/|rules can call load()
engine/src/lua.c|s/luaL_loadfilex(L, path, "t")/luaL_loadfilex(L, path, "bt")/|bytecode rule files load
engine/src/lua.c|s/s->budget -= s->exhausted ? 1 : HOOK_STEP;/s->budget -= 0;/|endless loops are not stopped
engine/src/scalar.c|s/int dec = parse_decimal(s, 2, \&v);/int dec = parse_decimal(s, 3, \&v);/|money with three decimals is accepted
engine/src/subject.c|s/return code\[17\] == \*expected ? 0 : 1;/return 0;/|a wrong credit-code check character passes
engine/src/dsl.c|s/if (it->compare == PC_CMP_ABOUT \&\& compares == 1 \&\& (!has_tol/if (0 \&\& (!has_tol/|about without a tolerance is accepted
engine/src/eval.c|s/r->status = t == T_FALSE ? PC_S_NOT_APPLICABLE : PC_S_UNKNOWN;/r->status = PC_S_INELIGIBLE;/|applies false reads as ineligible
LIST
)
caught=0 missed=0
tmp=$(mktemp)
current=""
# Put back the file under mutation, whatever happens.
trap '[ -n "$current" ] && cp "$tmp" "$current"; rm -f "$tmp" "$tmp.result"' EXIT INT TERM
cmake -S . -B "$build" -DPLANCHECK_WERROR=OFF >/dev/null || exit 70
while IFS='|' read -r file expr what; do
    [ -n "$file" ] || continue
    cp "$file" "$tmp"
    current=$file
    perl -0pi -e "$expr" "$file"
    if cmp -s "$file" "$tmp"; then
        echo "STALE  $what: the pattern no longer matches $file"
        echo stale >> "$tmp.result"
        continue
    fi
    if cmake --build "$build" -j2 >/dev/null 2>&1 && (cd "$build" && ctest -j2 >/dev/null 2>&1); then
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
caught=$(grep -c caught "$tmp.result" 2>/dev/null || echo 0)
bad=$(grep -c -v caught "$tmp.result" 2>/dev/null || echo 0)
rm -f "$tmp.result"
echo "$caught caught, $bad missed or stale"
[ "$bad" = 0 ]
