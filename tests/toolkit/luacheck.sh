#!/bin/sh
# toolkit/luacheck: every shipped rule file (and the tutorial's) passes luacheck
# with the repository's .luacheckrc, with no warning at all; and the config
# really encodes the sandbox (a file using what the sandbox removes is flagged).
# usage: luacheck.sh SOURCE_DIR [LUACHECK]
set -eu
src=$1
luacheck=${2:-luacheck}
cd "$src"   # .luacheckrc's file patterns are relative to the repository root
[ -f .luacheckrc ] || { echo "no .luacheckrc in $src"; exit 1; }

status=0
out=$("$luacheck" --no-color --config .luacheckrc --codes rules docs/tutorial/rules 2>&1) || status=$?
if [ "$status" -ne 0 ]; then
    echo "$out"
    echo "luacheck: warnings or errors in rule files (exit $status); fix them, or the config if the sandbox allows it"
    exit 1
fi
checked=$(echo "$out" | grep -c '^Checking ' || true)
[ "$checked" -ge 6 ] || { echo "$out"; echo "luacheck checked only $checked files"; exit 1; }
case $out in
    *".types/"*) echo "$out"; echo "luacheck checked the editor definitions as a rule file"; exit 1 ;;
esac

# The sandbox standard: what rule files cannot use is reported.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/sandbox.lua" <<'EOF'
local f = io.open("x")
print(os.time(), string.dump, require, load, dofile, loadfile, collectgarbage, debug, package, coroutine)
plan = f
EOF
status=0
out=$("$luacheck" --no-color --config .luacheckrc --codes "$tmp/sandbox.lua" 2>&1) || status=$?
for what in "'io'" "'print'" "'os'" "field 'dump'" "'require'" "'load'" "'dofile'" "'loadfile'" \
            "'collectgarbage'" "'debug'" "'package'" "'coroutine'" "read-only global variable 'plan'"; do
    case $out in
        *"$what"*) ;;
        *) echo "$out"; echo "luacheck did not report $what: .luacheckrc no longer encodes the sandbox"; exit 1 ;;
    esac
done
echo "luacheck: $checked rule files clean"
