#!/usr/bin/env python3
"""schema/validate: every JSON object the CLI prints validates against the
JSON Schema in docs/schema/, checked with Debian's python3-jsonschema (a
validator nobody on the project wrote).

It runs the JSON-printing command of every CLI test case (tests/cli/**/*.test),
and every example (examples/*/enterprise-*, region-*) through check or
progress at dates inside each plan's period, in zh with --explain and in en
without, and batch over the batch test data.

usage: validate.py PLANCHECK SRC_DIR BUILD_DIR
"""
import glob
import json
import os
import shlex
import subprocess
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

plancheck, src, build = sys.argv[1], sys.argv[2], sys.argv[3]
os.chdir(src)
schemas = {}
for name in ("report", "plans"):
    with open(f"docs/schema/{name}.schema.json", encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    schemas[name] = Draft202012Validator(schema)

checked = 0
failures = 0
env_base = dict(os.environ, LANG="C.UTF-8", PLANCHECK_CONFIG="")


def validate(what, argv, env=None, stdin=None):
    global checked, failures
    kind = "plans" if "plans" in argv else "report"
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
        out = subprocess.run([plancheck] + argv, stdin=inp, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             env=env or env_base, timeout=300).stdout
    for n, line in enumerate(out.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except ValueError as e:
            # plans prints one object over one line too; anything else is not JSON
            print(f"FAIL {what}: line {n} is not JSON: {e}")
            failures += 1
            continue
        error = best_match(schemas[kind].iter_errors(doc))
        checked += 1
        if error is not None:
            path = "$" + "".join(f"[{p!r}]" for p in error.absolute_path)
            print(f"FAIL {what}: line {n}: {path}: {error.message[:300]}")
            failures += 1


def json_command(argv):
    """Whether a test's command prints report or plans JSON."""
    if "compare" in argv or "lint" in argv or "test" in argv or "template" in argv:
        return False
    if "--format" in argv:
        return argv[argv.index("--format") + 1] == "json"
    return "batch" in argv


# 1. the CLI test cases
for case in sorted(glob.glob("tests/cli/**/*.test", recursive=True)):
    args, env, stdin = None, dict(env_base), None
    with open(case, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition(":")
            value = value.strip().replace("@SRC@", src).replace("@BUILD@", build)
            if key == "args":
                args = shlex.split(value)
            elif key == "env":
                k, _, v = value.partition("=")
                env[k] = v
            elif key == "stdin":
                stdin = value
    if args is not None and json_command(args):
        validate(case, args, env, stdin)

# 2. every example, at dates inside each plan's period
dates = ["2008-06-30", "2013-06-30", "2016-06-30", "2018-06-30", "2020-12-31", "2025-06-30", "2026-12-31"]
for path in sorted(glob.glob("examples/*/*.ini") + glob.glob("examples/*/*.json")):
    base = os.path.basename(path)
    command = "check" if base.startswith("enterprise") else "progress" if base.startswith("region") else None
    if not command:
        continue
    configs = [[]] + [["--config", c] for c in glob.glob(os.path.join(os.path.dirname(path), "plancheck-*.ini"))]
    for date in dates:
        for lang, extra in (("zh", ["--explain"]), ("en", [])):
            for config in configs:
                argv = config + ["--as-of", date, "--lang", lang, "--format", "json"] + extra + [command, path]
                validate(" ".join(argv), argv)

# 3. batch over the batch test data, both kinds
for path in sorted(glob.glob("tests/data/batch/*")):
    kind = "region" if "region" in os.path.basename(path) else "enterprise"
    for date in ("2018-06-30", "2025-06-30"):
        argv = ["--as-of", date, "-q", "batch", "--kind", kind, path]
        validate(" ".join(argv), argv)

print(f"schema: {checked} JSON objects validated, {failures} failed")
sys.exit(1 if failures or checked == 0 else 0)
