"""Abuse: slow headers and slow bodies are cut after the timeout while other
clients are served; 2,000 concurrent connections; a rule whose check{}
exhausts its budget fails that request alone; bodies just under and over the
limit; malformed HTTP; 503 when overloaded.

usage: abuse.py PLANCHECK SRC_DIR"""

import json
import os
import resource
import selectors
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h
from harness import check

h.setup(sys.argv)

GOOD = b'{"id": "91210204MA0QF3K591", "region": "210204", "invention_grants_domestic": 2}'


def served_quickly(s, what):
    t = time.time()
    status, _, _ = s.request("POST", "/v1/check?as_of=2018-06-30", GOOD, timeout=5)
    check(status == 200 and time.time() - t < 2, what)


def closed_within(sock, seconds):
    """Waits for the server to close sock; returns the time it took or None."""
    t = time.time()
    sock.settimeout(seconds)
    try:
        while True:
            d = sock.recv(65536)
            if not d:
                return time.time() - t
    except (ConnectionResetError, BrokenPipeError):
        return time.time() - t
    except socket.timeout:
        return None


def test_slow(s):
    slow_head = socket.create_connection(("127.0.0.1", s.port))
    slow_head.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\n")
    slow_body = socket.create_connection(("127.0.0.1", s.port))
    slow_body.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 100\r\n\r\n{\"id\":")
    start = time.time()
    served_quickly(s, "a client is served while two connections stall")
    t1 = closed_within(slow_head, 10)
    t1 = t1 and time.time() - start
    t2 = closed_within(slow_body, 10)
    t2 = t2 and time.time() - start
    check(t1 is not None and t1 < 6, "slow headers are cut after the timeout (2 s): %s s" % t1)
    check(t2 is not None and t2 < 6, "a slow body is cut after the timeout (2 s): %s s" % t2)
    slow_head.close()
    slow_body.close()
    served_quickly(s, "served after the cuts")


def test_concurrent(s, n=2000):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, n + 200)), hard))
    socks = []
    for _ in range(n):
        socks.append(socket.create_connection(("127.0.0.1", s.port), timeout=60))
    sel = selectors.DefaultSelector()
    req = b"GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    for c in socks:
        c.sendall(req)
        c.setblocking(False)
        sel.register(c, selectors.EVENT_READ, bytearray())
    done = {}
    deadline = time.time() + 120
    while len(done) < n and time.time() < deadline:
        for key, _ in sel.select(timeout=1):
            try:
                d = key.fileobj.recv(65536)
            except (ConnectionResetError, BlockingIOError):
                d = b""
            if d:
                key.data.extend(d)
            else:
                done[key.fileobj] = bytes(key.data)
                sel.unregister(key.fileobj)
    ok = sum(1 for v in done.values() if v.startswith(b"HTTP/1.1 200") and v.endswith(b"}\n"))
    check(ok == n, "%d concurrent connections, %d answered 200 with a whole body" % (n, ok))
    for c in socks:
        c.close()


def test_limits():
    s = h.Server(config="[serve]\ntimeout_s = 2\nmax_body_bytes = 4096\n")
    test_slow(s)
    test_concurrent(s)
    under = GOOD[:-1] + b" " * (4096 - len(GOOD)) + b"}"
    over = GOOD[:-1] + b" " * (4097 - len(GOOD)) + b"}"
    status, _, _ = s.request("POST", "/v1/check?as_of=2018-06-30", under)
    check(len(under) == 4096 and status == 200, "a body of exactly the limit is read (%d)" % status)
    status, _, data = s.request("POST", "/v1/check?as_of=2018-06-30", over)
    check(len(over) == 4097 and status == 413 and json.loads(data)["status"] == 413, "one byte over: 413")

    def chunked(body):
        c = h.http.client.HTTPConnection("127.0.0.1", s.port, timeout=10)
        c.request("POST", "/v1/check?as_of=2018-06-30", body=iter([body[:1000], body[1000:]]), encode_chunked=True,
                  headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"})
        r = c.getresponse()
        r.read()
        c.close()
        return r.status
    check(chunked(under) == 200, "chunked, at the limit: read")
    check(chunked(over) == 413, "chunked, over the limit: 413 as the bytes arrive")
    # malformed HTTP: refused by libmicrohttpd, the server goes on
    for bad in (b"GARBAGE\r\n\r\n", b"GET /v1/health HTTP/1.1\r\nno colon here\r\n\r\n",
                b"GET /v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
                b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX: " + b"a" * 40000 + b"\r\n\r\n"):
        c = socket.create_connection(("127.0.0.1", s.port), timeout=10)
        try:
            c.sendall(bad)
            got = c.recv(65536)
        except (ConnectionResetError, BrokenPipeError):
            got = b""
        c.close()
        check(got == b"" or got.startswith(b"HTTP/1.1 4"), "malformed request %r: a 4xx or a closed connection"
              % bad[:30], got[:200])
    served_quickly(s, "served after malformed requests")
    s.stop()


def test_overload():
    s = h.Server(config="[serve]\nmax_inflight = 1\ntimeout_s = 5\n")
    stall = socket.create_connection(("127.0.0.1", s.port))
    stall.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 100\r\n\r\n{")
    time.sleep(0.2)
    status, hd, data = s.request("GET", "/v1/health")
    check(status == 503 and hd.get("retry-after") == "1" and json.loads(data)["status"] == 503,
          "over max_inflight: 503 with Retry-After", (status, data[:200]))
    stall.close()
    time.sleep(0.3)
    status, _, _ = s.request("GET", "/v1/health")
    check(status == 200, "below max_inflight again: 200")
    s.stop()


def test_budget():
    s = h.Server("--rules", "tests/rules/hostile/loop-at-eval", config="[engine]\nlua_instructions = 2000000\n")
    with open("tests/data/batch/hostile-eval.jsonl", "rb") as f:
        first, second = f.read().splitlines()[:2]
    status, _, data = s.request("POST", "/v1/check?as_of=2021-06-30", first)
    p = json.loads(data)
    check(status == 500 and "instruction limit exceeded" in data.decode() and "hostile/spin" in p["detail"],
          "a rule that exhausts its budget fails its request: 500 naming the rule", data[:400])
    status, _, data = s.request("POST", "/v1/check?as_of=2021-06-30&lang=zh", first)
    p = json.loads(data)
    check(status == 500 and p["title"] == "服务器内部错误" and "规则 hostile/spin 运行失败:" in p["detail"]
          and "指令数超出上限(2000000 条指令;[engine] lua_instructions)" in p["detail"]
          and p["errors"][0]["message_id"] == "RULE_FAILED",
          "lang=zh: the rule's failure and the sandbox's refusal in Chinese, the same message_id", data[:600])
    status, _, data = s.request("POST", "/v1/check?as_of=2021-06-30", second)
    check(status == 200, "the next request is answered", data[:200])
    status, _, data = s.request("POST", "/v1/batch?as_of=2021-06-30", first + b"\n" + second + b"\n",
                                {"Content-Type": "application/x-ndjson"})
    lines = [json.loads(l) for l in data.splitlines()]
    check(status == 200 and lines[0]["errors"] and "results" in lines[1] and lines[1].get("subject"),
          "in a batch, the record fails alone")
    s.stop()


test_limits()
test_overload()
test_budget()
h.finish()
