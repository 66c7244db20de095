"""Write disjoint_report.txt: for every query, the prefixes it shares with its own entry (or DISJOINT),
and, as information only, the other entry of the same FAQ it shares most prefixes with when that entry
shares more than its own (a hint of lexical pull towards a wrong entry, not a rule)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import LANGS, load, prefixes

lines = []
for code in LANGS:
    mod = load(code)
    blobs = [(e.question, prefixes(e.blob(), mod.STOP)) for e in mod.FAQ]
    n_disjoint = sum(1 for e in mod.FAQ for q in e.queries if not prefixes(q, mod.STOP) & dict(blobs)[e.question])
    lines.append(f"### {code} -- {mod.SHOP}")
    lines.append(f"    {n_disjoint} of 36 queries are word-disjoint from their entry")
    for e in mod.FAQ:
        own = dict(blobs)[e.question]
        lines.append(e.question)
        for q in e.queries:
            qp = prefixes(q, mod.STOP)
            s = sorted(qp & own)
            tag = "DISJOINT" if not s else "shares " + ",".join(s)
            other = max(((len(qp & p), oq) for oq, p in blobs if oq != e.question), default=(0, ""))
            pull = f"   [pull: {other[0]} with '{other[1]}']" if other[0] > len(s) else ""
            lines.append(f"   {tag:<42} {q}{pull}")
    lines.append("")
with open(os.path.join(HERE, "disjoint_report.txt"), "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines))
print("wrote disjoint_report.txt")
