"""A server started with --lang zh: its lines on stderr (listening, reload,
a reload that fails, stopping) are in Chinese, and so are its problems
without lang= in the query; lang=en still answers in English.

usage: lang.py PLANCHECK SRC_DIR"""

import json
import os
import shutil
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h
from harness import check

h.setup(sys.argv)


rules = os.path.join(h.tempfile.mkdtemp(prefix="pc-rules-"), "rules")
shutil.copytree("rules", rules)
s = h.Server("--lang", "zh", "--rules", rules)
check("plancheck: 在 http://127.0.0.1:%d/ 提供服务,2 个线程,规则 " % s.port in s.stderr(),
      "--lang zh: the listening line in Chinese", s.stderr()[-500:])

status, hd, data = s.request("GET", "/v1/plans/no-such-plan")
p = json.loads(data)
check(status == 404 and p["title"] == "未找到" and p["detail"].startswith("没有已加载的 id 为“no-such-plan”的方案"),
      "--lang zh, no lang=: the problem in the server's language", p)
status, hd, data = s.request("GET", "/v1/plans/no-such-plan?lang=en")
p = json.loads(data)
check(status == 404 and p["title"] == "Not Found" and p["detail"].startswith("no plan with id 'no-such-plan'"),
      "--lang zh, lang=en: the problem in English", p)
status, hd, data = s.request("GET", "/v1/plans?lang=fr")
p = json.loads(data)
check(status == 400 and p["detail"] == "查询参数 lang: 应为 zh 或 en,实际为“fr”",
      "--lang zh, a bad lang=: told in the server's language", p)

s.signal(signal.SIGHUP)
check(s.wait_for("plancheck: 已重新加载:规则 "), "SIGHUP: the reload said in Chinese", s.stderr()[-500:])
with open(os.path.join(rules, "dalian", "dalian-2015.lua"), "a") as f:
    f.write("\nthis is not lua(\n")
s.signal(signal.SIGHUP)
check(s.wait_for("plancheck: 重新加载失败;仍以规则 "), "SIGHUP with a broken rule file: the failure said in Chinese",
      s.stderr()[-800:])
s.stop()
err = s.stderr()
check("plancheck: SIGTERM:正在停止;先完成处理中的请求" in err and "plancheck: 已停止" in err,
      "SIGTERM: stopping and stopped in Chinese", err[-500:])
for english in ("serving http", "reloaded", "reload failed", "stopping", "stopped"):
    check(english not in err, "--lang zh: no English '%s' on stderr" % english)

# --lang en (the default here): the same lines unchanged
s = h.Server("--lang", "en")
check("plancheck: serving http://127.0.0.1:%d/ with 2 threads, rules " % s.port in s.stderr(),
      "--lang en: the listening line unchanged")
s.signal(signal.SIGHUP)
check(s.wait_for("plancheck: reloaded: rules "), "--lang en: the reload line unchanged", s.stderr()[-500:])
s.stop()
check("plancheck: SIGTERM: stopping; finishing the requests in flight" in s.stderr() and
      "plancheck: stopped" in s.stderr(), "--lang en: stopping and stopped unchanged")
h.finish()
