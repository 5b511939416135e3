"""Checks that the Zen server gives the answers plancheck gives for the same
records (status and fixed amount of every result of the benchmark plan), so
that bench/serve.sh compares equal work.
usage: agree.py RECORDS.jsonl PLANCHECK_BATCH_OUTPUT.jsonl ZEN_PORT"""
import json
import sys
import urllib.request

records, answers, port = sys.argv[1], sys.argv[2], sys.argv[3]
names = {"grant": "grant", "voucher": "voucher", "pledge-interest": "pledge_interest", "ip-staff": "ip_staff",
         "advantage-award": "advantage_award"}
same = diff = 0
with open(records, "rb") as r, open(answers) as a:
    for rec, line in zip(r, a):
        pc = json.loads(line)
        if not pc.get("results"):
            continue   # no plan covers the region: plancheck answers no result
        req = urllib.request.Request("http://127.0.0.1:%s/check" % port, rec, {"Content-Type": "application/json"})
        z = json.loads(urllib.request.urlopen(req).read())
        for res in pc["results"]:
            zr = z[names[res["rule"]]]
            amount = res.get("amount_yuan")
            if zr["status"] != res["status"] or (res["status"] == "eligible" and amount is not None
                                                  and zr.get("amount_yuan") != amount):
                diff += 1
                print("differs: %s %s %s / zen %s" % (res["rule"], res["status"], amount, zr))
            else:
                same += 1
print("zen-engine and plancheck agree on %d of %d results" % (same, same + diff))
sys.exit(1 if diff or not same else 0)
