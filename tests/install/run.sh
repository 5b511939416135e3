#!/bin/sh
# Installs the build into a scratch prefix and runs the installed binary from
# elsewhere, with no config: it must find its plugins and rules by itself.
# usage: run.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1 src=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
cd "$prefix"
unset PLANCHECK_CONFIG
out=$("$prefix/bin/plancheck" --format json plans)
echo "$out" | grep -q '"id":"dalian-2015"' || { echo "installed plancheck does not list dalian-2015: $out"; exit 1; }
out=$("$prefix/bin/plancheck" --as-of 2018-06-30 --format json check "$src/examples/dalian/enterprise-grants.ini")
echo "$out" | grep -q '"rule":"invention-grant-subsidy","kind":"subsidy","status":"eligible"' ||
    { echo "installed plancheck did not evaluate the example: $out"; exit 1; }
for f in include/plancheck/plancheck.h include/plancheck/plugin.h share/plancheck/rules/dalian/dalian-2015.lua \
         share/man/man1/plancheck.1; do
    [ -f "$prefix/$f" ] || { echo "not installed: $f"; exit 1; }
done
ls "$prefix"/lib*/plancheck/plugins/dalian.so "$prefix"/lib*/libplancheck.so* >/dev/null

# The editor definitions regenerate from the installed prefix: `plancheck types`
# writes the installed rules/.types/fields.lua as shipped, from the plugins it
# loads (without zoucheng.so, no zoucheng field), and into the prefix.
types=$prefix/share/plancheck/rules/.types
[ -f "$types/plancheck.lua" ] && [ -f "$types/fields.lua" ] || { echo "not installed: rules/.types/*.lua"; exit 1; }
"$prefix/bin/plancheck" types >"$prefix/fields.lua" || { echo "installed plancheck types failed"; exit 1; }
cmp -s "$prefix/fields.lua" "$types/fields.lua" ||
    { echo "installed plancheck types differs from the installed fields.lua:"; diff "$types/fields.lua" "$prefix/fields.lua" | head; exit 1; }
grep -q "'\"zoucheng_ip_fund_yuan\"' .* · plugin zoucheng\$" "$prefix/fields.lua" ||
    { echo "plancheck types lists no zoucheng field"; exit 1; }
mkdir "$prefix/some-plugins"
for so in "$prefix"/lib*/plancheck/plugins/*.so; do
    case $so in */zoucheng.so) ;; *) cp -p "$so" "$prefix/some-plugins/" ;; esac
done
"$prefix/bin/plancheck" --plugins "$prefix/some-plugins" types >"$prefix/fewer.lua" 2>/dev/null ||
    { echo "plancheck --plugins DIR types failed"; exit 1; }
! grep -q zoucheng "$prefix/fewer.lua" && grep -q "plugin guangzhou" "$prefix/fewer.lua" ||
    { echo "plancheck types did not follow the plugins loaded"; exit 1; }
"$prefix/bin/plancheck" --plugins "$prefix/some-plugins" types >"$types/fields.lua" &&
    cmp -s "$prefix/fewer.lua" "$types/fields.lua" || { echo "plancheck types > RULES/.types/fields.lua failed"; exit 1; }
echo "install ok"
