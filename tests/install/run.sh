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
echo "install ok"
