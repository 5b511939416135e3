"""Reload and shutdown under load: client loops run while SIGHUP (a changed
parameter, then a broken rule file) and then SIGTERM arrive; no request the
server accepted gets a failed or truncated answer, new requests get the new
rules, a reload that fails keeps the old rules and is counted in /metrics.

usage: reload.py PLANCHECK SRC_DIR"""

import json
import os
import shutil
import signal
import socket
import sys
import threading
import time
import http.client

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h
from harness import check

h.setup(sys.argv)

BODY = b'{"id": "91210204MA0QF3K591", "region": "210204", "invention_grants_domestic": 3, "invention_grants_foreign": 0}'
AMOUNTS = "[plan.dalian-2015]\ninvention-grant-subsidy.domestic_grant_yuan = %d\ninvention-grant-subsidy.foreign_grant_yuan = 1\n"

rules = os.path.join(h.tempfile.mkdtemp(prefix="pc-rules-"), "rules")
shutil.copytree("rules", rules)
s = h.Server("--rules", rules, config=AMOUNTS % 1000)

stop = threading.Event()
sigterm_sent = threading.Event()
results = []          # (time, status, amount, version) of whole answers
bad = []              # what must not happen
lock = threading.Lock()


def amount(data):
    r = json.loads(data)
    for x in r["results"]:
        if x["rule"] == "invention-grant-subsidy":
            return x["amount_yuan"], r["rules_version"]


def client(keep_alive):
    c = None
    while not stop.is_set():
        try:
            if c is None:
                c = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
            c.request("POST", "/v1/check?as_of=2018-06-30", BODY, {"Content-Type": "application/json"})
            r = c.getresponse()
            data = r.read()
            if not keep_alive or r.getheader("Connection", "").lower() == "close":
                c.close()
                c = None
        except (ConnectionRefusedError, ConnectionResetError, http.client.RemoteDisconnected, BrokenPipeError) as e:
            # only once the server stops accepting: a connection it never read from
            if not sigterm_sent.is_set():
                with lock:
                    bad.append("connection error before SIGTERM: %r" % e)
            if c:
                c.close()
            c = None
            if sigterm_sent.is_set() and s.proc.poll() is not None:
                return
            time.sleep(0.01)
            continue
        except (http.client.IncompleteRead, ValueError) as e:
            with lock:
                bad.append("truncated answer: %r" % e)
            c = None
            continue
        try:
            amt, version = amount(data)
            ok = r.status == 200 and len(data) == int(r.getheader("Content-Length"))
        except (ValueError, KeyError, TypeError) as e:
            ok = False
        with lock:
            if ok:
                results.append((time.time(), amt, version))
            else:
                bad.append("status %d: %r" % (r.status, data[:200]))


threads = [threading.Thread(target=client, args=(i % 2 == 0,)) for i in range(4)]
for t in threads:
    t.start()
time.sleep(1)
v1 = results[-1][2]

# SIGHUP with a changed parameter: the new amount, a new version
with open(s.config, "w") as f:
    f.write(AMOUNTS % 2000)
t_hup = time.time()
s.signal(signal.SIGHUP)
s.wait_for("reloaded")
time.sleep(1)
with lock:
    after = [r for r in results if r[0] > time.time() - 0.5]
check(after and all(r[1] == 6000 and r[2] != v1 for r in after), "after SIGHUP: the new parameter, a new rules_version",
      after[-3:])
before = [r for r in results if r[0] < t_hup]
check(before and all(r[1] == 3000 and r[2] == v1 for r in before), "before SIGHUP: the old ones")
v2 = after[-1][2]

# SIGHUP with a broken rule file: the old rules go on serving
with open(os.path.join(rules, "dalian", "dalian-2015.lua"), "a") as f:
    f.write("\nthis is not lua(\n")
s.signal(signal.SIGHUP)
s.wait_for("reload failed")
time.sleep(0.5)
with lock:
    after = [r for r in results if r[0] > time.time() - 0.3]
check("reload failed" in s.stderr() and after and all(r[2] == v2 and r[1] == 6000 for r in after),
      "a reload with a broken rule file keeps the old rules serving, and says so", s.stderr()[-500:])
status, _, data = s.request("GET", "/metrics")
check('plancheck_rule_reloads_total{result="failed"} 1' in data.decode() and
      'plancheck_rule_reloads_total{result="ok"} 1' in data.decode(), "/metrics counts the reloads")

# SIGTERM under load
n_before = len(results)
sigterm_sent.set()
rc = s.stop()
stop.set()
for t in threads:
    t.join(30)
check(len(results) > n_before and len(results) > 100, "%d whole answers in all" % len(results))
check(not bad, "no failed or truncated answer to a request the server accepted", bad[:5])
h.finish()
