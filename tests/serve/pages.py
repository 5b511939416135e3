"""The pages for people (serve_pages.c) over HTTP, without a browser: every
page validates with tidy and has no script and no http(s) reference, a strict
Content-Security-Policy whose style hash matches the page's style sheet, every
form control labelled; the form of 邹城市 lists the fields /v1/fields lists;
a submitted form gives the cards /v1/check gives for the same data; a bad
value comes back beside its field with the other values kept; a region file
uploaded gives one chart per target with one point per year of data.

usage: pages.py PLANCHECK SRC_DIR"""

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import uuid
from html.parser import HTMLParser
from urllib.parse import urlencode

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness as h
from harness import check, without_ids

h.setup(sys.argv)


class Page(HTMLParser):
    """The parts of a page the tests look at."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.controls, self.labels, self.cards, self.errors = [], set(), [], {}
        self.svgs, self.points, self.scripts, self.stack = 0, [], 0, []
        self._in = None
        self.text = text
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("input", "select", "textarea") and a.get("type") != "hidden":
            self.controls.append(a)
        if tag == "label":
            self.labels.add(a.get("for"))
        if tag == "article" and "card" in a.get("class", ""):
            status = re.search(r"s-(\w+)", a["class"]).group(1)
            self.cards.append({"id": a.get("id"), "status": status})
        if tag == "p" and a.get("class") == "field-error":
            self._in = ("error", a["id"][2:])
            self.errors[self._in[1]] = ""
        if tag == "svg":
            self.svgs += 1
            self.points.append([])
        if tag == "circle" and "pt" in a.get("class", "").split():
            self.points[-1].append(int(a["data-year"]))
        if tag == "strong" and a.get("class") == "amount":
            self._in = ("amount", None)
            self.cards[-1]["amount"] = ""
        if tag == "script":
            self.scripts += 1

    def handle_endtag(self, tag):
        if tag in ("p", "strong"):
            self._in = None

    def handle_data(self, data):
        if self._in and self._in[0] == "error":
            self.errors[self._in[1]] += data
        elif self._in and self._in[0] == "amount":
            self.cards[-1]["amount"] += data


def tidy_ok(body, what):
    with tempfile.NamedTemporaryFile("wb", suffix=".html", delete=False) as f:
        f.write(body)
    p = subprocess.run(["tidy", "-e", "-q", f.name], capture_output=True, text=True)
    os.unlink(f.name)
    check(p.returncode == 0, what + ": tidy finds no error or warning", p.stdout + p.stderr)


def page(s, path, status=200, method="GET", body=None, headers=None):
    st, hd, data = s.request(method, path, body, headers)
    check(st == status, "%s %s: %d (got %d)" % (method, path[:60], status, st), data[:500])
    check(hd.get("content-type", "").startswith("text/html"), path[:60] + ": text/html")
    text = data.decode("utf-8")
    csp = hd.get("content-security-policy", "")
    style = re.search(r"<style>(.*?)</style>", text, re.S)
    digest = base64.b64encode(hashlib.sha256(style.group(1).encode()).digest()).decode() if style else "none"
    check("default-src 'none'" in csp and ("'sha256-%s'" % digest) in csp and "script-src" not in csp,
          path[:60] + ": CSP allows nothing but the page's own style sheet", csp)
    check(not re.search(r"https?:", text, re.I), path[:60] + ": no http(s) reference")
    p = Page(text)
    check(p.scripts == 0, path[:60] + ": no script")
    unlabelled = [c.get("name") for c in p.controls if c.get("id") not in p.labels]
    check(not unlabelled, path[:60] + ": every form control has a label", unlabelled)
    check(re.search(r'<html lang="(zh-CN|en)">', text) is not None, path[:60] + ": lang attribute")
    tidy_ok(data, path[:60])
    return p, text


HIGH_TECH = {
    "name": "邹城示例智能装备有限公司", "id": "91370883MA3CK7N24T", "year": "2024",
    "is_high_tech": "true", "is_sme": "true", "is_specialized_new": "false", "is_single_champion": "false",
    "ip_advantage_level": "none", "ip_full_time_staff": "2",
    "zoucheng_patent_pledge_loan_yuan": "5,000,000.00", "zoucheng_patent_pledge_interest_yuan": "180000",
    "zoucheng_ip_foundation_solid": "true", "zoucheng_credit_good": "true", "zoucheng_ip_management_body": "true",
}
AS_OF = "2025-06-30"

s = h.Server(config=open("examples/zoucheng/plancheck-rates.ini").read())
try:
    home, text = page(s, "/?lang=zh")
    check("/check?region=370883" in text and "邹城市" in text, "/ links 邹城市 to its form")
    check("旧代码" in text, "/ marks old codes")
    page(s, "/?lang=en")

    form, text = page(s, "/check?region=370883&lang=zh&as_of=" + AS_OF)
    st, _, data = s.request("GET", "/v1/fields?region=370883&as_of=" + AS_OF)
    fields = [f["name"] for f in json.loads(data)["fields"] if f["name"] not in ("region", "year", "id", "name")]
    names = [c.get("name") for c in form.controls]
    check(names[4:] == fields, "the form has exactly the fields /v1/fields lists, in order", (names, fields))
    check('<option value="true">是</option>' in text, "booleans are yes/no selects")
    check('<option value="municipal">市级 (municipal)</option>' in text, "enum values show their zh labels")

    # the form submitted gives the cards /v1/check gives for the same data
    q = dict(HIGH_TECH, region="370883", lang="zh", as_of=AS_OF, go="1")
    result, text = page(s, "/check?" + urlencode(q))
    body = dict((k, v) for k, v in HIGH_TECH.items())
    body["region"] = "370883"
    body["zoucheng_patent_pledge_loan_yuan"] = "5000000.00"
    st, _, data = s.request("POST", "/v1/check?lang=zh&as_of=" + AS_OF, json.dumps(body).encode())
    api = json.loads(data)
    want = [{"id": "%s.%s" % (r["plan"], r["rule"]), "status": r["status"]} for r in api["results"]]
    got = [{"id": c["id"], "status": c["status"]} for c in result.cards]
    check(st == 200 and got == want and want, "the cards are /v1/check's results, status for status", (got, want))
    amounts = {c["id"]: c.get("amount") for c in result.cards}
    check(any(r.get("amount_yuan") for r in api["results"]), "some card has an amount to compare")
    for r in api["results"]:
        if r.get("amount_yuan") is not None:
            shown = amounts.get("%s.%s" % (r["plan"], r["rule"])) or ""
            check(shown.replace(",", "").replace(" 元", "") == ("%g" % r["amount_yuan"]),
                  "the card's amount is /v1/check's (%s)" % r["rule"], (shown, r["amount_yuan"]))
    for r in api["results"]:
        check(r["cite"] in text, "the card cites %s" % r["cite"])
    st, hd, data = s.request("GET", "/check?" + urlencode(dict(q, download="json")))
    check(st == 200 and "attachment" in hd.get("content-disposition", ""), "the JSON downloads as a file")
    check(json.loads(without_ids(data) or b"{}").get("results") == api["results"],
          "the downloaded JSON is /v1/check's answer")
    st, hd, data = s.request("GET", "/check?" + urlencode(dict(q, download="html")))
    check(st == 200 and "attachment" in hd.get("content-disposition", "") and b"<html" in data,
          "the page downloads as a file")
    tidy_ok(data, "the downloaded page")

    # a bad value: its error beside it, every other value kept
    bad = dict(q, zoucheng_patent_pledge_loan_yuan="一百万")
    p, text = page(s, "/check?" + urlencode(bad), status=422)
    check("zoucheng_patent_pledge_loan_yuan" in p.errors and "一百万" in p.errors["zoucheng_patent_pledge_loan_yuan"],
          "the bad value's error is beside its field", p.errors)
    check(p.errors.get("zoucheng_patent_pledge_loan_yuan", "") == "专利权质押贷款额:无法识别“一百万”,请按填写说明改正",
          "on a zh page the error is in zh", p.errors)
    p, _ = page(s, "/check?" + urlencode(dict(bad, lang="en")), status=422)
    check("expected money" in p.errors.get("zoucheng_patent_pledge_loan_yuan", ""), "on an en page, the engine's words",
          p.errors)
    kept = {c.get("name"): c.get("value") for c in p.controls if c.get("value") is not None}
    check(kept.get("name") == HIGH_TECH["name"] and kept.get("ip_full_time_staff") == "2" and
          kept.get("zoucheng_patent_pledge_loan_yuan") == "一百万", "the values typed are kept", kept)
    check(re.search(r'<option value="true" selected>是</option>', text) is not None, "the choices made are kept")
    for money, shown in (("1,000,000.00", "1,000,000"), ("1000000", "1,000,000"), ("1000000.5", "1,000,000.50"),
                         ("100万", "1,000,000"), ("100万元", "1,000,000"), ("1.5亿", "150,000,000"),
                         ("1.234567万", "12,345.67"), ("500,000元", "500,000")):
        p, text = page(s, "/check?" + urlencode(dict(q, zoucheng_patent_pledge_loan_yuan=money)))
        check(p.cards and not p.errors and ("<td>%s 元</td>" % shown) in text,
              "money written %s is accepted as %s 元" % (money, shown))
    for money in ("1,00,000", "-5", "1.234", "1.000.000", "1.2345678万", "万", "100万5"):
        p, _ = page(s, "/check?" + urlencode(dict(q, zoucheng_patent_pledge_loan_yuan=money)), status=422)
        check("zoucheng_patent_pledge_loan_yuan" in p.errors, "money written %s is refused beside the field" % money)
    page(s, "/check?region=999999&lang=en", status=404)
    # the engine's message on a zh page is the zh one (before: its English text)
    _, text = page(s, "/check?region=999999&lang=zh", status=404)
    check("“999999”不是 GB/T 2260 行政区划代码" in text and "is not a GB/T 2260" not in text,
          "an unknown region on a zh page: the engine's message in zh")

    # a region file uploaded: one chart per target with data, a point per year of data
    ini = open("examples/zoucheng/region-zoucheng.ini", "rb").read()
    boundary = uuid.uuid4().hex
    parts = []
    for name, value, filename in (("lang", b"zh", None), ("as_of", AS_OF.encode(), None),
                                  ("file", ini, "region-zoucheng.ini"), ("text", b"", None)):
        disp = 'form-data; name="%s"' % name + ('; filename="%s"' % filename if filename else "")
        parts.append(b"--" + boundary.encode() + b"\r\nContent-Disposition: " + disp.encode() + b"\r\n\r\n" + value + b"\r\n")
    mp = b"".join(parts) + b"--" + boundary.encode() + b"--\r\n"
    p, text = page(s, "/progress?lang=zh", method="POST", body=mp,
                   headers={"Content-Type": "multipart/form-data; boundary=" + boundary})
    st, _, data = s.request("POST", "/v1/progress?lang=zh&as_of=" + AS_OF,
                            json.dumps(json.load(open("examples/zoucheng/region-zoucheng-population.json"))).encode())
    rc, out, _ = h.cli("--as-of", AS_OF, "--format", "json", "progress", "examples/zoucheng/region-zoucheng.ini")
    rep = json.loads(out)
    drawn = [r for r in rep["results"] if any(pt.get("actual") is not None for pt in r.get("series", []))]
    check(p.svgs == len(drawn) and p.svgs > 0, "one chart per target with data (%d)" % len(drawn), p.svgs)
    years = [[pt["year"] for pt in r["series"] if pt.get("actual") is not None] for r in drawn]
    check(p.points == years, "one point per year of data", (p.points[:3], years[:3]))
    check([c["status"] for c in p.cards] == [r["status"] for r in rep["results"]], "the region's statuses are the CLI's")
    form_text = urlencode({"lang": "en", "as_of": AS_OF, "text": ini.decode()}).encode()
    p, _ = page(s, "/progress", method="POST", body=form_text,
                headers={"Content-Type": "application/x-www-form-urlencoded"})
    check(p.svgs == len(drawn), "a pasted region file gives the same page")
    for kind, mark in (("html", b"<html"), ("json", b'"results"')):
        st, hd, data = s.request("POST", "/progress", body=urlencode({"lang": "en", "as_of": AS_OF, "text": ini.decode(),
                                 "download": kind}).encode(), headers={"Content-Type": "application/x-www-form-urlencoded"})
        check(st == 200 and "attachment" in hd.get("content-disposition", "") and mark in data,
              "the region page downloads as %s" % kind)
    p, text = page(s, "/progress", method="POST", body=b"lang=en&text=%5Bregion%5D%0Acode%3D1",
                   headers={"Content-Type": "application/x-www-form-urlencoded"}, status=422)
    check('class="errors"' in text, "a bad region file shows its errors on the form")
    page(s, "/progress?lang=zh")

    # the figures typed in a form of the region's metrics by year
    p, text = page(s, "/progress?region=370883&lang=zh&as_of=" + AS_OF)
    st, _, data = s.request("GET", "/v1/fields?kind=region&region=370883&as_of=" + AS_OF)
    metrics = [f["name"] for f in json.loads(data)["fields"]]
    years = sorted({c["name"][:4] for c in p.controls if re.match(r"\d{4}\.", c.get("name", ""))})
    check(years == ["2023", "2024", "2025"], "the figures form spans the plan's baseline to the as-of year", years)
    rows = [c["name"][5:] for c in p.controls if c.get("name", "").startswith("2023.")]
    check(rows == metrics, "the figures form has a row per metric /v1/fields lists", (rows, metrics))
    figures = {"lang": "zh", "region": "370883", "as_of": AS_OF, "2023.valid_invention_patents": "1000",
               "2024.valid_invention_patents": "1,150", "2023.registered_trademarks": "9000"}
    p, text = page(s, "/progress", method="POST", body=urlencode(figures).encode(),
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    region_json = {"region": "370883", "years": {"2023": {"valid_invention_patents": 1000, "registered_trademarks": 9000},
                                                  "2024": {"valid_invention_patents": 1150}}}
    st, _, data = s.request("POST", "/v1/progress?lang=zh&as_of=" + AS_OF, json.dumps(region_json).encode())
    api = json.loads(data)
    check([c["status"] for c in p.cards] == [r["status"] for r in api["results"]],
          "the figures typed give /v1/progress's statuses")
    check(p.svgs == sum(1 for r in api["results"] if any(x.get("actual") is not None for x in r.get("series", []))),
          "a chart per target with figures", p.svgs)
    p, text = page(s, "/progress", method="POST", status=422, body=urlencode(dict(figures, **{"2024.registered_trademarks": "many"})).encode(),
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    check("registered_trademarks" in p.errors, "a bad figure's error is in its metric's row", p.errors)
    check('value="many"' in text and 'value="1,150"' in text, "the figures typed are kept")

    p, text = page(s, "/plans?lang=zh")
    check("/plans/zoucheng-2024" in text, "/plans links every plan")
    p, text = page(s, "/plans/zoucheng-2024?lang=zh")
    check("邹政字〔2024〕18号" in text and "<blockquote" in text, "/plans/{id} shows the rules with their quotes")
    page(s, "/plans/no-such-plan", status=404)
finally:
    s.stop()
h.finish()
