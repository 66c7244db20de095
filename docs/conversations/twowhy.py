#!/usr/bin/env python3
"""twowhy.py REPLAY_DIR [SET_REGEX] (run from the repository's root): for every two-question turn (the plan's kind
BOTH) of a replay.sh output, and every turn whose decision answers one part beside choices, prints why: the judge's
outcome, the decision, each part's reading as FollowUpProbe printed it (C/U/F/- confident, unsure, far, nothing; the
score; the first three entries with their similarities), and the whole message's reading, marked WHOLE. "answered"
names the part whose first entry was answered, and whether the whole message is confident of that entry too."""
import os, re, subprocess, sys

D = sys.argv[1]
RX = sys.argv[2] if len(sys.argv) > 2 else "."
res = subprocess.run([sys.executable, "docs/conversations/judge.py", os.path.join(D, "list.txt"), "--turns"],
                     capture_output=True, text=True).stdout
judged = {}
for line in res.splitlines():
    p = line.split("\t")
    if len(p) >= 5 and p[0].isdigit():
        judged[(p[0], p[1], p[2])] = (p[3], p[4])


def norm(s):
    return re.sub(r"[^\w]+", " ", s.lower()).strip()


for f in sorted(os.listdir(D)):
    m = re.match(r"s(\d+)-(\w+)\.txt$", f)
    if not m or not re.search(RX, m.group(1)):
        continue
    turns, key = {}, None
    for line in open(os.path.join(D, f), encoding="utf-8", errors="replace"):
        t = re.match(r"^(\d+)/(\d+) (.*)$", line.rstrip("\n"))
        if t:
            key = "%s.%s" % t.groups()[:2]
            turns[key] = {"msg": t.group(3), "dec": "", "reads": []}
        elif key and line.startswith("   => "):
            turns[key]["dec"] = line.strip()[3:]
        elif key:
            r = re.match(r"^      \[(.*)\] (\S) (\S+) \[(.*)\]$", line.rstrip("\n"))
            if r and r.group(1) not in [x[0] for x in turns[key]["reads"]]:
                turns[key]["reads"].append((r.group(1), r.group(2), r.group(3), r.group(4)))
    for key, v in turns.items():
        kind, outcome = judged.get((m.group(1), m.group(2), key), ("-", "-"))
        one = v["dec"].startswith("ANSWER") and "+" in v["dec"] and "+ ANSWER" not in v["dec"]
        if kind != "BOTH" and not one:
            continue
        print("s%s %s %s [%s %s] %s" % (m.group(1), m.group(2), key, kind, outcome, v["msg"]))
        print("   => " + v["dec"][:300])
        msg = norm(v["msg"])
        whole = None
        for text, c, score, top in v["reads"]:
            w = norm(text)
            isw = len(w) >= 0.8 * len(msg) and (w in msg or msg in w)
            whole = whole or ((c, top) if isw else None)
            entries = re.findall(r"(\d+):(.*?)\((\d\.\d\d)\)(?:, |$)", top)[:3]
            print("      %s[%s] %s %s | %s" % ("WHOLE " if isw else "", text[:120], c, score,
                                               "; ".join("%s %s (%s)" % (i, q[:40], s) for i, q, s in entries)))
        a = re.match(r"ANSWER (\d+):", v["dec"])
        if a and whole:
            first = re.match(r"(\d+):", whole[1])
            print("   answered %s; whole %s, its first %s" % (a.group(1), whole[0], first.group(1) if first else "-"))
