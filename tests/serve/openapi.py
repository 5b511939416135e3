"""The OpenAPI document: valid for @apidevtools/swagger-parser (npm, pinned in
tests/openapi/package-lock.json), served byte for byte at /v1/openapi.json,
every path it lists answered, and real answers valid against its response
schemas (python3-jsonschema, draft 2020-12 as OpenAPI 3.1 uses).

usage: openapi.py PLANCHECK SRC_DIR"""

import glob
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h
from harness import check

h.setup(sys.argv)
from jsonschema import Draft202012Validator, RefResolver

DOC = "docs/openapi.json"
if not os.path.isdir("tests/openapi/node_modules/@apidevtools/swagger-parser"):
    check(False, "swagger-parser is installed (cd tests/openapi && npm ci; build.sh test does it)")
    h.finish()
p = subprocess.run(["node", "tests/openapi/validate.mjs", DOC], capture_output=True, text=True, timeout=120)
check(p.returncode == 0, "swagger-parser validates %s: %s" % (DOC, (p.stdout + p.stderr).strip()))
# the validator can fail: a document with a dangling $ref is refused
bad = json.load(open(DOC))
bad["paths"]["/v1/check"]["post"]["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Nope"}
badfile = os.path.join(h.tempfile.mkdtemp(), "bad.json")
json.dump(bad, open(badfile, "w"))
p = subprocess.run(["node", "tests/openapi/validate.mjs", badfile], capture_output=True, text=True, timeout=120)
check(p.returncode != 0, "swagger-parser refuses a broken document")

doc = json.load(open(DOC))
resolver = RefResolver.from_schema(doc)


def valid(name, instance):
    v = Draft202012Validator({"$ref": "#/components/schemas/" + name}, resolver=resolver)
    errors = sorted(v.iter_errors(instance), key=lambda e: list(e.path))
    return not errors, "; ".join("%s: %s" % (list(e.path), e.message) for e in errors[:3])


s = h.Server()
status, hd, data = s.request("GET", "/v1/openapi.json")
with open(DOC, "rb") as f:
    check(status == 200 and data == f.read(), "/v1/openapi.json serves docs/openapi.json")
for path in doc["paths"]:
    url = path.replace("{id}", "dalian-2015") + ("?region=210204" if path == "/v1/fields" else "")
    method = next(iter(doc["paths"][path]))
    status, _, _ = s.request(method.upper(), url, b"{}" if method == "post" else None)
    check(status != 404, "%s %s exists" % (method.upper(), path))

n = 0
for path in sorted(glob.glob("examples/*/*.json")):
    kind = "progress" if "region" in os.path.basename(path) else "check"
    for as_of in ("2018-06-30", "2025-06-30"):
        status, _, data = s.request("POST", "/v1/%s?as_of=%s&explain=true" % (kind, as_of), open(path, "rb").read())
        schema = "Report" if status == 200 else "Problem"
        ok, why = valid(schema, json.loads(data))
        n += ok
        check(ok and status in (200, 422), "%s %s: valid %s" % (path, as_of, schema), why)
for url, schema in (("/v1/plans", "Plans"), ("/v1/plans/dalian-2015", "Plan"), ("/v1/plans/zoucheng-2024", "Plan"),
                    ("/v1/fields?region=210204&as_of=2018-06-30", "Fields"),
                    ("/v1/fields?region=370883&kind=region&as_of=2025-06-30", "Fields"), ("/v1/health", "Status"),
                    ("/v1/ready", "Status"), ("/v1/nothing", "Problem"), ("/v1/plans/none", "Problem")):
    status, _, data = s.request("GET", url)
    ok, why = valid(schema, json.loads(data))
    check(ok, "GET %s: valid %s" % (url, schema), why)
with open("tests/data/batch/mixed.jsonl", "rb") as f:
    status, _, data = s.request("POST", "/v1/batch?as_of=2018-06-30", f.read(), {"Content-Type": "application/x-ndjson"})
lines = [json.loads(l) for l in data.splitlines()]
check(all(valid("BatchLine", l)[0] for l in lines) and len(lines) > 3, "/v1/batch: every line a valid BatchLine")
# the schemas can fail: a report without its results is refused
broken = json.loads(s.request("POST", "/v1/check?as_of=2018-06-30",
                              open("examples/dalian/enterprise-received.json", "rb").read())[2])
del broken["results"]
check(not valid("Report", broken)[0], "the Report schema refuses a report without results")
s.stop()
h.finish()
