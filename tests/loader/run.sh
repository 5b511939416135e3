#!/bin/sh
# Plugin loading checks that need a file system: permissions and symlinks.
# usage: run.sh PLANCHECK PLUGIN_SO
set -u
pc=$1 so=$2
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
failures=0 passed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
fail() { failures=$((failures + 1)); echo "FAIL - $1"; }
rules="$work/rules"; mkdir -p "$rules"

# a directory others can write to: nothing in it loads, exit 78
mkdir "$work/open"; cp "$so" "$work/open/"; chmod 777 "$work/open"
"$pc" --rules "$rules" --plugins "$work/open" plans > /dev/null 2> "$work/err"; rc=$?
[ "$rc" = 78 ] && grep -q "writable by others" "$work/err" && ok "a world-writable plugins directory is refused (78)" || fail "world-writable directory: exit $rc: $(cat "$work/err")"
chmod 775 "$work/open"
"$pc" --rules "$rules" --plugins "$work/open" plans > /dev/null 2> "$work/err"; rc=$?
[ "$rc" = 78 ] && grep -q "writable by its group" "$work/err" && ok "a group-writable plugins directory is refused (78)" || fail "group-writable directory: exit $rc: $(cat "$work/err")"

# a plugin file others can write to: that plugin is refused, the engine runs on
mkdir "$work/file"; cp "$so" "$work/file/"; chmod 666 "$work/file/"*.so
"$pc" --rules "$rules" --plugins "$work/file" plans > "$work/out" 2> "$work/err"; rc=$?
[ "$rc" = 0 ] && grep -q "refused: it is writable by others" "$work/err" && ! grep -q "^  [a-z]" "$work/out" && ok "a world-writable plugin file is refused, the engine runs on" || fail "world-writable file: exit $rc: $(cat "$work/err")"

# a symlink that leads outside the plugins directory
mkdir "$work/outside" "$work/link"; cp "$so" "$work/outside/"; ln -s "$work/outside/$(basename "$so")" "$work/link/"
"$pc" --rules "$rules" --plugins "$work/link" plans > /dev/null 2> "$work/err"; rc=$?
[ "$rc" = 0 ] && grep -q "outside the plugins directory" "$work/err" && ok "a plugin outside the directory (symlink) is refused" || fail "symlink outside: exit $rc: $(cat "$work/err")"

# required: the same refusal is fatal
printf '[plugin.dalian]\nrequired = true\n' > "$work/req.ini"
"$pc" --config "$work/req.ini" --rules "$rules" --plugins "$work/link" plans > /dev/null 2> "$work/err"; rc=$?
[ "$rc" = 78 ] && ok "a required plugin that is refused stops the engine (78)" || fail "required: exit $rc: $(cat "$work/err")"

# the same plugin, safely installed, loads
mkdir "$work/good"; cp "$so" "$work/good/"; chmod 755 "$work/good"; chmod 644 "$work/good/"*.so
"$pc" --rules "$rules" --plugins "$work/good" plans > "$work/out" 2> "$work/err"; rc=$?
[ "$rc" = 0 ] && grep -q "^  dalian" "$work/out" && ok "a safely installed plugin loads" || fail "good: exit $rc: $(cat "$work/err")"

echo "$passed passed, $failures failed"
[ "$failures" = 0 ]
