#!/bin/sh
# The template reads back (issue 14, item 6): the blank Zoucheng enterprise
# form, filled in with sed as a person fills it in an editor, passes `check`;
# the blank form itself is refused with one clear error per empty field (exit
# 65), not a crash; the region form, filled, passes `progress`.
# usage: fill.sh PLANCHECK
set -u
pc=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
ok() { echo "ok - $1"; }
fail() { failures=$((failures + 1)); echo "FAIL - $1"; }
asof="--as-of 2025-06-30"

"$pc" $asof template --region 370883 > "$work/blank.ini" || fail "template exits $?"
"$pc" $asof check "$work/blank.ini" > "$work/out" 2> "$work/err"
rc=$?
if [ "$rc" = 65 ] && grep -q "blank.ini:[0-9]*: field 'is_sme': expected boolean, got ''" "$work/err" &&
    grep -q "field 'zoucheng_patent_pledge_loan_yuan': expected money" "$work/err"; then
    ok "blank form: exit 65, an error naming each empty field"
else
    fail "blank form: exit $rc: $(head -3 "$work/err")"
fi

sed -e 's/^id =$/id = 91370883MA3FQ2L664/' \
    -e 's/^is_sme =$/is_sme = true/' \
    -e 's/^is_[a-z_]* =$/& false/' \
    -e 's/^ip_advantage_level =$/ip_advantage_level = provincial/' \
    -e 's/^ip_full_time_staff =$/ip_full_time_staff = 2/' \
    -e 's/^zoucheng_patent_pledge_loan_yuan =$/zoucheng_patent_pledge_loan_yuan = 3000000/' \
    -e 's/^zoucheng_patent_pledge_interest_yuan =$/zoucheng_patent_pledge_interest_yuan = 120000/' \
    -e 's/^zoucheng_[a-z_]* =$/& true/' "$work/blank.ini" > "$work/filled.ini"
if grep -q '^[a-z_]* =$' "$work/filled.ini"; then
    fail "the sed script left a field blank: $(grep '^[a-z_]* =$' "$work/filled.ini" | head -1)"
fi
"$pc" $asof --format json check "$work/filled.ini" > "$work/out" 2> "$work/err"
rc=$?
if [ "$rc" = 0 ] && grep -q '"patent-pledge-interest-subsidy"' "$work/out" &&
    grep -q '"errors":\[\]' "$work/out" && ! grep -q '"missing":\[[^]]' "$work/out"; then
    ok "filled form: check exits 0, every rule decided, no missing field"
else
    fail "filled form: check exits $rc: $(head -3 "$work/err") $(head -c 300 "$work/out")"
fi

"$pc" $asof --kind region template --region 370883 > "$work/region.ini" || fail "region template exits $?"
sed -e 's/^\([a-z_0-9]*\) =$/\1 = 10/' "$work/region.ini" > "$work/region-filled.ini"
"$pc" $asof --format json progress "$work/region-filled.ini" > "$work/out" 2> "$work/err"
rc=$?
if [ "$rc" = 0 ] && grep -q '"region":"370883"' "$work/out" && grep -q '"errors":\[\]' "$work/out"; then
    ok "filled region form: progress exits 0"
else
    fail "filled region form: progress exits $rc: $(head -3 "$work/err") $(head -c 300 "$work/out")"
fi
echo "template fill: $failures failed"
[ "$failures" = 0 ]
