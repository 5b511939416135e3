#!/bin/sh
# The references cannot drift from the code: every member of the plugin ABI's
# structs is in docs/plugin-abi.md, every DSL constructor the prelude defines
# is in docs/dsl.md, every command of the CLI is in docs/cli.md.
# usage: references.sh SOURCE_DIR
set -u
cd "$1"
missing=0
check() { # what doc name
    grep -q "\`$3\`\|\`$3(\|\`$3 \|\`$3\.\|\`$3=" "$2" || { echo "$2 does not mention $1 $3"; missing=$((missing + 1)); }
}
for s in pc_host_api pc_plugin_descriptor pc_region_def pc_reference_def pc_field_def pc_field_names; do
    # members of the struct: comments removed, then the name before ';' or in '(*name)'
    members=$(perl -0ne 'while (/typedef struct '"$s"' \{(.*?)\} '"$s"';/sg) { my $b = $1; $b =~ s{/\*.*?\*/}{}sg;
        $b =~ s/__attribute__\(\(.*?\)\)//sg; $b =~ s/^\s*#.*$//mg;
        while ($b =~ /\(\*(\w+)\)|(\w+)(?:\[\d*\])?\s*;/g) { print(($1 // $2), "\n"); } }' include/plancheck/plugin.h | sort -u)
    for m in $members; do check "$s member" docs/plugin-abi.md "$m"; done
done
# every function rule code is offered (engine/src/rulelib.c) is in the allow-list of docs/security.md
for lib in base string table math utf8; do
    for f in $(perl -0ne 'if (/static const offered '"$lib"'_lib\[\] = \{(.*?)\};/s) { my $b = $1;
            while ($b =~ /"(\w+)"/g) { print "$1\n"; } }' engine/src/rulelib.c); do
        name=$f
        [ "$lib" = base ] || name=$lib.$f
        # math.* entries may be listed after the first one, as `ceil`
        grep -q "\`$name\`" docs/security.md || { [ "$lib" = math ] && grep -q "\`$f\`" docs/security.md; } ||
            { echo "docs/security.md does not list the offered function $name"; missing=$((missing + 1)); }
    done
done
# .luacheckrc declares exactly that allow-list (its standard plancheck_sandbox)
for lib in base string table math utf8; do
    offered=$(perl -0ne 'if (/static const offered '"$lib"'_lib\[\] = \{(.*?)\};/s) { my $b = $1;
            while ($b =~ /"(\w+)"/g) { print "$1\n"; } }' engine/src/rulelib.c | sort | tr '\n' ' ')
    declared=$(perl -0ne 'if (/local '"$lib"'_fields = \{(.*?)\}/s || ("'"$lib"'" eq "base" && /-- base:[^\n]*\n(.*?)_G =/s)) {
            my $b = $1; while ($b =~ /"(\w+)"/g) { print "$1\n"; } }' .luacheckrc | sort | tr '\n' ' ')
    [ "$offered" = "$declared" ] || { echo ".luacheckrc declares $lib as [$declared], rulelib.c offers [$offered]"; missing=$((missing + 1)); }
done
for f in $(sed -n 's/.*env\.\([a-z_]*\)[ ,=].*/\1/p; s/.*function env\.\([a-z_]*\)(.*/\1/p' engine/src/prelude.lua | sort -u); do
    case $f in native|case) ;; *) check "DSL function" docs/dsl.md "$f" ;; esac
done
for c in $(sed -n 's/^ *X([A-Z_]*, "\([a-z]*\)").*/\1/p' engine/cli/cli.h); do
    grep -q "^  $c\b\|plancheck .*$c\|^## $c\|\`$c" docs/cli.md || { echo "docs/cli.md does not mention the command $c"; missing=$((missing + 1)); }
done
# Every docs/ page a rule file, plugin, source file, example or doc cites exists
# (rule notes show in --explain), and a #anchor after docs/plans.md is an <a id>.
for ref in $(grep -rhoE 'docs/[A-Za-z0-9_./-]*\.md(#[a-z0-9-]+)?' rules plugins engine include examples README.md docs | sort -u); do
    page=${ref%%#*}
    [ -f "$page" ] || { echo "$ref is cited but $page does not exist"; missing=$((missing + 1)); continue; }
    case $ref in *#*) grep -q "<a id=\"${ref#*#}\"></a>" "$page" ||
        { echo "$ref is cited but $page has no <a id=\"${ref#*#}\">"; missing=$((missing + 1)); } ;; esac
done
# No page may say a command of the binary is not there.
if grep -rn "not in the binary yet" docs README.md; then missing=$((missing + 1)); fi
echo "references: $missing missing"
[ "$missing" = 0 ]
