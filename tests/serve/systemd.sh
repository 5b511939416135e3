#!/bin/sh
# serve/systemd: the unit docs/serve.md gives ("A systemd unit") is one
# systemd-analyze verify accepts without a word (its ExecStart pointed at the
# built binary), and it fits the service: reload is SIGHUP, stop is SIGTERM
# with more time than drain_timeout_s's default, a descriptor limit above
# max_connections's default.
# usage: systemd.sh SYSTEMD_ANALYZE PLANCHECK SRC_DIR
set -eu
analyze=$1 plancheck=$2 src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unit=$tmp/plancheck.service
sed -n '/^# \/etc\/systemd\/system\/plancheck.service/,/^```/p' "$src/docs/serve.md" | sed '$d' |
    sed "s#^ExecStart=/usr/local/bin/plancheck #ExecStart=$plancheck #" >"$unit"
grep -q "^ExecStart=$plancheck " "$unit" || { echo "docs/serve.md has no unit starting /usr/local/bin/plancheck"; exit 1; }
out=$("$analyze" verify "$unit" 2>&1) || { echo "$out"; echo "systemd-analyze verify refuses the unit"; exit 1; }
[ -z "$out" ] || { echo "$out"; echo "systemd-analyze verify warns about the unit"; exit 1; }
# and it can fail: a misspelt signal is reported
sed 's/^KillSignal=SIGTERM/KillSignal=SIGTREM/' "$unit" >"$tmp/bad.service"
[ -n "$("$analyze" verify "$tmp/bad.service" 2>&1)" ] || { echo "systemd-analyze verify saw no mistake"; exit 1; }
fail=0
grep -q '^ExecReload=/bin/kill -HUP \$MAINPID$' "$unit" || { echo "the unit does not reload with SIGHUP"; fail=1; }
grep -q '^KillSignal=SIGTERM$' "$unit" || { echo "the unit does not stop with SIGTERM"; fail=1; }
drain=$(sed -n 's/^| `drain_timeout_s` | \([0-9]*\) |.*/\1/p' "$src/docs/serve.md")
conns=$(sed -n 's/^| `max_connections` | \([0-9]*\) |.*/\1/p' "$src/docs/serve.md")
stop=$(sed -n 's/^TimeoutStopSec=//p' "$unit")
nofile=$(sed -n 's/^LimitNOFILE=//p' "$unit")
[ -n "$drain" ] && [ -n "$stop" ] && [ "$stop" -gt "$drain" ] ||
    { echo "TimeoutStopSec=$stop is not above drain_timeout_s ($drain)"; fail=1; }
[ -n "$conns" ] && [ -n "$nofile" ] && [ "$nofile" -gt "$conns" ] ||
    { echo "LimitNOFILE=$nofile is not above max_connections ($conns)"; fail=1; }
[ $fail = 0 ] && echo "systemd: the unit of docs/serve.md verifies; SIGHUP reloads, SIGTERM stops after ${drain}s < ${stop}s"
exit $fail
