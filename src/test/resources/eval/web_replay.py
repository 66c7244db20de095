#!/usr/bin/env python3
"""Asks an eval set's questions through a running bot's web chat API, as customers would, and prints the figures
`eval` prints for the simulated customer (docs/language.md, "End to end through the web API").

Each question starts a new conversation (a new session). A direct answer is the reply of source FAQ whose text holds
the answer of the question's entry; where the bot offers choices, the customer presses the right entry's choice if it
is offered (self-service when its answer comes back) and presses nothing on an off-topic question. Python 3, the
standard library only.

    python3 src/test/resources/eval/web_replay.py --url http://localhost:18100 \
        --faq src/test/resources/eval/de/faq.csv --queries src/test/resources/eval/de/queries.csv [--verbose]
"""
import argparse
import csv
import json
import sys
import time
import urllib.error
import urllib.request
import uuid


def post(url, body):
    data = json.dumps(body).encode("utf-8")
    for _ in range(60):
        req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return json.loads(r.read().decode("utf-8") or "null")
        except urllib.error.HTTPError as e:
            if e.code == 429:  # the per-client rate limit: wait as told
                time.sleep(float(e.headers.get("Retry-After", "2")))
                continue
            raise
    raise RuntimeError("still rate-limited: " + url)


def wait_until_up(base, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(base + "/api/chat/greeting", timeout=5) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(2)
    sys.exit("the bot did not answer at " + base + " within " + str(seconds) + " s")


def normalized(text):
    return " ".join((text or "").split())


def main():
    a = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    a.add_argument("--url", default="http://localhost:18100")
    a.add_argument("--faq", required=True)
    a.add_argument("--queries", required=True)
    a.add_argument("--wait", type=int, default=300, help="seconds to wait for the bot to start")
    a.add_argument("--verbose", action="store_true", help="print each question's outcome")
    o = a.parse_args()
    with open(o.faq, encoding="utf-8") as f:
        answers = {r["question"]: normalized(r["answer"]) for r in csv.DictReader(f)}
    with open(o.queries, encoding="utf-8") as f:
        queries = list(csv.DictReader(f))
    wait_until_up(o.url, o.wait)

    def entry_of(reply):
        text = normalized(reply.get("reply"))
        return next((q for q, ans in answers.items() if ans and ans in text), None)

    in_scope = direct = direct_right = picked_right = oos = oos_answered = oos_clarified = 0
    for q in queries:
        label, text = q["label"], q["text"]
        session = "web-" + str(uuid.uuid4())
        reply = post(o.url + "/api/chat", {"session_id": session, "message": text})
        choices = reply.get("choices") or []
        answered = reply.get("source") == "FAQ" and not choices
        got = entry_of(reply) if answered else None
        outcome = "answered " + str(got) if answered else ("choices" if choices else str(reply.get("source")))
        if label == "oos":
            oos += 1
            oos_answered += answered
            oos_clarified += bool(choices)
            direct += answered
        else:
            in_scope += 1
            if answered:
                direct += 1
                direct_right += got == label
            else:
                pick = next((c for c in choices if c.get("question") == label), None)
                if pick is not None:
                    after = post(o.url + "/api/chat", {"session_id": session, "choice": pick["payload"]})
                    right = after.get("source") == "FAQ" and entry_of(after) == label
                    picked_right += right
                    outcome += ", pressed the right one: " + ("its answer" if right else str(after.get("reply")))
        if o.verbose:
            print(("OK   " if (label != "oos" and (answered and got == label or "its answer" in outcome))
                   or (label == "oos" and not answered) else "MISS ") + text + "  ->  " + outcome
                  + ("" if label == "oos" else "  [" + label + "]"))
    pct = lambda n, d: 100.0 * n / d if d else 0.0
    print("questions: %d in scope, %d out of scope" % (in_scope, oos))
    print("self-service %.1f%%, direct precision %.1f%%, in-scope direct %.1f%%, out-of-scope answered %d of %d, "
          "out-of-scope clarified %d of %d" % (pct(direct_right + picked_right, in_scope), pct(direct_right, direct),
                                             pct(direct_right, in_scope), oos_answered, oos, oos_clarified, oos))


if __name__ == "__main__":
    main()
