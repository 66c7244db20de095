#!/usr/bin/env python3
"""cmpdec.py A B (run from a repo root): two replay dirs of replay.sh. Prints every turn whose decision (=> line)
differs, with the judge's outcome on each side, then counts: decisions changed, judged better/worse/same.
Bands: good = RIGHT, CHOICES_FIRST; mixed = HALF, CHOICES_HIT (Both); bad = the rest."""
import os, re, subprocess, sys
A, B = sys.argv[1:3]
def decisions(d):
    out = {}
    for f in sorted(os.listdir(d)):
        m = re.match(r"s(\d+)-(\w+)\.txt$", f)
        if not m: continue
        turn = None
        for line in open(os.path.join(d, f), encoding="utf-8", errors="replace"):
            t = re.match(r"^(\d+)/(\d+) ", line)
            if t: turn = "%s.%s" % t.groups(); continue
            if line.startswith("   => ") and turn:
                out[(m.group(1), m.group(2), turn)] = line.strip()[3:]
    return out
def judged(d):
    res = subprocess.run([sys.executable, "docs/conversations/judge.py", os.path.join(d, "list.txt"), "--turns"],
                         capture_output=True, text=True).stdout
    out = {}
    for line in res.splitlines():
        p = line.split(None, 5)
        if len(p) >= 5 and re.match(r"^\d+$", p[0]) and re.match(r"^\d+\.\d+$", p[2]):
            out[(p[0], p[1], p[2])] = p[4]
    return out, res
def band(o, kind=None):
    if o in ("RIGHT", "CHOICES_FIRST"): return 2
    if o in ("HALF",): return 1
    return 0
da, db = decisions(A), decisions(B)
ja, ra = judged(A); jb, rb = judged(B)
better = worse = same = 0
changed = 0
for k in sorted(set(da) & set(db), key=lambda k: (int(k[0]), k[1], [int(x) for x in k[2].split(".")])):
    if da[k] != db[k]:
        changed += 1
        oa, ob = ja.get(k, "-"), jb.get(k, "-")
        tag = ""
        if k in ja and k in jb:
            if band(ob) > band(oa): better += 1; tag = "BETTER"
            elif band(ob) < band(oa): worse += 1; tag = "WORSE"
            else: same += 1; tag = "same"
        print("s%s %s %s [%s -> %s] %s\n   A: %s\n   B: %s" % (k[0], k[1], k[2], oa, ob, tag, da[k][:200], db[k][:200]))
print("turns compared %d, decisions changed %d; judged better %d, worse %d, same band %d"
      % (len(set(da) & set(db)), changed, better, worse, same))
print("A:", ra.strip().splitlines()[-1] if ra.strip() else "-")
print("B:", rb.strip().splitlines()[-1] if rb.strip() else "-")
