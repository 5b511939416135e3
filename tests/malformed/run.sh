#!/bin/sh
# Runs plancheck on every malformed input of cases.txt and checks the exit
# code, that stderr holds the expected text (and names the file when the
# exit code is not 0) and that stdout is valid UTF-8 (iconv).  Generates the two 100 MB JSON Lines inputs in a
# temporary directory first.  Prints one line per failing case and a count.
#
#   tests/malformed/run.sh PLANCHECK [CASES]
#
# Environment:
#   PLANCHECK_MALFORMED_ONLY=text      run the cases whose file contains text
#   PLANCHECK_MALFORMED_NO_HUGE=1      skip the 100 MB cases
#   PLANCHECK_TEST_WRAPPER=cmd         run plancheck under cmd (valgrind ...)
#   PLANCHECK_MALFORMED_VERBOSE=1      show stderr of the failing cases
#   PLANCHECK_MALFORMED_TIMEOUT=120    seconds a case may take (with timeout(1))
set -u
if [ $# -lt 1 ]; then
    echo "usage: tests/malformed/run.sh PLANCHECK [CASES]" >&2
    exit 64
fi
plancheck=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cases=${2:-$here/cases.txt}
case $plancheck in /*) ;; *) plancheck=$(pwd)/$plancheck ;; esac
[ -x "$plancheck" ] || { echo "run.sh: $plancheck is not executable" >&2; exit 64; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/plancheck-malformed.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
# No ./plancheck.ini and no $PLANCHECK_CONFIG may change the outcome.
cd "$tmp" || exit 70
export PLANCHECK_CONFIG=
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# ---- generated inputs --------------------------------------------------------------
# Three JSON Lines records; the second is one line of 100 MB (104857600 bytes
# of name), either never closed (invalid JSON) or a complete object whose
# name no registry record can sensibly have.  Either way that record must be
# reported and the third still evaluated.
gen_huge() {   # gen_huge FILE valid|invalid
    {
        printf '{"id": "91210204MA0QF3K591", "region": "210204", "invention_grants_domestic": 12}\n'
        printf '{"id": "huge-record", "region": "210204", "name": "'
        head -c 104857600 /dev/zero | tr '\0' 'a'
        [ "$2" = valid ] && printf '"}'
        printf '\n{"id": "91210211MA0XN42B6U", "region": "210211", "invention_grants_domestic": 7}\n'
    } > "$1"
}

# A case that runs away fails instead of hanging the suite.
limit=""
command -v timeout > /dev/null 2>&1 && limit="timeout ${PLANCHECK_MALFORMED_TIMEOUT:-120}"

iconv=""
command -v iconv > /dev/null 2>&1 && iconv="iconv"

pass=0 fail=0 skipped=0
failed_cases=""
report_fail() {   # report_fail FILE WHY
    fail=$((fail + 1))
    failed_cases="$failed_cases $1"
    echo "FAIL $1: $2"
    if [ "${PLANCHECK_MALFORMED_VERBOSE:-}" = 1 ]; then
        sed 's/^/    | /' "$tmp/err" | head -20
    fi
}

while IFS= read -r line || [ -n "$line" ]; do
    case $line in ''|'#'*) continue ;; esac
    file=${line%%|*}; rest=${line#*|}
    want=${rest%%|*}; rest=${rest#*|}
    case $rest in *'|'*) text=${rest%%|*}; cmd=${rest#*|} ;; *) text=$rest; cmd= ;; esac
    if [ -n "${PLANCHECK_MALFORMED_ONLY:-}" ]; then
        case $file in *"$PLANCHECK_MALFORMED_ONLY"*) ;; *) continue ;; esac
    fi
    case $file in
        @tmp/*)
            if [ "${PLANCHECK_MALFORMED_NO_HUGE:-}" = 1 ]; then
                skipped=$((skipped + 1))
                continue
            fi
            path=$tmp/${file#@tmp/}
            case $file in
                *huge-line-valid*) [ -f "$path" ] || gen_huge "$path" valid ;;
                *huge-line-invalid*) [ -f "$path" ] || gen_huge "$path" invalid ;;
            esac
            name=${file#@tmp/} ;;
        *)
            path=$here/$file
            name=$file ;;
    esac
    if [ -z "$cmd" ]; then
        case $file in
            enterprise/*) cmd='check {}' ;;
            region/*) cmd='progress {}' ;;
            batch/*) cmd='batch --threads 1 {}' ;;
            batch-region/*) cmd='batch --kind region --threads 1 {}' ;;
            config/*) cmd='--config {} plans' ;;
            regressions/fuzz_json-*|regressions/fuzz_ini-*) cmd='check {}' ;;
            regressions/fuzz_csv-*) cmd='batch --threads 1 {}' ;;
            regressions/fuzz_config-*) cmd='--config {} plans' ;;
            regressions/fuzz_rules-*) cmd='lint {}' ;;
            *) report_fail "$file" "no command for this folder (give one in the 4th field)"; continue ;;
        esac
    fi
    # {} -> the file, @SRC@ -> the source directory; split on spaces (no
    # argument of a case holds one).
    set -f
    args=""
    for word in $cmd; do
        case $word in
            '{}') word=$path ;;
            *@SRC@*) word=$root${word#*@SRC@} ;;
        esac
        args="$args $word"
    done
    # shellcheck disable=SC2086
    set -- $args
    set +f
    # shellcheck disable=SC2086
    $limit ${PLANCHECK_TEST_WRAPPER:-} "$plancheck" --as-of 2018-06-30 "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null
    rc=$?
    why=""
    if [ -n "$limit" ] && [ "$rc" = 124 ]; then
        why="timed out after ${PLANCHECK_MALFORMED_TIMEOUT:-120} s"
    elif [ "$rc" != "$want" ]; then
        why="exit $rc, expected $want"
    fi
    # Every substring (joined by &&) must appear.
    t=$text
    while [ -n "$t" ]; do
        part=${t%%&&*}
        case $t in *'&&'*) t=${t#*&&} ;; *) t= ;; esac
        if [ -n "$part" ] && ! grep -qF -- "$part" "$tmp/err"; then
            why="${why:+$why; }stderr lacks \"$part\""
        fi
    done
    # What plancheck writes on stdout (text, JSON, CSV) is UTF-8, whatever the input held.
    if [ -n "$iconv" ] && ! iconv -f UTF-8 -t UTF-8 < "$tmp/out" > /dev/null 2>&1; then
        why="${why:+$why; }stdout is not valid UTF-8"
    fi
    if [ "$want" != 0 ] && ! grep -qF -- "$name" "$tmp/err"; then
        why="${why:+$why; }stderr does not name $name"
    fi
    # Batches: every record read yields one line, a result or an error object.
    case " $* " in
        *" batch "*)
            summary=$(sed -n 's/^plancheck: \([0-9]*\) records read, \([0-9]*\) evaluated, \([0-9]*\) failed.*/\1 \2 \3/p' "$tmp/err")
            if [ -n "$summary" ]; then
                # shellcheck disable=SC2086
                set -- $summary
                lines=$(wc -l < "$tmp/out")
                errors=$(grep -c '^{"record":' "$tmp/out")
                [ "$lines" -eq "$1" ] || why="${why:+$why; }$lines output lines for $1 records read"
                [ "$errors" -eq "$3" ] || why="${why:+$why; }$errors error objects for $3 records failed"
                [ $(($2 + $3)) -eq "$1" ] || why="${why:+$why; }$1 read but $2 evaluated + $3 failed"
            fi ;;
    esac
    if [ -n "$why" ]; then
        report_fail "$file" "$why"
    else
        pass=$((pass + 1))
    fi
done < "$cases"

echo "malformed: $pass passed, $fail failed${skipped:+, $skipped skipped}"
[ "$fail" = 0 ]
