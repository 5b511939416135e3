#!/bin/sh
# tests/html/run.sh -- the HTML writer (check/progress --format html):
# every page validates with tidy, holds no http:/https: reference (no
# external request of any kind), no <script>, an SVG per drawable target, and
# the charts of a fixed region are byte for byte the golden file.
#   usage: run.sh PLANCHECK SRC_DIR OUT_DIR
#   UPDATE_GOLDEN=1 rewrites the golden file (then look at the diff).
set -eu
bin=$1 src=$2 out=$3
mkdir -p "$out"
cd "$src"
fail=0
page() {   # name, args...
    name=$1; shift
    set +e
    ${PLANCHECK_TEST_WRAPPER:-} "$bin" "$@" > "$out/$name.html" 2> "$out/$name.err"
    rc=$?
    set -e
    [ $rc -eq 0 ] || { echo "FAIL $name: exit $rc"; cat "$out/$name.err"; fail=1; return; }
    if ! tidy -e -q "$out/$name.html" > "$out/$name.tidy" 2>&1; then
        echo "FAIL $name: tidy:"; cat "$out/$name.tidy"; fail=1
    fi
    if grep -n -i -E 'https?:' "$out/$name.html" > /dev/null; then
        echo "FAIL $name: an http(s) reference:"; grep -n -o -i -E '.{0,40}https?:.{0,40}' "$out/$name.html"; fail=1
    fi
    if grep -q -i -E '<script|<link|<img|<iframe|@import|url\(' "$out/$name.html"; then
        echo "FAIL $name: a script or an external resource"; fail=1
    fi
    echo "ok $name"
}
page ent-zoucheng-zh --as-of 2025-06-30 --lang zh --config examples/zoucheng/plancheck-rates.ini --format html check examples/zoucheng/enterprise-high-tech.ini
page ent-zoucheng-en --as-of 2025-06-30 --lang en --format html check examples/zoucheng/enterprise-high-tech.ini
page ent-dalian-zh --as-of 2018-06-30 --lang zh --config examples/dalian/plancheck-amounts.ini --format html check examples/dalian/enterprise-grants.ini
page ent-dalian-received --as-of 2018-06-30 --lang en --config examples/dalian/plancheck-amounts.ini --format html check examples/dalian/enterprise-received.json
page ent-harbin-missing --as-of 2011-06-30 --lang zh --format html check examples/harbin/enterprise-missing.json
page ent-guangzhou --as-of 2017-06-30 --lang zh --format html check examples/guangzhou/enterprise-domestic-case.ini
page region-zoucheng-zh --as-of 2025-06-30 --lang zh --format html progress examples/zoucheng/region-zoucheng.ini
page region-zoucheng-en --as-of 2025-06-30 --lang en --format html progress examples/zoucheng/region-zoucheng.ini
page region-dalian --as-of 2018-06-30 --lang zh --format html progress examples/dalian/region-dalian.ini
page region-guangzhou --as-of 2018-06-30 --lang en --format html progress examples/guangzhou/region-guangzhou.ini
page region-harbin --as-of 2009-06-30 --lang zh --format html progress examples/harbin/region-harbin.ini
page region-jilin --as-of 2014-06-30 --lang zh --format html progress examples/jilin/region-jilin.ini

# data is escaped: a name with markup comes out as text
printf '[enterprise]\nid = 91370883MA3CK7N24T\nname = <b>"A&B"</b>\nregion = 370883\n' > "$out/hostile.ini"
page hostile --as-of 2025-06-30 --lang zh --format html check "$out/hostile.ini"
grep -q '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;' "$out/hostile.html" || { echo "FAIL hostile: the name is not escaped"; fail=1; }
grep -q '<b>"A&B"' "$out/hostile.html" && { echo "FAIL hostile: raw markup"; fail=1; }

# one chart per target with data, one point per year of data
charts=$(grep -o '<svg class="chart"' "$out/region-zoucheng-zh.html" | wc -l)
targets=$(grep -o '<article class="card target' "$out/region-zoucheng-zh.html" | wc -l)
[ "$charts" -gt 0 ] && [ "$charts" -eq "$targets" ] || { echo "FAIL: $charts charts for $targets targets"; fail=1; }

# the golden charts of Zoucheng's 2024 plan (as of 2025-06-30)
grep -o '<svg class="chart".*</svg>' "$out/region-zoucheng-zh.html" > "$out/zoucheng-charts.svg"
golden=tests/html/zoucheng-charts.golden.svg
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$out/zoucheng-charts.svg" "$golden"
elif ! cmp -s "$golden" "$out/zoucheng-charts.svg"; then
    echo "FAIL: the charts differ from $golden:"; diff "$golden" "$out/zoucheng-charts.svg" | head -20; fail=1
fi
exit $fail
