#!/bin/sh
# bench/serve_callgrind.sh [TREE...] -- instructions per request of
# `plancheck serve`, counted by valgrind --tool=callgrind: steadier than
# requests/s on a shared machine, and what bench/serve.sh's goal
# "/v1/check >= 0.7x /v1/health" comes down to (what a check costs beyond
# HTTP itself).
#
# For each source tree (default: this one) with a Release build in
# TREE/build-bench/ (bench/serve.sh makes one; for an older commit:
# `git archive COMMIT | tar -x -C DIR`, then cmake as serve.sh does), one
# server thread under callgrind answers N keep-alive requests (a Python
# http.client loop, one connection): POST /v1/check with the benchmark plan
# (bench/rules), bench/gen.c's records in turn as of 2021-06-30 (as
# bench/serve.sh), then GET /v1/health; each less a run answering one request
# (start-up), divided by the requests left.  Prints /v1/check, /v1/health,
# their difference and health / check.  N: BENCH_REQUESTS, default 2001.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
start=$(pwd)
[ $# -gt 0 ] || set -- "$here"
n=${BENCH_REQUESTS:-2001}
command -v valgrind >/dev/null || { echo "bench: needs valgrind"; exit 69; }
work=$(mktemp -d)
pid=""
cleanup() {
    [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
cc -O2 -Wall -o "$work/gen" "$here/bench/gen.c"
"$work/gen" 1000 jsonl 20261121 2020-2021 > "$work/records.jsonl"
printf '[serve]\naccess_log = off\n' > "$work/serve.ini"
cat > "$work/drive.py" <<'EOF'
import http.client, sys
port, what, n, records = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
recs = open(records, 'rb').read().splitlines()
c = http.client.HTTPConnection('127.0.0.1', port)
for i in range(n):
    if what == 'health':
        c.request('GET', '/v1/health')
    else:
        c.request('POST', '/v1/check?as_of=2021-06-30', body=recs[i % len(recs)],
                  headers={'Content-Type': 'application/json'})
    r = c.getresponse()
    r.read()
    if r.status != 200:
        sys.exit(f'bench: {what} answered {r.status}')
EOF

# ir PLANCHECK WHAT N: instructions of a server answering N requests of WHAT
ir() {
    : > "$work/err"
    valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="$work/vg" "$1" --config "$work/serve.ini" \
        --rules bench/rules serve --listen 127.0.0.1:0 --threads 1 2> "$work/err" &
    pid=$!
    i=0
    until grep -q 'serving http' "$work/err"; do
        sleep 0.1
        i=$((i + 1))
        [ $i -lt 600 ] || { echo "bench: the server did not start:"; cat "$work/err"; exit 70; } >&2
    done
    port=$(sed -n 's|.*serving http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/err")
    python3 "$work/drive.py" "$port" "$2" "$3" "$work/records.jsonl"
    kill -TERM "$pid"
    wait "$pid" || true
    pid=""
    sed -n 's/.*Collected : //p' "$work/vg"
}

for tree; do
    cd "$start"
    cd "$tree"
    pc="$(pwd)/build-bench/plancheck"
    [ -x "$pc" ] || { echo "bench: no $pc (build it as bench/serve.sh does)"; exit 66; }
    check=$(( ($(ir "$pc" check "$n") - $(ir "$pc" check 1)) / (n - 1) ))
    health=$(( ($(ir "$pc" health "$n") - $(ir "$pc" health 1)) / (n - 1) ))
    printf '%s: /v1/check %d, /v1/health %d, check - health %d instructions per request; health / check %s\n' \
        "$tree" "$check" "$health" "$((check - health))" "$(awk -v a="$health" -v b="$check" 'BEGIN { printf "%.2f", a / b }')"
done
