"""The OpenAPI description and the JSON Schemas of the result model are one
source: docs/openapi.json's result schemas are $refs to docs/schema/, and the
service serves both as they are (/v1/openapi.json, /v1/schema/NAME).

- @apidevtools/swagger-parser (npm, pinned in tests/openapi/package-lock.json)
  validates docs/openapi.json with docs/schema/ and the served document with
  the served schemas, and refuses a document whose $ref into a schema file
  dangles;
- every served document is its file byte for byte, and every schema file is
  served;
- the result schemas reach docs/schema/ by $ref and nothing in the OpenAPI
  document is an inline copy of them;
- every answer of every path (200s and each error status it can give)
  validates against the schema the served document declares for its path,
  method, status and media type, with the $refs resolved to the served
  schemas (python3-jsonschema, draft 2020-12 as OpenAPI 3.1 uses), and
  carries the headers declared for it; and every status the document
  declares is one of those answers' (none declared and never given); the
  examples are valid request bodies of the document.

usage: openapi.py PLANCHECK SRC_DIR"""

import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h
from harness import check

h.setup(sys.argv)
from jsonschema import Draft202012Validator, RefResolver

DOC = "docs/openapi.json"
SCHEMAS = sorted(os.path.basename(p) for p in glob.glob("docs/schema/*.schema.json"))


def swagger_parser(doc):
    p = subprocess.run(["node", "tests/openapi/validate.mjs", doc], capture_output=True, text=True, timeout=120)
    return p.returncode == 0, (p.stdout + p.stderr).strip()


# 1. the file, with the schema files it refers to
if not os.path.isdir("tests/openapi/node_modules/@apidevtools/swagger-parser"):
    check(False, "swagger-parser is installed (cd tests/openapi && npm ci; build.sh test does it)")
    h.finish()
ok, out = swagger_parser(DOC)
check(ok, "swagger-parser validates %s with docs/schema/: %s" % (DOC, out))
# the validator can fail: a dangling $ref, in the document or into a schema file
tmp = h.tempfile.mkdtemp()
bad = json.load(open(DOC))
bad["paths"]["/v1/check"]["post"]["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Nope"}
json.dump(bad, open(os.path.join(tmp, "bad.json"), "w"))
check(not swagger_parser(os.path.join(tmp, "bad.json"))[0], "swagger-parser refuses a dangling $ref")
shutil.copytree("docs/schema", os.path.join(tmp, "schema"))
shutil.copy(DOC, tmp)
with open(os.path.join(tmp, "schema", "report.schema.json")) as f:
    text = f.read().replace('"report": {', '"renamed": {', 1)
with open(os.path.join(tmp, "schema", "report.schema.json"), "w") as f:
    f.write(text)
check(not swagger_parser(os.path.join(tmp, "openapi.json"))[0],
      "swagger-parser refuses the document when report.schema.json loses the $defs it refers to")

# 2. one source: the result schemas are $refs into docs/schema/, nothing is copied inline
api = json.load(open(DOC))


def pointer(doc, ref):
    node = doc
    for part in ref.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def reaches(schema, seen=None):
    """The references outside the document a schema reaches through its own."""
    seen = set() if seen is None else seen
    found = set()
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if ref and ref.startswith("#/") and ref not in seen:
            seen.add(ref)
            found |= reaches(pointer(api, ref), seen)
        elif ref and not ref.startswith("#"):
            found.add(ref)
        for k, v in schema.items():
            if k != "$ref":
                found |= reaches(v, seen)
    elif isinstance(schema, list):
        for v in schema:
            found |= reaches(v, seen)
    return found


def content_of(path, method, status, media="application/json"):
    resp = api["paths"][path][method]["responses"][status]
    if "$ref" in resp:
        resp = pointer(api, resp["$ref"])
    return resp["content"][media]


R, P = "schema/report.schema.json", "schema/plans.schema.json"
for (path, method, media, key), want in {
        ("/v1/check", "post", "application/json", "schema"): {R + "#/$defs/report"},
        ("/v1/progress", "post", "application/json", "schema"): {R + "#/$defs/report"},
        ("/v1/batch", "post", "application/x-ndjson", "x-itemSchema"): {R + "#/$defs/report", R + "#/$defs/unread"},
        ("/v1/plans", "get", "application/json", "schema"): {P},
        ("/v1/plans/{id}", "get", "application/json", "schema"): {P + "#/$defs/plan"}}.items():
    got = reaches(content_of(path, method, "200", media)[key])
    check(want <= got, "%s %s: the 200 schema is docs/%s by $ref" % (method.upper(), path, " and ".join(sorted(want))),
          sorted(got))
got = reaches(content_of("/v1/check", "post", "422", "application/problem+json")["schema"])
check(R + "#/$defs/error" in got, "problem+json's errors are the CLI's messages of report.schema.json by $ref", got)
copies = []


def inline_copies(node, where):
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict) and ({"results", "subject"} <= props.keys() or {"plans", "plugins"} <= props.keys()
                                        or {"cite", "title_zh", "line"} <= props.keys() or "$defs" in node):
            copies.append(where)
        for k, v in node.items():
            inline_copies(v, where + "/" + k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            inline_copies(v, "%s/%d" % (where, i))


inline_copies(api, "#")
check(not copies, "no schema of the result model is written in %s itself" % DOC, copies)

# 3. what the service serves is the files
s = h.Server()
base = "http://127.0.0.1:%d/v1/openapi.json" % s.port
status, hd, data = s.request("GET", "/v1/openapi.json")
with open(DOC, "rb") as f:
    check(status == 200 and data == f.read(), "/v1/openapi.json serves %s byte for byte" % DOC)
served = {base: json.loads(data)}
for name in SCHEMAS:
    status, hd, data = s.request("GET", "/v1/schema/" + name)
    with open("docs/schema/" + name, "rb") as f:
        check(status == 200 and data == f.read() and hd.get("content-type") == "application/schema+json",
              "/v1/schema/%s serves docs/schema/%s byte for byte" % (name, name), (status, hd))
    served[urllib.parse.urljoin(base, "schema/" + name)] = json.loads(data)
refs = reaches(api["components"]) | reaches(api["paths"])
check({r.split("#")[0] for r in refs} == {"schema/" + n for n in SCHEMAS},
      "the document refers to every schema file of docs/schema/ and to nothing else", sorted(refs))
ok, out = swagger_parser(base)
check(ok, "swagger-parser validates the served document with the served schemas: " + out)

# 4. every answer against what the served document declares for it
api = served[base]
store = dict(served)
store.update((d["$id"], d) for d in served.values() if "$id" in d)
resolver = RefResolver(base, api, store=store)


def path_of(url):
    path = url.split("?")[0]
    for template in api["paths"]:
        if "{" in template:
            prefix = template[:template.index("{")]
            if path.startswith(prefix) and "/" not in path[len(prefix):]:
                return template
        elif template == path:
            return template
    return None


def errors_of(schema, instance):
    v = Draft202012Validator(schema, resolver=resolver)
    return ["%s: %s" % ("/".join(map(str, e.absolute_path)), e.message[:300]) for e in v.iter_errors(instance)][:3]


observed = set()


def conforms(what, method, url, status, hd, data):
    """The answer is declared for its path, method, status and media type, and valid against it."""
    template = path_of(url)
    observed.add((template, method.lower(), str(status)))
    op = api["paths"].get(template, {}).get(method.lower()) if template else None
    resp = op["responses"].get(str(status)) if op else None
    if resp is None:
        check(False, "%s: %d is declared for %s %s" % (what, status, method, template or url))
        return False
    if "$ref" in resp:
        resp = pointer(api, resp["$ref"])
    media = hd.get("content-type", "").split(";")[0].strip()
    content = resp.get("content", {}).get(media)
    if content is None:
        check(False, "%s: %d %s is declared for %s %s" % (what, status, media, method, template))
        return False
    problems = []
    for name, header in resp.get("headers", {}).items():
        if "$ref" in header:
            header = pointer(api, header["$ref"])
        value = hd.get(name.lower())
        problems += ["header %s missing" % name] if value is None else errors_of(header["schema"], value)
    if media == "application/x-ndjson":
        lines = data.decode().splitlines()
        problems += [] if lines else ["no line"]
        for line in lines:
            problems += errors_of(content["x-itemSchema"], json.loads(line))
    elif media.endswith("json"):
        problems += errors_of(content["schema"], json.loads(data))
    else:
        problems += errors_of(content["schema"], data.decode())
    return check(not problems, "%s: %s %s %d %s valid" % (what, method, template, status, media), problems)


def ask(what, method, url, body=None, headers=None, want=None):
    status, hd, data = s.request(method, url, body, headers)
    if want is not None and not check(status == want, "%s: %d" % (what, want), (status, data[:300])):
        return None
    conforms(what, method, url, status, hd, data)
    return json.loads(data) if hd.get("content-type", "").split(";")[0].endswith("json") and b"\n{" not in data else data


def raw(payload):
    """An answer to bytes sent on a fresh connection (what http.client will not send)."""
    c = socket.create_connection(("127.0.0.1", s.port), timeout=10)
    c.sendall(payload)
    got = b""
    while True:
        d = c.recv(65536)
        if not d:
            break
        got += d
    c.close()
    head, _, body = got.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    hd = dict((k.strip().lower(), v.strip()) for k, _, v in (l.partition(":") for l in lines[1:]))
    return int(lines[0].split()[1]), hd, body


for path in sorted(glob.glob("examples/*/*.json")):
    kind = "progress" if "region" in os.path.basename(path) else "check"
    schema = api["paths"]["/v1/" + kind]["post"]["requestBody"]["content"]["application/json"]["schema"]
    problems = errors_of(schema, json.load(open(path)))
    check(not problems, "%s: valid as the request body POST /v1/%s declares" % (path, kind), problems)
    for as_of, query in (("2018-06-30", "&explain=true&lang=zh"), ("2025-06-30", "")):
        ask(path + " " + as_of, "POST", "/v1/%s?as_of=%s%s" % (kind, as_of, query), open(path, "rb").read())
nd = {"Content-Type": "application/x-ndjson"}
ask("tests/data/batch/mixed.jsonl", "POST", "/v1/batch?as_of=2018-06-30", open("tests/data/batch/mixed.jsonl", "rb").read(),
    nd, want=200)
regions = b"".join(json.dumps(json.load(open(p))).encode() + b"\n" for p in sorted(glob.glob("examples/*/region*.json")))
ask("the example regions", "POST", "/v1/batch?kind=region&as_of=2025-06-30", regions + b'{"region": 1}\n', nd, want=200)
for url in ("/v1/plans", "/v1/plans/dalian-2015", "/v1/plans/zoucheng-2024", "/v1/fields?region=210204&as_of=2018-06-30",
            "/v1/fields?region=370883&kind=region&as_of=2025-06-30", "/v1/health", "/v1/ready", "/v1/openapi.json",
            "/metrics") + tuple("/v1/schema/" + n for n in SCHEMAS):
    ask(url, "GET", url, want=200)
report = ask("the Dalian example", "POST", "/v1/check?as_of=2018-06-30",
             open("examples/dalian/enterprise-received.json", "rb").read(), want=200)
# the errors each path can give
ask("malformed JSON", "POST", "/v1/check", b'{"id": "x",', want=400)
ask("malformed JSON", "POST", "/v1/progress", b'{"region": ', want=400)
ask("bad data", "POST", "/v1/check", b'{"id": "x", "region": "210204", "invention_grants_domestic": -3}', want=422)
ask("bad data", "POST", "/v1/progress", b'{"region": "999999", "years": {}}', want=422)
ask("no record", "POST", "/v1/batch", b"", nd, want=422)
for method, path in ((m.upper(), p) for p in api["paths"] for m in api["paths"][p]):
    url = path.replace("{id}", "dalian-2015").replace("{name}", "report.schema.json")
    ask("a bad lang", method, url + "?lang=fr", b"{}" if method == "POST" else None,
        nd if path == "/v1/batch" else None, want=400)
    if method == "POST":
        ask("text/plain", method, url, b"{}", {"Content-Type": "text/plain"}, want=415)
        status, hd, data = raw(("POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nConnection: close\r\n\r\n"
                                % (url, nd["Content-Type"] if path == "/v1/batch" else "application/json")).encode())
        check(status == 411, "no Content-Length: 411", (status, data[:200]))
        conforms("no Content-Length", method, url, status, hd, data)
        if path != "/v1/batch":
            status, hd, data = raw(("POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                    "Content-Length: 2000000\r\nConnection: close\r\n\r\n" % url).encode())
            check(status == 413, "Content-Length over the limit: 413", (status, data[:200]))
            conforms("Content-Length over the limit", method, url, status, hd, data)
ask("an unknown plan", "GET", "/v1/plans/none", want=404)
ask("an unknown schema", "GET", "/v1/schema/none.schema.json", want=404)
ask("an unknown region", "GET", "/v1/fields?region=999999", want=422)
ask("no region", "GET", "/v1/fields", want=400)
# the schemas can fail: a report without its results is refused
del report["results"]
check(bool(errors_of(content_of("/v1/check", "post", "200")["schema"], report)),
      "the /v1/check schema refuses a report without results")
s.stop()

# 500 (a rule exhausting its budget) and 503 (over max_inflight), on servers of their own
s = h.Server("--rules", "tests/rules/hostile/loop-at-eval", config="[engine]\nlua_instructions = 2000000\n")
with open("tests/data/batch/hostile-eval.jsonl", "rb") as f:
    first = f.read().splitlines()[0]
ask("a rule exhausting its budget", "POST", "/v1/check?as_of=2021-06-30", first, want=500)
s.stop()
s = h.Server(config="[serve]\nmax_inflight = 1\ntimeout_s = 5\n")
stall = socket.create_connection(("127.0.0.1", s.port))
stall.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
time.sleep(0.2)
for method, path in ((m.upper(), p) for p in api["paths"] for m in api["paths"][p]):
    url = path.replace("{id}", "dalian-2015").replace("{name}", "report.schema.json")
    ask("overloaded", method, url, b"{}" if method == "POST" else None, nd if path == "/v1/batch" else None, want=503)
stall.close()
s.stop()
# batch's 500: the results' spool file cannot be made ($TMPDIR is not a directory)
os.environ["TMPDIR"] = os.path.join(tmp, "no-such-directory")
s = h.Server()
del os.environ["TMPDIR"]
ask("no spool file", "POST", "/v1/batch", b'{"id": "x", "region": "210204"}\n', nd, want=500)
s.stop()

# every status the document declares was seen above, but progress's 500: targets run no rule
# code, so only the watchdog giving up a plugin's validate() hook gives it (docs/serve.md)
declared = {(p, m, st) for p in api["paths"] for m in api["paths"][p] for st in api["paths"][p][m]["responses"]}
unseen = declared - observed - {("/v1/progress", "post", "500")}
check(not unseen, "every status the document declares is one an answer above had", sorted(unseen))
h.finish()
