#!/usr/bin/env python3
"""loso.py NAME=DIR [NAME=DIR ...] (run from a repo root): replay dirs of the same plans (each with its list.txt),
judged per turn by judge.py. Per set and option: wrong turns (the judge's band). Then leave-one-set-out: for each set,
the option with the fewest wrong turns on all the other sets (ties: the first named), scored on the set left out."""
import re, subprocess, sys
sys.path.insert(0, "docs/conversations")
from judge import band
opts = [a.split("=", 1) for a in sys.argv[1:]]
wrong = {}
for name, d in opts:
    out = subprocess.run([sys.executable, "docs/conversations/judge.py", d + "/list.txt", "--turns"],
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        p = line.split("\t")
        if len(p) >= 5 and p[0].isdigit():
            w = wrong.setdefault(name, {})
            w[p[0]] = w.get(p[0], 0) + (band(p[3], p[4]) == "wrong")
sets = sorted(set.intersection(*[set(w) for w in wrong.values()]), key=int)
names = [n for n, _ in opts]
print("set " + " ".join("%8s" % n for n in names) + "   held-out pick")
held = 0
for s in sets:
    totals = {n: sum(wrong[n][t] for t in sets if t != s) for n in names}
    pick = min(names, key=lambda n: (totals[n], names.index(n)))
    held += wrong[pick][s]
    print("%3s " % s + " ".join("%8d" % wrong[n][s] for n in names) + "   " + pick)
print("all " + " ".join("%8d" % sum(wrong[n][t] for t in sets) for n in names) + "   held out: %d" % held)
