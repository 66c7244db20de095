#!/usr/bin/env python3
"""Sends a shop's act probes (acts.csv: text,expected) through the web chat API, each in a new session, and
prints which replies are of the right kind. NOT_HELPED is sent after the FAQ's first question was answered.
Usage: python3 src/test/resources/eval/acts_probe.py URL FAQ_CSV ACTS_CSV   (Python 3, the standard library only)"""
import csv, json, sys, time, urllib.error, urllib.request, uuid

url, faq_csv, acts_csv = sys.argv[1:4]


def post(body):
    data = json.dumps(body).encode("utf-8")
    for _ in range(60):
        req = urllib.request.Request(url + "/api/chat", data=data, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return json.loads(r.read().decode("utf-8") or "null") or {}
        except urllib.error.HTTPError as e:
            if e.code == 429:
                time.sleep(float(e.headers.get("Retry-After", "2")))
                continue
            raise
    raise RuntimeError("rate-limited")


first = next(csv.DictReader(open(faq_csv, encoding="utf-8")))["question"]
right = 0
rows = list(csv.DictReader(open(acts_csv, encoding="utf-8")))
for row in rows:
    text, expected = row["text"], row["expected"].strip().upper()
    session = "act-" + str(uuid.uuid4())
    before = None
    if expected == "NOT_HELPED":
        before = post({"session_id": session, "message": first})
    reply = post({"session_id": session, "message": text})
    src, choices, human = reply.get("source"), reply.get("choices") or [], reply.get("needs_human")
    said = (reply.get("reply") or "").replace("\n", " ")
    if expected == "PERSON":
        ok = bool(human) or (src == "SYSTEM" and not choices)
    elif expected == "NOT_HELPED":
        ok = src != "FAQ" or said != (before.get("reply") or "").replace("\n", " ")
        ok = ok and not (src == "FAQ" and not choices and said)  # an FAQ answer to "that didn't help" is wrong
    else:
        ok = src == "SYSTEM" and not choices and not human and bool(said)
    right += ok
    print(("OK   " if ok else "MISS ") + f"[{expected}] {text}  ->  {src} human={human} choices={len(choices)}: "
          + said[:140])
print(f"acts right {right} of {len(rows)}")
