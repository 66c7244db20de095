#!/usr/bin/env python3
"""run_plan.py BASE_URL PLAN_TSV OUT_JSONL SESSION_PREFIX
Sends each plan turn to POST /api/chat (one session per conversation), typed (never a tap); strips the bracketed
tester instructions from the message; waits 60 s where the plan says so. Writes one JSON line per turn:
conversation, turn, message sent, HTTP status, the response body (or null), seconds taken."""
import csv, json, re, sys, time, urllib.request, urllib.error, uuid

base, plan, out, prefix = sys.argv[1:5]
run = uuid.uuid4().hex[:8]
rows = list(csv.reader(open(plan, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
with open(out, "w", encoding="utf-8") as f:
    for conv, turn, msg, *rest in rows:
        wait = "[wait 60 s" in msg or any("[wait 60 s" in c for c in rest[:1])
        text = re.sub(r"^(\s*\[[^\]]*\]\s*)+", "", msg).strip()
        if wait:
            time.sleep(60)
        body = json.dumps({"session_id": "%s-%s-c%s" % (prefix, run, conv), "message": text}).encode()
        req = urllib.request.Request(base + "/api/chat", data=body, headers={"Content-Type": "application/json"})
        t0 = time.time()
        for attempt in range(20):
            req = urllib.request.Request(base + "/api/chat", data=body, headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=120) as r:
                    status, raw = r.status, r.read().decode()
            except urllib.error.HTTPError as e:
                status, raw = e.code, e.read().decode()
                if status == 429:
                    time.sleep(float(e.headers.get("Retry-After", "1")) + 0.2)
                    continue
            break
        dt = round(time.time() - t0, 2)
        try:
            resp = json.loads(raw) if raw else None
        except ValueError:
            resp = {"raw": raw}
        rec = {"conversation": conv, "turn": turn, "message": text, "status": status, "response": resp, "seconds": dt}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n"); f.flush()
        reply = (resp or {}).get("reply") if isinstance(resp, dict) else None
        print("%s.%s %s %s | %s" % (conv, turn, status, (reply or "").replace("\n", " ")[:100],
                                   (resp or {}).get("needs_human") if isinstance(resp, dict) else ""))
