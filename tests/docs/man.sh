#!/bin/sh
# The man page generated from --help (help2man) renders without a warning:
# groff in warning mode, then man-db as a reader would run it.
# usage: man.sh plancheck.1
set -u
page=$1
[ -s "$page" ] || { echo "no man page at $page"; exit 1; }
# ASCII only: groff reads it without preconv whatever the locale
if LC_ALL=C grep -q '[^ -~	]' "$page"; then echo "$page holds bytes that are not ASCII"; exit 1; fi
warnings=$(groff -ww -z -man -Tutf8 "$page" 2>&1)
[ -z "$warnings" ] || { echo "groff warns about $page:"; echo "$warnings"; exit 1; }
out=$(MANWIDTH=80 man -l -Tutf8 "$page" 2>&1 >/dev/null)
[ -z "$out" ] || { echo "man -l warns about $page:"; echo "$out"; exit 1; }
text=$(MANWIDTH=80 man -l "$page" 2>/dev/null)
for c in check progress batch plans lint test template types --region --encoding --lang; do
    echo "$text" | grep -q -- "$c" || { echo "the man page does not mention $c"; exit 1; }
done
echo "man page ok"
