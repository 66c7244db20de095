#!/usr/bin/env python3
"""rank22b_margin.py LIST: how well a margin tells today's wrong confident answers from the right ones, held out.

LIST as rank22.py's. Run from the repository's root. Per judged FAQ turn answered with one entry X (RIGHT or
SURE_WRONG by judge.py) whose lookup has X first: the margin of X over the best other of its 15 entries under the
order fitted on the other 20 sets (rank22.py), under today's order, and the lookup's own confidence as FollowUpProbe
prints it. Prints each one's AUC (a SURE_WRONG below a RIGHT) and what its lowest 5/10/20% would flag.
"""
import sys, re
import numpy as np
sys.path.insert(0,'docs/conversations'); sys.path.insert(0,'src/test/resources/measure')
import rank22b as B, rank22
from judge import judge, norm
conf = {}
for line in filter(str.strip, open(sys.argv[1])):
    faq, plan, lang, out = line.split()
    st = int(re.search(r'set(\d+)', plan).group(1)); cur = None; hdr = None
    for l in open(out, encoding='utf-8', errors='replace'):
        m = re.match(r'^(\d+)/(\d+) ', l)
        if m: cur = (m.group(1), m.group(2)); continue
        m = re.match(r'^      \[.*\] (\S+) ([\d.]+) \[(\d+):', l)
        if m and cur: conf[(st, lang, cur, m.group(3))] = float(m.group(2))
data = B.load(sys.argv[1])
fitdata = []
for s, lang, key, kind, named, d, looks in data:
    if kind != 'FAQ' or not named or not looks: continue
    first = re.match(r'(?:ANSWER |CHOICES \[)(\d+):', d)
    pick = next((l for l in looks if first and l[0][1] == first.group(1)), looks[0])
    fitdata.append((s, lang, rank22.features(pick), np.array([norm(r[11]) in named for r in pick])))
rows = []
for s in sorted({d[0] for d in data}):
    w = rank22.fit([d for d in fitdata if d[0] != s])
    for ds, lang, key, kind, named, d, looks in data:
        if ds != s or kind != 'FAQ': continue
        o = judge(kind, named, d)
        m = re.fullmatch(r'ANSWER (\d+):(.*)', d)
        if not m or o not in ('RIGHT', 'SURE_WRONG'): continue
        pick = next((l for l in looks if l[0][1] == m.group(1)), None)
        if not pick: continue
        x = rank22.features(pick)
        ls = x @ w; ts = x @ rank22.TODAY
        rows.append((o == 'SURE_WRONG', ls[0] - np.max(ls[1:]), ts[0] - np.max(ts[1:]), conf.get((s, lang, key, m.group(1)), np.nan)))
y = np.array([r[0] for r in rows]); lm = np.array([r[1] for r in rows]); tm = np.array([r[2] for r in rows])
def auc(score):  # P(score of a SURE_WRONG < score of a RIGHT): low margin should flag wrong answers
    a = score[y]; b = score[~y]
    return np.mean(a[:, None] < b[None, :]) + 0.5 * np.mean(a[:, None] == b[None, :])
cf = np.array([r[3] for r in rows]); print('confidence missing', np.isnan(cf).sum(), 'AUC policy confidence %.3f' % auc(np.nan_to_num(cf)))
print('answers', len(y), 'SURE_WRONG', y.sum())
print('AUC learned margin %.3f, today margin %.3f' % (auc(lm), auc(tm)))
for q in (0.05, 0.1, 0.2):
    for name, sc in (('learned', lm), ('today', tm), ('confidence', np.nan_to_num(cf))):
        t = np.quantile(sc, q); f = sc <= t
        print(f'lowest {q:.0%} by {name} margin: {f.sum()} flagged, SURE_WRONG {y[f].sum()}, RIGHT {(~y[f]).sum()}')
print('learned margin < 0:', (lm < 0).sum(), 'SW', y[lm < 0].sum())
