"""/v1/batch streams: a chunked upload of 20,000 records (about 11 MB in,
about 40 MB of results out) is answered with 20,000 lines in order, and the
server's peak memory grows by less than the upload's size (neither the body
nor the results are held in memory).  The memory bound is not checked under
AddressSanitizer (PLANCHECK_SANITIZED=1), whose quarantine keeps freed memory.

usage: stream.py PLANCHECK SRC_DIR"""

import http.client
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h
from harness import check

h.setup(sys.argv)
N = 20000


def peak_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def records():
    batch = []
    for i in range(N):
        batch.append(json.dumps({"id": "91210204MA0QF3K591", "region": "210204", "is_sme": i % 2 == 0,
                                 "invention_grants_domestic": i % 7, "invention_grants_foreign": i % 3,
                                 "name": "示例企业%d" % i + "有限公司" * 40}, ensure_ascii=False).encode() + b"\n")
        if len(batch) == 500:
            yield b"".join(batch)
            batch = []
    if batch:
        yield b"".join(batch)


size = sum(len(c) for c in records())
s = h.Server(threads=1)
s.request("POST", "/v1/batch?as_of=2018-06-30", b'{"id": "91210204MA0QF3K591", "region": "210204"}\n',
          {"Content-Type": "application/x-ndjson"})
before = peak_kb(s.proc.pid)
c = http.client.HTTPConnection("127.0.0.1", s.port, timeout=600)
c.request("POST", "/v1/batch?as_of=2018-06-30", body=records(), encode_chunked=True,
          headers={"Content-Type": "application/x-ndjson", "Transfer-Encoding": "chunked"})
r = c.getresponse()
n = out = 0
in_order = True
for line in r:
    out += len(line)
    j = json.loads(line)
    n += 1
    in_order &= j["subject"]["name"].startswith("示例企业%d有" % (n - 1))
c.close()
after = peak_kb(s.proc.pid)
check(r.status == 200 and n == N and in_order, "%d records in (%d bytes), %d results out (%d bytes), in order"
      % (N, size, n, out))
grew = after - before
if os.environ.get("PLANCHECK_SANITIZED"):
    print("peak memory grew by %d KB (not checked under ASan)" % grew)
else:
    check(grew * 1024 < size / 2, "peak memory grew by %d KB, under half the upload (%d KB)" % (grew, size // 1024))
s.stop()
h.finish()
