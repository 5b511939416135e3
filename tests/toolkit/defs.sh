#!/bin/sh
# toolkit/defs: the editor definitions rules/.types/plancheck.lua stay in step
# with the engine:
#   - every name the sandbox defines (env.<name> in engine/src/prelude.lua) is
#     declared: `function <name>(` for a function, `<name> =` for a table;
#   - the field aliases (between BEGIN FIELDS and END FIELDS) are what
#     fields_alias prints from the engine's dictionary and the plugins;
#   - the file is valid Lua, and the engine does not load it as a plan.
#
# usage: defs.sh SOURCE_DIR FIELDS_ALIAS PLUGINS_DIR [PLANCHECK]
#        defs.sh --write SOURCE_DIR FIELDS_ALIAS PLUGINS_DIR
#   --write replaces the field aliases of the definitions with the engine's
#   (after adding a field to engine/src/fields.c or a plugin), e.g.
#   sh tests/toolkit/defs.sh --write . build/tests/toolkit/pc_toolkit_fields_alias build/plugins
set -eu
write=0
if [ "${1:-}" = --write ]; then
    write=1
    shift
fi
[ $# -ge 3 ] || { echo "usage: defs.sh [--write] SOURCE_DIR FIELDS_ALIAS PLUGINS_DIR [PLANCHECK]" >&2; exit 64; }
src=$1 gen=$2 plugins=$3 plancheck=${4:-}
defs=$src/rules/.types/plancheck.lua
prelude=$src/engine/src/prelude.lua
[ -f "$defs" ] || { echo "missing $defs"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The engine's field aliases, and the definitions' block.
"$gen" "$plugins" >"$tmp/fields" || { echo "fields_alias failed"; exit 1; }
if [ $write = 1 ]; then
    awk -v block="$tmp/fields" '
        /^-- BEGIN FIELDS/ { while ((getline l < block) > 0) print l; skip = 1; next }
        /^-- END FIELDS/   { skip = 0; next }
        !skip' "$defs" >"$tmp/new"
    grep -q '^-- END FIELDS' "$tmp/new" || { echo "$defs has no BEGIN FIELDS/END FIELDS block"; exit 1; }
    cat "$tmp/new" >"$defs"
    echo "rewrote the field aliases of $defs"
    exit 0
fi

fail=0
sed -n '/^-- BEGIN FIELDS/,/^-- END FIELDS/p' "$defs" >"$tmp/block"
if ! cmp -s "$tmp/fields" "$tmp/block"; then
    echo "rules/.types/plancheck.lua: the field aliases differ from the engine's (- definitions, + engine):"
    diff -u "$tmp/block" "$tmp/fields" | sed -n '3,60p'
    echo "refresh them: sh tests/toolkit/defs.sh --write SOURCE_DIR FIELDS_ALIAS PLUGINS_DIR"
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
        $lua -p "$defs" || { echo "rules/.types/plancheck.lua does not parse"; fail=1; }
        break
    fi
done

# Not a plan: the engine skips dot directories under rules/.
if [ -n "$plancheck" ]; then
    out=$(cd "$tmp" && PLANCHECK_CONFIG= "$plancheck" --rules "$src/rules" --plugins "$plugins" --format json plans 2>&1) || true
    case $out in
        *".types"*) echo "the engine loaded the editor definitions as rules: $out" | head -5; fail=1 ;;
    esac
fi

[ $fail = 0 ] && echo "definitions: $n prelude names declared, field aliases current"
exit $fail
