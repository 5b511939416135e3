"""Operations (docs/serve.md, "Logs", "Limits", "Signals"): the access log is
one logfmt line per request in the documented format (to stderr by default,
to a file with access_log, reopened on SIGHUP, none with off); no CORS header unless cors_origin
is set; SIGINT stops like SIGTERM (the request in flight answered, exit 0).

usage: ops.py PLANCHECK SRC_DIR"""

import os
import re
import signal
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h
from harness import check

h.setup(sys.argv)

GOOD = b'{"id": "91210204MA0QF3K591", "region": "210204", "invention_grants_domestic": 2}'
LINE = re.compile(r"time=(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) remote=(\S+) method=(\S+) path=(\S+) status=(\d+) "
                  r"bytes=(\d+) duration_ms=(\d+\.\d{3}) decision_id=([0-9a-f-]{36})")


def access_lines(text):
    return [m for m in (LINE.fullmatch(l) for l in text.splitlines() if l.startswith("time=")) if m]


def settled(read, n):
    """What read() gives once it has n access lines (written when an answer is done), or after 10 s."""
    deadline = time.time() + 10
    while time.time() < deadline and text_lines(read()) < n:
        time.sleep(0.05)
    return read()


def text_lines(text):
    return len([l for l in text.splitlines() if l.startswith("time=")])


# the access log on stderr, one line per request, each field as documented
s = h.Server()
answers = [s.request("POST", "/v1/check?as_of=2018-06-30", GOOD), s.request("GET", "/v1/plans/dalian-2015"),
           s.request("GET", "/v1/nothing"), s.request("DELETE", "/v1/health")]
text = settled(s.stderr, 4)
lines = access_lines(text)
check(len(lines) == 4 and text_lines(text) == 4,
      "one access line per request on stderr, each in the documented format", s.stderr()[-1500:])
want = [("POST", "/v1/check"), ("GET", "/v1/plans/{id}"), ("GET", "other"), ("DELETE", "/v1/health")]
by_id = {m.group(8): m for m in lines}   # written when an answer is done: not always in request order
for (status, hd, data), (method, path) in zip(answers, want):
    m = by_id.get(hd["plancheck-decision-id"])
    check(m is not None and m.group(2) == "127.0.0.1" and m.group(3) == method and m.group(4) == path and int(m.group(5)) == status
          and int(m.group(6)) == len(data),
          "access line of %s %s (its decision_id): remote, method, endpoint, status %d, bytes %d"
          % (method, path, status, len(data)), m and m.group(0))
# no CORS unless configured
status, hd, _ = s.request("GET", "/v1/health", headers={"Origin": "https://example.org"})
check(status == 200 and not any(k.startswith("access-control-") for k in hd), "no CORS header by default", hd)
s.stop()

# access_log = FILE: the lines go there; off: nowhere
d = h.tempfile.mkdtemp(prefix="pc-access-")
path = os.path.join(d, "access.log")
s = h.Server(config="[serve]\naccess_log = %s\ncors_origin = https://forms.example.org\n" % path)
status, hd, _ = s.request("POST", "/v1/check?as_of=2018-06-30", GOOD)
check(hd.get("access-control-allow-origin") == "https://forms.example.org",
      "cors_origin sends Access-Control-Allow-Origin with its value", hd)
lines = access_lines(settled(lambda: open(path).read(), 1))
check(len(lines) == 1 and lines[0].group(4) == "/v1/check" and "time=" not in s.stderr(),
      "access_log = FILE: the line goes to the file, not stderr")
# rotation: the file renamed, SIGHUP reopens the path
os.rename(path, path + ".1")
s.signal(signal.SIGHUP)
deadline = time.time() + 30
while time.time() < deadline and not os.path.exists(path):
    time.sleep(0.05)
s.request("GET", "/v1/health")
lines = access_lines(settled(lambda: open(path).read() if os.path.exists(path) else "", 1))
check(len(lines) == 1 and lines[0].group(4) == "/v1/health" and len(access_lines(open(path + ".1").read())) == 1,
      "SIGHUP reopens the access log (rotation): the next line goes to a new file")
s.stop()
s = h.Server(config="[serve]\naccess_log = off\n")
s.request("GET", "/v1/health")
time.sleep(0.2)
check("time=" not in s.stderr(), "access_log = off: no access line")

# SIGINT: stops accepting, answers the request in flight, exits 0
c = socket.create_connection(("127.0.0.1", s.port), timeout=30)
c.sendall(b"POST /v1/check?as_of=2018-06-30 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          b"Content-Length: %d\r\n\r\n" % len(GOOD) + GOOD[:10])
time.sleep(0.3)
s.signal(signal.SIGINT)
check(s.wait_for("SIGINT: stopping; finishing the requests in flight", 30), "SIGINT: the server says it stops")
refused = False
deadline = time.time() + 10   # the message comes just before the listening socket closes
while not refused and time.time() < deadline:
    try:
        late = socket.create_connection(("127.0.0.1", s.port), timeout=5)
        late.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        refused = not late.recv(65536).startswith(b"HTTP/1.1 200")
        late.close()
    except OSError:
        refused = True
    time.sleep(0.05)
check(refused, "SIGINT: new connections are no longer served")
c.sendall(GOOD[10:])
got = b""
while True:
    part = c.recv(65536)
    if not part:
        break
    got += part
c.close()
check(got.startswith(b"HTTP/1.1 200") and got.rstrip().endswith(b"}"), "SIGINT: the request in flight is answered",
      got[:300])
try:
    rc = s.proc.wait(60)
except Exception:
    rc = None
check(rc == 0, "SIGINT: exit 0 (got %s)" % rc, s.stderr()[-1000:])
s.stop()
h.finish()
