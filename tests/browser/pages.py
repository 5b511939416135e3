"""The pages in a real browser: Debian's chromium driven by chromium-driver
through python3-selenium, JavaScript off.  Opens /, picks 邹城市, fills the
form for a high-tech SME, submits, and compares the cards with /v1/check for
the same data; a bad value shows its error beside its field with the other
values kept; keyboard-only filling and submission; a region file uploaded
gives one SVG per target with one point per year of data; zh and en.
Screenshots and PDFs printed by chromium (checked with pdftotext) are written
to OUT_DIR for people to look at.

usage: pages.py PLANCHECK SRC_DIR OUT_DIR"""

import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "serve"))
import harness as h
from harness import check

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

h.setup(sys.argv[:3])
OUT = os.path.abspath(sys.argv[3])
os.makedirs(OUT, exist_ok=True)
CHROMIUM = "/usr/bin/chromium"
AS_OF = "2025-06-30"
HIGH_TECH = {
    "name": "邹城示例智能装备有限公司", "id": "91370883MA3CK7N24T", "year": "2024", "as_of": AS_OF,
    "is_high_tech": "true", "is_sme": "true", "is_specialized_new": "false", "is_single_champion": "false",
    "ip_advantage_level": "none", "ip_full_time_staff": "2",
    "zoucheng_patent_pledge_loan_yuan": "5,000,000.00", "zoucheng_patent_pledge_interest_yuan": "180,000",
    "zoucheng_ip_foundation_solid": "true", "zoucheng_credit_good": "true", "zoucheng_ip_management_body": "true",
}


def browser():
    o = webdriver.ChromeOptions()
    o.binary_location = CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1100,1500",
              "--disable-extensions", "--no-first-run", "--disable-background-networking", "--disable-sync"):
        o.add_argument(a)
    o.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)


def api_check(s, data, lang):
    body = {k: v for k, v in data.items() if v != "" and k != "as_of"}
    for k in ("zoucheng_patent_pledge_loan_yuan", "zoucheng_patent_pledge_interest_yuan"):
        if k in body:
            body[k] = body[k].replace(",", "")
    body["region"] = "370883"
    st, _, out = s.request("POST", "/v1/check?lang=%s&as_of=%s" % (lang, AS_OF), json.dumps(body).encode())
    check(st == 200, "/v1/check answers for the same data", out[:300])
    return json.loads(out)


def cards(d):
    out = []
    for a in d.find_elements(By.CSS_SELECTOR, "article.card"):
        status = re.search(r"s-(\w+)", a.get_attribute("class")).group(1)
        amount = a.find_elements(By.CSS_SELECTOR, "strong.amount")
        cite = a.find_element(By.CSS_SELECTOR, "figure.cite figcaption").text
        out.append({"id": a.get_attribute("id"), "status": status,
                    "amount": amount[0].text.replace(",", "").replace(" 元", "").replace(" yuan", "") if amount else None,
                    "cite": cite})
    return out


def same_as_api(got, api, what):
    want = [{"id": "%s.%s" % (r["plan"], r["rule"]), "status": r["status"],
             "amount": None if r.get("amount_yuan") is None else "%g" % r["amount_yuan"], "cite": r["cite"]}
            for r in api["results"]]
    ok = len(got) == len(want) and len(want) > 0
    for g, w in zip(got, want):
        ok = ok and g["id"] == w["id"] and g["status"] == w["status"] and g["amount"] == w["amount"] and w["cite"] in g["cite"]
    check(ok, what + ": the cards (status, amount, citation) are /v1/check's", (got, want))
    check(any(w["amount"] for w in want), what + ": an amount is among them")


def replaced(element):
    """Whether the page holding element has gone.  chromedriver reports a node
    of a document already replaced either as a stale element or, in a race
    with the navigation, as an inspector error: both mean the page changed."""
    try:
        element.is_enabled()
        return False
    except WebDriverException:
        return True


def submit(d, how=None):
    """Submits the form (by a click on its button, or how()) and waits for the next page."""
    old = d.find_element(By.TAG_NAME, "html")
    (how or d.find_element(By.CSS_SELECTOR, "button[type=submit]").click)()
    WebDriverWait(d, 120).until(lambda _: replaced(old))
    WebDriverWait(d, 120).until(lambda d: d.find_elements(By.TAG_NAME, "footer"))


def fill(d, data):
    for k, v in data.items():
        el = d.find_element(By.ID, "f-" + k)
        if el.tag_name == "select":
            Select(el).select_by_value(v)
        else:
            el.clear()
            el.send_keys(v)


def shot(d, name):
    path = os.path.join(OUT, name + ".png")
    for _ in range(5):
        try:
            total = d.find_element(By.TAG_NAME, "html").size["height"]
            break
        except Exception:   # the page was still being replaced
            total = 1500
    d.set_window_size(1100, max(800, min(total + 40, 6000)))
    d.save_screenshot(path)
    check(os.path.getsize(path) > 10000, "screenshot " + name)


def pdf(url_or_file, name, must, max_pages=None):
    path = os.path.join(OUT, name + ".pdf")
    if os.path.exists(path):
        os.unlink(path)
    subprocess.run([CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-pdf-header-footer", "--print-to-pdf=" + path, url_or_file],
                   capture_output=True, timeout=120)
    check(os.path.exists(path), "chromium prints %s to PDF" % name)
    if not os.path.exists(path):
        return
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    missing = [m for m in must if m not in text]
    check(not missing, "the PDF %s holds %s" % (name, ", ".join(must)), missing)
    pages = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    check("(A4)" in pages, "the PDF %s is A4" % name, pages)
    if max_pages:
        count = int(re.search(r"Pages:\s+(\d+)", pages).group(1))
        check(count <= max_pages, "the PDF %s has at most %d pages" % (name, max_pages), count)


s = h.Server(config=open("examples/zoucheng/plancheck-rates.ini").read())
base = "http://127.0.0.1:%d" % s.port
d = browser()
try:
    d.set_page_load_timeout(120)
    for lang in ("zh", "en"):
        d.get(base + "/?lang=" + lang)
        check(d.find_element(By.TAG_NAME, "html").get_attribute("lang") == ("zh-CN" if lang == "zh" else "en"),
              lang + ": the lang attribute")
        if lang == "zh":
            shot(d, "home-zh")
        link = d.find_element(By.XPATH, "//a[starts-with(@href, '/check?region=370883')]")
        check(link.text == ("邹城市" if lang == "zh" else link.text), lang + ": / lists 邹城市")
        submit(d, link.click)
        check("/check?region=370883" in d.current_url, lang + ": picking 邹城市 opens its form", d.current_url)
        fill(d, HIGH_TECH)
        shot(d, "form-" + lang)
        submit(d)
        got = cards(d)
        shot(d, "result-" + lang)
        same_as_api(got, api_check(s, HIGH_TECH, lang), lang)
        result_url = d.current_url

        # a bad value: the error beside the field, everything else kept
        submit(d, d.back)
        fill(d, {"zoucheng_patent_pledge_loan_yuan": "一百万"})
        submit(d)
        box = d.find_element(By.ID, "f-zoucheng_patent_pledge_loan_yuan").find_element(By.XPATH, "..")
        err = box.find_elements(By.CSS_SELECTOR, "p.field-error")
        check(err and "一百万" in err[0].text, lang + ": the error sits beside its field", [e.text for e in err])
        check(err and (lang == "en" or "无法识别" in err[0].text), lang + ": in the page's language",
              [e.text for e in err])
        check(d.find_element(By.ID, "f-zoucheng_patent_pledge_loan_yuan").get_attribute("value") == "一百万" and
              d.find_element(By.ID, "f-name").get_attribute("value") == HIGH_TECH["name"] and
              d.find_element(By.ID, "f-ip_full_time_staff").get_attribute("value") == "2" and
              Select(d.find_element(By.ID, "f-is_sme")).first_selected_option.get_attribute("value") == "true",
              lang + ": the other values are kept")
        if lang == "zh":
            shot(d, "form-error-zh")
            pdf(result_url, "result-zh", [HIGH_TECH["name"], "符合条件", "邹政字〔2024〕18号", "90,000"])

    # keyboard only: Tab from the page's start to each field, type, Enter submits
    d.get(base + "/check?region=370883&lang=zh")
    d.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    typed = {}
    for _ in range(80):
        el = d.switch_to.active_element
        name = el.get_attribute("name")
        if el.tag_name == "input" and name in HIGH_TECH:
            el.send_keys(HIGH_TECH[name])
            typed[name] = HIGH_TECH[name]
        elif el.tag_name == "select" and name in HIGH_TECH:
            want = HIGH_TECH[name]
            for _ in range(6):
                if el.get_attribute("value") == want:
                    break
                el.send_keys(Keys.DOWN)
            typed[name] = el.get_attribute("value")
        if el.tag_name == "button":
            break
        el.send_keys(Keys.TAB)
    check(set(typed) == set(HIGH_TECH), "keyboard: Tab reaches every field", sorted(set(HIGH_TECH) - set(typed)))
    check(typed == HIGH_TECH, "keyboard: every value set from the keyboard", typed)
    submit(d, lambda: d.find_element(By.ID, "f-name").send_keys(Keys.ENTER))
    same_as_api(cards(d), api_check(s, typed, "zh"), "keyboard")

    # a region page from an uploaded file: one SVG per target, one point per year of data
    rc, out, _ = h.cli("--as-of", AS_OF, "--format", "json", "progress", "examples/zoucheng/region-zoucheng.ini")
    rep = json.loads(out)
    drawn = [[pt["year"] for pt in r.get("series", []) if pt.get("actual") is not None] for r in rep["results"]]
    drawn = [y for y in drawn if y]
    for lang in ("zh", "en"):
        d.get(base + "/progress?lang=" + lang)
        d.find_element(By.ID, "f-file").send_keys(os.path.abspath("examples/zoucheng/region-zoucheng.ini"))
        d.find_element(By.ID, "f-as_of").send_keys(AS_OF)
        submit(d)
        WebDriverWait(d, 120).until(lambda d: d.find_elements(By.CSS_SELECTOR, "ul.tally"))
        svgs = d.find_elements(By.CSS_SELECTOR, "svg.chart")
        check(len(svgs) == len(drawn) and svgs, lang + ": one SVG per target with data (%d)" % len(drawn), len(svgs))
        years = [[int(c.get_attribute("data-year")) for c in svg.find_elements(By.CSS_SELECTOR, "circle.pt")] for svg in svgs]
        check(years == drawn, lang + ": one point per year of data", (years[:3], drawn[:3]))
        shot(d, "region-" + lang)

    # the region report printed: the file --format html writes
    page = os.path.join(OUT, "region-zoucheng-zh.html")
    rc, out, _ = h.cli("--as-of", AS_OF, "--lang", "zh", "--format", "html", "progress", "examples/zoucheng/region-zoucheng.ini")
    open(page, "wb").write(out)
    # at least two targets to an A4 page: a card may break, a chart or a table not
    pdf("file://" + page, "region-zh", ["规划目标进展报告", "邹城市", "有效发明专利总量达到1400件", "2026"],
        max_pages=1 + (len(rep["results"]) + 1) // 2)
finally:
    d.quit()
    s.stop()
h.finish()
