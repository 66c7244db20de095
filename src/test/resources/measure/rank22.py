#!/usr/bin/env python3
"""rank22.py LIST [--weights]: a ranking of the entries learned across shops, fitted leave-one-set-out.

LIST: lines "faq plan lang out" (as judge.py's), each out a FollowUpProbe replay run with -Dsignals=15
(eval.RankSignals). Run from the repository's root. Per judged FAQ turn (the plan's column 4 names the acceptable
entries, as judge.py reads it), the lookup the decision came from (the one whose first entry was answered or leads the
choices, else the turn's first lookup) and its 15 first entries with their signals. A conditional logit (softmax over
the turn's candidates, L2 towards today's weights) over a few trade-independent features is fitted on 20 sets and scores the 21st, in turn.
Prints held-out right-first / right-in-top-3 against today's order, per language and per fold; --weights prints the
weights fitted on every set.
"""
import csv, os, re, sys
from collections import defaultdict
import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, 'docs/conversations')
from judge import expected, norm, plan_rows  # noqa: E402

FEATURES = ['loghead', 'cos/t', 'cos2/t', 'w*lexp', 'w*lexa', 'w*lexc', 'w*lexn', 'bestcos', 'nolex*loghead',
            'nolex*cos/t', 'besthead', 'bestlex']
TODAY = np.array([1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0], dtype=float)
# MORE=1: the entry with the best head probability and the one with the best lexical score marked too
USED = len(FEATURES) if os.environ.get('MORE') else len(FEATURES) - 2
FEATURES, TODAY = FEATURES[:USED], TODAY[:USED]
L2 = float(os.environ.get('L2', '0.01'))


def features(rows):
    c = np.array([[float(x) for x in r[2:11]] for r in rows])
    cos, cos2, lh, lp, la, lc, ln, w, t = c.T
    nolex = (w == 0).astype(float)
    best = (cos == cos.max()).astype(float)
    lex = lp + la + lc + ln
    besthead = (lh == lh.max()).astype(float)
    bestlex = ((lex == lex.max()) & (lex > 0)).astype(float)
    return np.stack([lh, cos / t, cos2 / t, w * lp, w * la, w * lc, w * ln, best, nolex * lh, nolex * cos / t,
                     besthead, bestlex], 1)[:, :USED]


def turns_of(faq, plan, lang, out):
    want = {}
    for r in plan_rows(plan):
        kind, named = expected(r[3])
        if kind == 'FAQ' and named:
            want[(r[0], r[1])] = named
    got, cur, lookups = [], None, None

    def flush():
        if cur and cur[0] in want and lookups:
            got.append((cur[0], cur[1], lookups))
    for line in open(out, encoding='utf-8', errors='replace'):
        line = line.rstrip('\n')
        m = re.match(r'^(\d+)/(\d+) ', line)
        if m:
            flush()
            cur, lookups = [(m.group(1), m.group(2)), ''], []
        elif cur and line.startswith('   => '):
            cur[1] = line[6:]
        elif cur and line.startswith('      ['):
            lookups.append([])
        elif cur and line.startswith('      ~ ') and lookups is not None and lookups:
            lookups[-1].append(line[8:].split('\t'))
    flush()
    res = []
    for key, decision, looks in got:
        looks = [l for l in looks if l]
        if not looks:
            continue
        first = re.match(r'(?:ANSWER |CHOICES \[)(\d+):', decision)
        pick = next((l for l in looks if first and l[0][1] == first.group(1)), looks[0])
        right = np.array([norm(r[11]) in want[key] for r in pick])
        res.append((key, features(pick), right))
    return res


def load(listfile):
    data = []
    for line in open(listfile):
        if not line.strip():
            continue
        faq, plan, lang, out = line.split()
        s = int(re.search(r'set(\d+)', plan).group(1))
        for key, x, right in turns_of(faq, plan, lang, out):
            data.append((s, lang, x, right))
    return data


def fit(train):
    usable = [(x, r) for _, _, x, r in train if r.any() and not r.all()]

    def loss(w):
        d = w - TODAY  # shrunk towards today's order
        total, grad = L2 * d @ d, 2 * L2 * d
        for x, r in usable:
            s = x @ w
            s = s - s.max()
            p = np.exp(s)
            p /= p.sum()
            q = p * r
            q /= q.sum()
            total -= np.log((p * r).sum())
            grad -= (q - p) @ x
        return total / len(usable), grad / len(usable)
    return minimize(loss, TODAY.copy(), jac=True, method='L-BFGS-B').x


def place(x, right, w):
    s = x @ w
    order = np.lexsort((np.arange(len(s)), -s))  # ties: today's order
    hits = np.nonzero(right[order])[0]
    return hits[0] if len(hits) else 99


def main():
    data = load(sys.argv[1])
    sets = sorted({d[0] for d in data})
    if '--weights' in sys.argv:
        w = fit(data)
        print('\n'.join(f'{n}\t{v:.4f}' for n, v in zip(FEATURES, w)))
        return
    per = defaultdict(lambda: np.zeros(5, dtype=int))  # turns, today first, today top3, new first, new top3
    wins = losses = 0
    for s in sets:
        w = fit([d for d in data if d[0] != s])
        fold = np.zeros(5, dtype=int)
        for ds, lang, x, right in data:
            if ds != s:
                continue
            a, b = np.arange(len(right)), place(x, right, w)
            today = np.nonzero(right)[0]
            t = today[0] if len(today) else 99
            row = np.array([1, t == 0, t < 3, b == 0, b < 3], dtype=int)
            per[lang] += row
            fold += row
        wins += fold[3] > fold[1]
        losses += fold[3] < fold[1]
        print(f'set {s}: turns {fold[0]}, first {fold[1]} -> {fold[3]}, top 3 {fold[2]} -> {fold[4]}, '
              f'weights {" ".join(f"{v:.2f}" for v in w)}')
    total = sum(per.values())
    for lang in sorted(per) + ['all']:
        v = total if lang == 'all' else per[lang]
        print(f'{lang}\tturns {v[0]}\tfirst {v[1]} -> {v[3]} ({v[3] - v[1]:+d})\ttop 3 {v[2]} -> {v[4]} '
              f'({v[4] - v[2]:+d})')
    print(f'folds better / worse on first: {wins} / {losses} of {len(sets)}')


if __name__ == '__main__':
    main()
