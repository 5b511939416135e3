#!/bin/sh
# toolkit/defs: the editor definitions rules/.types/ stay in step with the
# engine:
#   - every name the sandbox defines (env.<name> in engine/src/prelude.lua) is
#     declared in plancheck.lua: `function <name>(` for a function, `<name> =`
#     for a table;
#   - fields.lua is what `plancheck types` writes from the engine's field
#     dictionary and the plugins (after adding a field to engine/src/fields.c
#     or a plugin: ./build/plancheck types > rules/.types/fields.lua);
#   - both files are valid Lua, and the engine does not load them as plans.
#
# usage: defs.sh SOURCE_DIR PLANCHECK PLUGINS_DIR
set -eu
[ $# -eq 3 ] || { echo "usage: defs.sh SOURCE_DIR PLANCHECK PLUGINS_DIR" >&2; exit 64; }
src=$1 plancheck=$2 plugins=$3
defs=$src/rules/.types/plancheck.lua
fields=$src/rules/.types/fields.lua
prelude=$src/engine/src/prelude.lua
[ -f "$defs" ] || { echo "missing $defs"; exit 1; }
[ -f "$fields" ] || { echo "missing $fields"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail=0
(cd "$tmp" && PLANCHECK_CONFIG= "$plancheck" --rules "$src/rules" --plugins "$plugins" types) >"$tmp/fields" ||
    { echo "plancheck types failed"; exit 1; }
if ! cmp -s "$tmp/fields" "$fields"; then
    echo "rules/.types/fields.lua differs from what plancheck types writes (- file, + engine):"
    diff -u "$fields" "$tmp/fields" | sed -n '3,60p'
    echo "refresh it: plancheck types > rules/.types/fields.lua"
    fail=1
fi

# Every env.<name> of the prelude.  Tables (env.x = {}) are declared as `x =`;
# _G is Lua's own.
names=$(grep -o 'env\.[A-Za-z_][A-Za-z0-9_]*' "$prelude" | sed 's/^env\.//' | sort -u)
[ -n "$names" ] || { echo "no env.<name> found in $prelude"; exit 1; }
n=0
for name in $names; do
    [ "$name" = _G ] && continue
    n=$((n + 1))
    if grep -q "env\.$name = {" "$prelude"; then
        grep -q "^$name = " "$defs" || { echo "rules/.types/plancheck.lua does not declare the table '$name ='"; fail=1; }
    else
        grep -q "^function $name(" "$defs" ||
            { echo "rules/.types/plancheck.lua does not declare 'function $name(' (the prelude defines env.$name)"; fail=1; }
        # and documents it: a ---@param or ---@return right above
        awk -v f="function $name(" 'index($0, f) == 1 { exit !(prev ~ /^---@(param|return)/) } { prev = $0 }' "$defs" ||
            { echo "rules/.types/plancheck.lua: '$name' has no ---@param/---@return annotation"; fail=1; }
    fi
done

# Valid Lua, when an interpreter or luac is at hand.
for lua in luac5.4 luac; do
    if command -v $lua >/dev/null 2>&1; then
        for f in "$defs" "$fields"; do
            $lua -p "$f" || { echo "$f does not parse"; fail=1; }
        done
        break
    fi
done

# Not a plan: the engine skips dot directories under rules/.
out=$(cd "$tmp" && PLANCHECK_CONFIG= "$plancheck" --rules "$src/rules" --plugins "$plugins" --format json plans 2>&1) || true
case $out in
    *".types"*) echo "the engine loaded the editor definitions as rules: $out" | head -5; fail=1 ;;
esac

[ $fail = 0 ] && echo "definitions: $n prelude names declared, fields.lua is plancheck types'"
exit $fail
