"""The watchdog in the service: [engine] eval_timeout_ms bounds every
evaluation of /v1/check (and the pages and /v1/batch, which evaluate the same
way).  With the test plugin "slow" and tests/rules/watchdog: a Lua loop that
only an interrupt stops is answered 500 at the deadline; a native function
that sleeps past the deadline and its grace period is given up (counted in
/metrics, said on stderr), answered 500 when it returns, and its context is
not reused; meanwhile the other worker answers; afterwards every request is
answered as before.

usage: watchdog.py PLANCHECK SRC_DIR PLUGINS_DIR"""

import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h
from harness import check

h.setup(sys.argv)
PLUGINS = os.path.abspath(sys.argv[3])
AS_OF = "2021-06-30"


def subject(id, slow_ms=0, loops=False):
    return json.dumps({"id": id, "region": "150100", "slow_ms": slow_ms, "is_sme": False,
                       "is_high_tech": loops}).encode()


def metric(s, name):
    st, _, data = s.request("GET", "/metrics")
    for line in data.decode().splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    return None


s = h.Server("--rules", "tests/rules/watchdog", "--plugins", PLUGINS, threads=2,
             config="[engine]\neval_timeout_ms = 1000\nlua_instructions = 1000000000000000\n")
try:
    st, _, data = s.request("POST", "/v1/check?as_of=" + AS_OF, subject("good"))
    check(st == 200, "a quick subject is answered", data[:300])

    t0 = time.time()
    st, _, data = s.request("POST", "/v1/check?as_of=" + AS_OF, subject("loops", loops=True), timeout=60)
    took = time.time() - t0
    check(st == 500 and b"deadline" in data, "a Lua loop is interrupted at the deadline: 500", (st, data[:300]))
    check(took < 10, "and answered within seconds (%.1f s)" % took)

    # a native sleeping 4 s: interrupted at 1 s, given up at 1.5 s, answered when it returns
    slow = {}

    def sleeper():
        t = time.time()
        slow["status"], _, slow["body"] = s.request("POST", "/v1/check?as_of=" + AS_OF, subject("sleeps", 4000),
                                                    timeout=60)
        slow["took"] = time.time() - t

    th = threading.Thread(target=sleeper)
    th.start()
    time.sleep(2.5)
    st, _, data = s.request("POST", "/v1/check?as_of=" + AS_OF, subject("meanwhile"))
    check(st == 200, "while one worker is held, the other answers", data[:300])
    check(metric(s, "plancheck_evaluations_given_up_total") == 1, "the stuck evaluation is counted as given up",
          metric(s, "plancheck_evaluations_given_up_total"))
    th.join()
    # the pages evaluate the same way
    t = time.time()
    st, _, data = s.request("GET", "/check?region=150100&lang=en&go=1&id=p&as_of=%s&slow_ms=4000&is_sme=false&is_high_tech=false"
                            % AS_OF, timeout=60)
    check(st == 500 and b"did not end within 1000 ms" in data, "a page's evaluation given up: the form with the reason",
          (st, data[-600:]))
    check(slow.get("status") == 500 and b"did not end within 1000 ms" in slow.get("body", b""),
          "the given-up evaluation is answered 500 when its native call returns", (slow.get("status"), slow.get("body", b"")[:300]))
    check(3.5 < slow.get("took", 0) < 30, "after the native call's 4 s (%.1f s)" % slow.get("took", 0))
    for i in range(4):
        st, _, data = s.request("POST", "/v1/check?as_of=" + AS_OF, subject("after%d" % i))
        check(st == 200, "afterwards requests are answered (%d)" % i, data[:300])
    body = b"\n".join([subject("b1"), subject("b2", loops=True), subject("b3")]) + b"\n"
    st, _, data = s.request("POST", "/v1/batch?as_of=" + AS_OF, body, {"Content-Type": "application/x-ndjson"},
                            timeout=60)
    lines = data.decode().splitlines()
    check(st == 200 and len(lines) == 3 and "deadline" in lines[1] and '"results":[{' in lines[2],
          "/v1/batch: the looping record is interrupted, the next one evaluated", lines)
    check("did not end within its deadline" in s.stderr(), "stderr says an evaluation was given up")
finally:
    s.stop()
h.finish()
