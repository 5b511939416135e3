"""What the service tests share: starting `plancheck serve` on 127.0.0.1 with
a port the kernel picks (--listen 127.0.0.1:0; the server prints the port it
got), stopping it with SIGTERM (exit 0 expected, which under ASan also means
no leak), HTTP requests with python's http.client, and the CLI for the
answers to compare with."""

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

PLANCHECK = SRC = None
FAILURES = []
START_TIMEOUT = 60   # seconds; the ASan build compiles the plans slowly


def setup(argv):
    global PLANCHECK, SRC
    PLANCHECK, SRC = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    os.chdir(SRC)


def env():
    e = dict(os.environ)
    e["PLANCHECK_CONFIG"] = ""
    e["LANG"] = "C.UTF-8"
    return e


class Server:
    def __init__(self, *args, config=None, threads=2):
        self.dir = tempfile.mkdtemp(prefix="pc-serve-")
        self.log = os.path.join(self.dir, "stderr")
        cmd = [PLANCHECK]
        if config is not None:
            path = os.path.join(self.dir, "plancheck.ini")
            with open(path, "w") as f:
                f.write(config)
            cmd += ["--config", path]
            self.config = path
        cmd += ["serve", "--listen", "127.0.0.1:0", "--threads", str(threads)] + list(args)
        self.err = open(self.log, "w")
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=self.err, env=env())
        deadline = time.time() + START_TIMEOUT
        self.port = None
        while time.time() < deadline:
            m = re.search(r"plancheck: \S* ?http://127\.0\.0\.1:(\d+)/", self.stderr())   # serving / 在 (--lang zh)
            if m:
                self.port = int(m.group(1))
                break
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        if not self.port:
            raise RuntimeError("the server did not start:\n" + self.stderr())

    def stderr(self):
        with open(self.log, errors="replace") as f:
            return f.read()

    def wait_for(self, text, timeout=60):
        """Whether text shows on the server's stderr within timeout seconds."""
        deadline = time.time() + timeout
        while time.time() < deadline and text not in self.stderr():
            time.sleep(0.05)
        return text in self.stderr()

    def request(self, method, path, body=None, headers=None, timeout=30):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        h = dict(headers or {})
        if body is not None and "Content-Type" not in h:
            h["Content-Type"] = "application/json"
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        c.close()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data

    def signal(self, sig):
        self.proc.send_signal(sig)

    def stop(self, timeout=60):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            rc = "killed after %d s" % timeout
        self.err.close()
        check(rc == 0, "the server exits 0 on SIGTERM (got %s)" % rc, self.stderr()[-3000:])
        return rc


def cli(*args, stdin=None):
    p = subprocess.run([PLANCHECK] + list(args), input=stdin, capture_output=True, env=env(), timeout=120)
    return p.returncode, p.stdout, p.stderr


def check(ok, what, detail=""):
    if ok:
        print("ok   " + what)
    else:
        print("FAIL " + what)
        if detail:
            print("     " + str(detail)[:2000].replace("\n", "\n     "))
        FAILURES.append(what)
    return ok


def without_ids(body):
    """A response body with rules_version and decision_id taken back out: the
    bytes the CLI prints for the same input."""
    m = re.search(rb',?"rules_version":"[0-9a-f]{64}","decision_id":"[0-9a-f-]{36}"\}\n?$', body)
    if not m:
        return None
    return body[:m.start()] + b"}"


def finish():
    print("%d failed" % len(FAILURES))
    for f in FAILURES:
        print("  " + f)
    sys.exit(1 if FAILURES else 0)
