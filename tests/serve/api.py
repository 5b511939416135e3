"""The endpoints: every example through the API gives the bytes the CLI gives
(apart from rules_version and decision_id), every error status with a
problem+json body carrying the CLI's message, plans, fields, health,
readiness, metrics, batch, the decision log and its reopening on SIGHUP.

usage: api.py PLANCHECK SRC_DIR"""

import configparser
import glob
import hashlib
import json
import os
import re
import signal
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h
from harness import check, cli, without_ids

h.setup(sys.argv)


def ini_to_json(path):
    """An example INI file as the JSON object the API takes (values as text,
    which the JSON reader reads as the INI reader does)."""
    p = configparser.ConfigParser(comment_prefixes=(";", "#"), interpolation=None, strict=False)
    p.optionxform = str
    with open(path, encoding="utf-8-sig") as f:
        p.read_file(f)
    if p.has_section("region"):
        obj = {"region": p["region"]["code"]}
        if "name" in p["region"]:
            obj["name"] = p["region"]["name"]
        obj["years"] = {s: dict(p[s]) for s in p.sections() if s.isdigit()}
        return obj, "progress"
    obj = dict(p["enterprise"])
    if p.has_section("received"):
        obj["received"] = dict(p["received"])
    return obj, "check"


def examples():
    for path in sorted(glob.glob("examples/*/*.json")):
        kind = "progress" if os.path.basename(path).startswith("region") else "check"
        with open(path, "rb") as f:
            yield path, kind, f.read(), path
    for path in sorted(glob.glob("examples/*/*.ini")):
        if "plancheck-" in path:
            continue
        obj, kind = ini_to_json(path)
        yield path, kind, json.dumps(obj, ensure_ascii=False).encode(), path


def test_examples(s):
    n = same = 0
    for as_of in ("2013-06-30", "2018-06-30", "2025-06-30"):
        for lang in ("en", "zh"):
            for name, kind, body, path in examples():
                rc, out, err = cli("--as-of", as_of, "--lang", lang, "--format", "json", kind, path)
                status, headers, data = s.request("POST", "/v1/%s?as_of=%s&lang=%s" % (kind, as_of, lang), body)
                n += 1
                if rc == 0:
                    ok = status == 200 and without_ids(data) == out.rstrip(b"\n")
                    if not check(ok, "%s %s %s: the API gives the CLI's bytes" % (name, as_of, lang),
                                 "status %d\nAPI %s\nCLI %s" % (status, data[:600], out[:600])):
                        continue
                    same += 1
                else:
                    # bad data: 422 with the CLI's messages
                    cli_errors = [e["message"] for e in json.loads(out)["errors"]]
                    ok = status == 422 and headers["content-type"] == "application/problem+json"
                    api = json.loads(data)
                    ok = ok and [e["message"] for e in api.get("errors", [])] == cli_errors
                    check(ok, "%s %s %s: refused with 422 and the CLI's messages" % (name, as_of, lang),
                          "status %d %s\nCLI %s" % (status, data[:600], cli_errors))
    check(n > 50 and same > 40, "%d example runs compared, %d evaluated byte-identical" % (n, same))
    # explain
    rc, out, _ = cli("--as-of", "2018-06-30", "--format", "json", "--explain", "check",
                     "examples/dalian/enterprise-received.json")
    with open("examples/dalian/enterprise-received.json", "rb") as f:
        status, _, data = s.request("POST", "/v1/check?as_of=2018-06-30&explain=true", f.read())
    check(status == 200 and without_ids(data) == out.rstrip(b"\n") and b'"trace"' in data,
          "explain=true gives the CLI's --explain trace")


def problem(s, what, status_want, method, path, body=None, headers=None, detail=None):
    status, hd, data = s.request(method, path, body, headers)
    ok = status == status_want and hd.get("content-type") == "application/problem+json"
    try:
        p = json.loads(data)
        ok = ok and p["status"] == status_want and p["title"] and re.fullmatch("[0-9a-f]{64}", p["rules_version"]) \
            and p["decision_id"] == hd.get("plancheck-decision-id")
        if detail:
            ok = ok and detail in p["detail"]
    except ValueError:
        ok = False
    check(ok, "%s: %d problem+json" % (what, status_want), "%d %s %s" % (status, hd, data[:500]))
    return hd, data


def raw(s, payload, wait=5):
    """Sends bytes on a fresh connection; returns what comes back until close."""
    c = socket.create_connection(("127.0.0.1", s.port), timeout=wait)
    c.sendall(payload)
    got = b""
    try:
        while True:
            d = c.recv(65536)
            if not d:
                break
            got += d
    except socket.timeout:
        pass
    c.close()
    return got


def test_errors(s):
    # 400: malformed JSON, the message and line the CLI gives
    bad = b'{\n  "id": "91210204MA0QF3K591",\n  "region": 210204\n  "x": 1\n}'
    rc, out, err = cli("--format", "json", "check", "-", stdin=bad)
    hd, data = problem(s, "malformed JSON", 400, "POST", "/v1/check", bad)
    cli_msg = json.loads(out.splitlines()[0])["errors"][0]
    api_msg = json.loads(data)["errors"][0]
    check(api_msg["message"] == cli_msg["message"] and api_msg["line"] == cli_msg["line"],
          "malformed JSON: the CLI's message and line", "%s / %s" % (api_msg, cli_msg))
    problem(s, "an empty body", 400, "POST", "/v1/check", b"")
    # 422: valid JSON, bad data: the same message and field as the CLI
    badval = b'{"id": "91210204MA0QF3K591", "region": "210204", "invention_grants_domestic": -3}'
    rc, out, err = cli("--format", "json", "check", "-", stdin=badval)
    hd, data = problem(s, "a negative count", 422, "POST", "/v1/check", badval)
    cli_msg = json.loads(out.splitlines()[0])["errors"][0]
    api_msg = json.loads(data)["errors"][0]
    check(api_msg["message"] == cli_msg["message"] and api_msg["field"] == cli_msg["field"] == "invention_grants_domestic",
          "bad data: the CLI's message and field", "%s / %s" % (api_msg, cli_msg))
    problem(s, "an unknown region", 422, "POST", "/v1/check", b'{"id": "91210204MA0QF3K591", "region": "999999"}')
    # lang=zh: the detail and each message in Chinese, as the CLI's --lang zh; the same message_id
    rc, out, err = cli("--lang", "zh", "--format", "json", "check", "-", stdin=badval)
    hd, data = problem(s, "a negative count, lang=zh", 422, "POST", "/v1/check?lang=zh", badval,
                       detail="字段 当年国内发明专利授权量(invention_grants_domestic): 应为非负整数")
    zh_msg = json.loads(data)["errors"][0]
    check(zh_msg["message"] == json.loads(out.splitlines()[0])["errors"][0]["message"]
          and zh_msg["message_id"] == api_msg["message_id"] == "EXPECTED_TYPE",
          "lang=zh: the CLI's zh message, the same message_id", "%s / %s" % (zh_msg, api_msg))
    # the service's own problems under lang=zh: title (RFC 9457 4.2.1: the status phrase, localized) and
    # detail in Chinese; without lang (the server's --lang, en here) unchanged
    for what, want, method, path, body, headers, title, detail in [
            ("a bad as_of", 400, "POST", "/v1/check?as_of=2018-13-01&lang=zh", b"{}", None, "请求有误",
             "查询参数 as_of: 应为日期 YYYY-MM-DD,实际为“2018-13-01”"),
            ("kind on /v1/check", 400, "POST", "/v1/check?lang=zh&kind=region", b"{}", None, "请求有误",
             "查询参数 kind: 只用于 /v1/batch 和 /v1/fields"),
            ("/v1/fields without region", 400, "GET", "/v1/fields?lang=zh", None, None, "请求有误",
             "查询参数 region: 必须给出,为六位 GB/T 2260 行政区划代码"),
            ("an empty body", 400, "POST", "/v1/check?lang=zh", b"", None, "请求有误", "请求体为空:应为一个 JSON 对象"),
            ("an unknown path", 404, "GET", "/v1/nothing?lang=zh", None, None, "未找到",
             "没有此资源:/v1/nothing(GET /v1/openapi.json 列出全部资源)"),
            ("an unknown plan", 404, "GET", "/v1/plans/no-such-plan?lang=zh", None, None, "未找到",
             "没有已加载的 id 为“no-such-plan”的方案(GET /v1/plans 列出全部方案)"),
            ("an unknown schema", 404, "GET", "/v1/schema/x.json?lang=zh", None, None, "未找到",
             "没有名为“x.json”的 schema(GET /v1/openapi.json 引用的即是全部)"),
            ("GET on /v1/check", 405, "GET", "/v1/check?lang=zh", None, None, "方法不允许",
             "/v1/check 只接受 POST,不接受 GET"),
            ("text/plain body", 415, "POST", "/v1/check?lang=zh", b"{}", {"Content-Type": "text/plain"},
             "不支持的媒体类型", "应为 Content-Type application/json,实际为 text/plain"),
            ("an empty batch", 422, "POST", "/v1/batch?lang=zh", b"\n", {"Content-Type": "application/x-ndjson"},
             "无法处理的内容", "请求体中没有记录:应为 JSON Lines,每行一个对象")]:
        hd, data = problem(s, what + ", lang=zh", want, method, path, body, headers)
        p = json.loads(data)
        check(p["title"] == title and p["detail"] == detail, what + ", lang=zh: title and detail in Chinese",
              "%s / %s" % (p["title"], p["detail"]))
        hd, data = problem(s, what + ", en", want, method, path.replace("lang=zh", "lang=en"), body, headers)
        p = json.loads(data)
        check(re.fullmatch(r"[A-Za-z ]+", p["title"]) and re.fullmatch(r"[ -~]+", p["detail"]),
              what + ", lang=en: title and detail in English", "%s / %s" % (p["title"], p["detail"]))
    hd, data = problem(s, "a bad as_of, no lang", 400, "POST", "/v1/check?as_of=2018-13-01", b"{}")
    p = json.loads(data)
    check(p["title"] == "Bad Request" and p["detail"] == "query as_of: expected a date YYYY-MM-DD, got '2018-13-01'",
          "no lang: the server's language (en), unchanged", p)
    problem(s, "a bad as_of", 400, "POST", "/v1/check?as_of=2018-13-01", b"{}", detail="as_of")
    problem(s, "a bad lang", 400, "GET", "/v1/plans?lang=fr", detail="lang")
    # 404, 405
    problem(s, "an unknown path", 404, "GET", "/v1/nothing")
    problem(s, "an unknown plan", 404, "GET", "/v1/plans/no-such-plan")
    hd, _ = problem(s, "GET on /v1/check", 405, "GET", "/v1/check")
    check(hd.get("allow") == "POST", "405 names the allowed method", hd)
    hd, _ = problem(s, "POST on /v1/plans", 405, "POST", "/v1/plans", b"{}")
    check(hd.get("allow") == "GET, HEAD", "405 names GET, HEAD", hd)
    # 415
    problem(s, "text/plain body", 415, "POST", "/v1/check", b"{}", {"Content-Type": "text/plain"})
    # 411: a body without Content-Length nor chunked encoding
    got = raw(s, b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")
    check(got.startswith(b"HTTP/1.1 411") and b"application/problem+json" in got, "no Content-Length: 411",
          got[:300])
    # 413: refused from the headers, before any of the body is sent
    got = raw(s, b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 2000000\r\n\r\n")
    check(got.startswith(b"HTTP/1.1 413") and b"application/problem+json" in got,
          "Content-Length over the limit: 413 without reading the body", got[:300])


def test_resources(s):
    rc, out, _ = cli("--format", "json", "plans")
    status, hd, data = s.request("GET", "/v1/plans")
    check(status == 200 and without_ids(data) == out.rstrip(b"\n"), "/v1/plans gives `plans --format json`",
          data[:300])
    status, hd, data = s.request("GET", "/v1/plans/dalian-2015")
    p = json.loads(data)
    check(status == 200 and p["id"] == "dalian-2015" and p["in_force"]["from"] and
          any("quote" in r for r in p["rules"]) and all("cite" in r for r in p["rules"]),
          "/v1/plans/{id}: rules with citations and quotes, in-force window")
    status, hd, data = s.request("HEAD", "/v1/plans")
    check(status == 200 and data == b"", "HEAD answers headers only")
    # fields
    status, hd, data = s.request("GET", "/v1/fields?region=210204&as_of=2018-06-30")
    f = json.loads(data)
    names = [x["name"] for x in f["fields"]]
    check(status == 200 and "invention_grants_domestic" in names and "id" in names and
          all(x["label_zh"] and x["label_en"] and x["type"] for x in f["fields"]),
          "/v1/fields: the fields Dalian's plan reads, with zh/en labels and types", names)
    enums = [x for x in f["fields"] if x["type"] == "enum"]
    check(all(x.get("values") for x in enums), "/v1/fields: enum fields list their allowed values")
    status, hd, data = s.request("GET", "/v1/fields?region=370883&as_of=2025-06-30")
    level = next((x for x in json.loads(data)["fields"] if x["name"] == "ip_advantage_level"), {})
    check(level.get("value_labels_zh") == {"none": "无", "municipal": "市级", "provincial": "省级", "national": "国家级"},
          "/v1/fields: an enum's values with their zh labels", level)
    status, hd, data = s.request("GET", "/v1/fields?region=210204&as_of=2030-06-30")
    check(status == 200 and [x["name"] for x in json.loads(data)["fields"]] == ["id", "region"],
          "/v1/fields: no plan in force, only who and where")
    status, hd, data = s.request("GET", "/v1/fields?region=210200&kind=region&as_of=2018-06-30")
    names = [x["name"] for x in json.loads(data)["fields"]]
    check(status == 200 and "valid_invention_patents" in names, "/v1/fields?kind=region: the targets' metrics", names)
    problem(s, "/v1/fields without region", 400, "GET", "/v1/fields")
    problem(s, "/v1/fields with an unknown region", 422, "GET", "/v1/fields?region=999999")
    # health, ready
    for path, want in (("/v1/health", "ok"), ("/v1/ready", "ready")):
        status, hd, data = s.request("GET", path)
        j = json.loads(data)
        check(status == 200 and j["status"] == want and j["rules_version"] == hd["plancheck-rules-version"] and
              j["decision_id"] == hd["plancheck-decision-id"], path + " with rules_version and decision_id")


def test_batch(s):
    for name in ("mixed.jsonl",):
        path = "tests/data/batch/" + name
        rc, out, err = cli("--as-of", "2018-06-30", "batch", "-q", "--threads", "1", path)
        with open(path, "rb") as f:
            status, hd, data = s.request("POST", "/v1/batch?as_of=2018-06-30", f.read(),
                                         {"Content-Type": "application/x-ndjson"})
        lines = data.split(b"\n")[:-1]
        ok = status == 200 and hd["content-type"] == "application/x-ndjson"
        want = out.replace(path.encode(), b"request").split(b"\n")[:-1]
        ok = ok and [without_ids(l + b"\n") for l in lines] == want
        check(ok, "/v1/batch %s: the CLI batch's lines, in order" % name, "%d\n%s\n%s" % (status, data[:500], out[:500]))
    # chunked upload, lines cut anywhere
    body = b"".join(json.dumps({"id": "91210204MA0QF3K591", "region": "210204", "invention_grants_domestic": i}).encode()
                    + b"\n" for i in range(300))

    def chunks():
        for i in range(0, len(body), 777):
            yield body[i:i + 777]
    c = h.http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
    c.request("POST", "/v1/batch?as_of=2018-06-30", body=chunks(), encode_chunked=True,
              headers={"Content-Type": "application/x-ndjson", "Transfer-Encoding": "chunked"})
    r = c.getresponse()
    data = r.read()
    lines = [json.loads(l) for l in data.splitlines()]
    check(r.status == 200 and len(lines) == 300 and all(l["results"] for l in lines) and
          len({l["decision_id"] for l in lines}) == 300, "/v1/batch chunked: 300 records, 300 results, one decision id each")
    # a record over the limit is answered with its error object, unread
    big = b'{"id": "91210204MA0QF3K591", "region": "210204", "name": "' + b"x" * (1 << 20) + b'"}\n'
    ok_line = b'{"id": "91210204MA0QF3K591", "region": "210204"}\n'
    status, hd, data = s.request("POST", "/v1/batch?as_of=2018-06-30", ok_line + big + ok_line,
                                 {"Content-Type": "application/x-ndjson"})
    lines = [json.loads(l) for l in data.splitlines()]
    check(status == 200 and len(lines) == 3 and lines[1]["record"] == 2 and "at most" in lines[1]["errors"][0]["message"]
          and lines[2]["results"], "/v1/batch: a record over 1 MiB fails alone", data[:400])
    problem(s, "/v1/batch with no records", 422, "POST", "/v1/batch", b"\n\n", {"Content-Type": "application/x-ndjson"})


def test_metrics(s):
    status, hd, data = s.request("GET", "/metrics")
    text = data.decode()
    check(status == 200 and hd["content-type"].startswith("text/plain; version=0.0.4"), "/metrics content type")
    try:
        from prometheus_client.parser import text_string_to_metric_families
        fams = {f.name: f for f in text_string_to_metric_families(text)}
        check({"plancheck_requests", "plancheck_request_duration_seconds", "plancheck_evaluations",
               "plancheck_rule_reloads", "plancheck_rejected_requests"} <= set(fams),
              "/metrics parses with prometheus_client, with every family", sorted(fams))
        req = {(x.labels["endpoint"], x.labels["status"]): x.value for x in fams["plancheck_requests"].samples}
        check(req.get(("/v1/check", "200"), 0) > 50 and req.get(("/v1/check", "422"), 0) >= 1 and
              req.get(("/v1/check", "413"), 0) >= 1, "/metrics counts requests by endpoint and status")
        hist = [x for x in fams["plancheck_request_duration_seconds"].samples
                if x.name.endswith("_count") and x.labels["endpoint"] == "/v1/check"]
        check(hist and hist[0].value >= req[("/v1/check", "200")], "/metrics: a latency histogram per endpoint")
    except ImportError:
        check(False, "python3-prometheus-client is installed (build.sh test list)")


def test_decision_log():
    d = h.tempfile.mkdtemp(prefix="pc-decisions-")
    path = os.path.join(d, "decisions.jsonl")
    s = h.Server("--decision-log", path, config="[serve]\ndecision_log_input = true\n")
    bodies = [json.dumps({"id": "91210204MA0QF3K591", "region": "210204", "invention_grants_domestic": i}).encode()
              for i in range(200)]
    ids = []
    lock = threading.Lock()

    def client(part):
        for b in part:
            status, hd, data = s.request("POST", "/v1/check?as_of=2018-06-30", b)
            with lock:
                ids.append((hd["plancheck-decision-id"], b, status))
    ts = [threading.Thread(target=client, args=(bodies[i::8],)) for i in range(8)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    check(lines[-1] == b"", "the decision log ends with a newline")
    recs = [json.loads(l) for l in lines[:-1]]
    by_id = {r["decision_id"]: r for r in recs}
    check(len(recs) == 200 and len(by_id) == 200, "200 concurrent decisions: 200 whole lines", len(recs))
    ok = all(by_id[i]["input_sha256"] == hashlib.sha256(b).hexdigest() and by_id[i]["input"] == b.decode()
             and by_id[i]["status"] == st and by_id[i]["endpoint"] == "/v1/check" and by_id[i]["results"]
             for i, b, st in ids)
    check(ok, "each line: its decision id, the input's sha256, the input, statuses")
    r = recs[0]
    check(all(k in r for k in ("time", "rules_version", "subject", "region", "total_yuan")),
          "decision lines carry time, rules_version, subject, totals", r)
    os.rename(path, path + ".1")
    s.signal(signal.SIGHUP)
    deadline = time.time() + 30
    while time.time() < deadline and not os.path.exists(path):
        time.sleep(0.05)
    s.request("POST", "/v1/check?as_of=2018-06-30", bodies[0])
    with open(path, "rb") as f:
        check(len(f.read().splitlines()) == 1, "SIGHUP reopens the decision log (rotation)")
    s.stop()


s = h.Server()
test_examples(s)
test_errors(s)
test_resources(s)
test_batch(s)
test_metrics(s)
check("path=/v1/check status=200" in s.stderr(), "one access line per request on stderr")
s.stop()
test_decision_log()
h.finish()
