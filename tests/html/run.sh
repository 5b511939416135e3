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

# what a finance officer and an analyst read: enum values by their zh
# labels, money grouped, the conditions once (the checklist, not again as
# reasons), what would make it eligible (to_qualify), figures rounded with
# their unit
page ent-gap-zh --rules tests/rules/gap --plugins "$(dirname "$bin")/plugins" --as-of 2018-06-30 --lang zh --format html \
    check tests/data/gap/enterprise-gap.ini
has() {   # page, text, what
    grep -q -F -- "$2" "$out/$1.html" || { echo "FAIL $1: $3 (no $2)"; fail=1; }
}
hasnt() {
    ! grep -q -F -- "$2" "$out/$1.html" || { echo "FAIL $1: $3 ($2)"; fail=1; }
}
has ent-zoucheng-zh '<td>市级 / 省级 / 国家级</td><td>无</td>' "enum values by their zh labels"
has ent-zoucheng-zh '<td>&gt; 0 元</td><td>5,000,000 元</td>' "money in the checklist with separators"
hasnt ent-zoucheng-zh '<li>专利权质押贷款额 = ' "a condition both in the checklist and as a reason"
has ent-gap-zh '<ul class="to-qualify"><li>满足以下条件即符合条件:知识产权优势示范企业级别 = 省级(现为 无)</li></ul>' \
    "to_qualify on the card"
has ent-gap-zh '<li>或:专精特新企业 = 是(现为 否);' "the alternatives on the card"
has ent-gap-zh '知识产权质押贷款额 ≥ 1,000,000.01 元(现为 1,000,000 元)' "money in to_qualify with separators"
has region-zoucheng-zh '<dt>完成</dt><dd>82.1%</dd>' "progress rounded to one decimal"
has region-zoucheng-zh '<dt>实际</dt><dd>1150 件(2024年)</dd>' "the actual figure with its unit"
has region-zoucheng-zh '<td class="num">1133.33</td>' "the line's figure rounded"
has region-zoucheng-zh '2024年应达 ≈1133.33</li>' "the line's figure rounded (and marked) in the reasons"
has region-zoucheng-zh '本页数值四舍五入显示' "the page says it rounds"
hasnt region-zoucheng-zh '1133.3333' "four decimals of false precision"

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
