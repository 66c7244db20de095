#!/usr/bin/env python3
"""rank22b.py LIST: the learned order (rank22.py) as a check on today's confident answers, leave-one-set-out.

LIST as rank22.py's (FollowUpProbe outputs with -Dsignals=15). Run from the repository's root. Per judged turn
(FAQ, Both, Too vague, Not covered) whose decision is one confident answer of entry X, the lookup whose first entry is
X: if the order fitted on the other 20 sets puts another entry first among its 15, the check gives choices instead,
led by X (X + the learned next two) or led by the learned first (the learned top 3). Where today gives choices
(one list, no answer), they are ordered by the learned order: the same entries re-sorted, or the learned top 3.
Each new decision is judged with judge.py's rules and bands; prints per language the answers turned, their outcome
before and after, and wrong turns (judge.py's bands) per variant, per fold.
"""
import os, re, sys
from collections import Counter, defaultdict
import numpy as np

sys.path.insert(0, 'docs/conversations')
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from judge import expected, norm, plan_rows, judge, band  # noqa: E402
import rank22  # noqa: E402


def turns(plan, out):
    """(key, kind, named, decision, lookups) per judged turn; a lookup is its ~ rows."""
    want = {}
    for r in plan_rows(plan):
        kind, named = expected(r[3])
        if kind != 'OTHER':
            want[(r[0], r[1])] = (kind, named)
    res, cur = [], None
    for line in open(out, encoding='utf-8', errors='replace'):
        line = line.rstrip('\n')
        m = re.match(r'^(\d+)/(\d+) ', line)
        if m:
            cur = [(m.group(1), m.group(2)), '', []]
            if cur[0] in want:
                res.append(cur)
        elif cur and line.startswith('   => '):
            cur[1] = line[6:].strip()
        elif cur and line.startswith('      ['):
            cur[2].append([])
        elif cur and line.startswith('      ~ ') and cur[2]:
            cur[2][-1].append(line[8:].split('\t'))
    return [(k, *want[k], d, [l for l in ls if l]) for k, d, ls in res]


def entry(r):
    return f'{r[1]}:{r[11]}'


def choices(rows):
    return 'CHOICES [' + ', '.join(entry(r) for r in rows) + ']'


def load(listfile):
    data = []
    for line in open(listfile):
        if not line.strip():
            continue
        faq, plan, lang, out = line.split()
        s = int(re.search(r'set(\d+)', plan).group(1))
        for key, kind, named, decision, looks in turns(plan, out):
            data.append((s, lang, key, kind, named, decision, looks))
    return data


def learned(rows, w):
    s = rank22.features(rows) @ w
    return [rows[i] for i in np.lexsort((np.arange(len(s)), -s))]


VARIANTS = ['today', 'ledX', 'ledNew', 'ledX+sort', 'ledNew+sort', 'ledX+top3', 'ledNew+top3']


def decide(decision, looks, w):
    """variant -> decision; and whether the check fired."""
    out = {v: decision for v in VARIANTS}
    fired = False
    m = re.fullmatch(r'ANSWER (\d+):(.*)', decision)
    if m:
        pick = next((l for l in looks if l[0][1] == m.group(1)), None)
        if pick:
            order = learned(pick, w)
            if order[0][1] != m.group(1):
                fired = True
                x = pick[0]
                rest = [r for r in order if r[1] != x[1]]
                for v in VARIANTS[1:]:
                    out[v] = choices([x] + rest[:2]) if v.startswith('ledX') else choices(order[:3])
        return out, fired
    m = re.fullmatch(r'CHOICES \[(\d+):.*\]', decision)
    if m:
        pick = next((l for l in looks if l[0][1] == m.group(1)), None)
        if pick:
            order = learned(pick, w)
            shown = re.findall(r'(?:^CHOICES \[|, )(\d+):', decision)
            rank = {r[1]: i for i, r in enumerate(order)}
            byid = {r[1]: r for r in pick}
            if all(i in byid for i in shown):
                sort = choices(sorted((byid[i] for i in shown), key=lambda r: rank[r[1]]))
                for v in ('ledX+sort', 'ledNew+sort'):
                    out[v] = sort
            for v in ('ledX+top3', 'ledNew+top3'):
                out[v] = choices(order[:len(shown)])
    return out, fired


def main():
    data = load(sys.argv[1])
    sets = sorted({d[0] for d in data})
    fitdata = []  # rank22's training turns: FAQ turns, the decision's lookup
    for s, lang, key, kind, named, decision, looks in data:
        if kind != 'FAQ' or not named or not looks:
            continue
        first = re.match(r'(?:ANSWER |CHOICES \[)(\d+):', decision)
        pick = next((l for l in looks if first and l[0][1] == first.group(1)), looks[0])
        right = np.array([norm(r[11]) in named for r in pick])
        fitdata.append((s, lang, rank22.features(pick), right))
    wrong = defaultdict(Counter)  # (lang) -> variant -> wrong turns
    turned = defaultdict(Counter)  # lang -> (kind, before, after ledX, after ledNew)
    fold = defaultdict(Counter)
    sure = defaultdict(Counter)  # lang -> variant -> answered as if sure, wrongly (every kind)
    faq = defaultdict(Counter)  # variant -> FAQ outcome -> turns
    for s in sets:
        w = rank22.fit([d for d in fitdata if d[0] != s])
        for ds, lang, key, kind, named, decision, looks in data:
            if ds != s:
                continue
            outs, fired = decide(decision, looks, w)
            res = {v: judge(kind, named, d) for v, d in outs.items()}
            for v in VARIANTS:
                bad = band(kind, res[v]) == 'wrong'
                wrong[lang][v] += bad
                wrong['all'][v] += bad
                fold[s][v] += bad
                sure[lang][v] += res[v] == 'SURE_WRONG'
                sure['all'][v] += res[v] == 'SURE_WRONG'
                if kind == 'FAQ':
                    faq[v][res[v]] += 1
            if fired:
                turned[lang][(kind, res['today'], res['ledX'], res['ledNew'])] += 1
                turned['all'][(kind, res['today'], res['ledX'], res['ledNew'])] += 1
    print('wrong turns (judge.py bands), held out:')
    print('lang\t' + '\t'.join(VARIANTS))
    for lang in sorted(wrong):
        print(lang + '\t' + '\t'.join(str(wrong[lang][v]) for v in VARIANTS))
    for v in VARIANTS[1:]:
        b = sum(fold[s][v] < fold[s]['today'] for s in sets)
        ww = sum(fold[s][v] > fold[s]['today'] for s in sets)
        print(f'{v}: folds better / worse / even {b} / {ww} / {len(sets) - b - ww}')
    print('\nSURE_WRONG (every kind), held out:')
    for lang in sorted(sure):
        print(lang + '\t' + '\t'.join(str(sure[lang][v]) for v in VARIANTS))
    print('\nFAQ turns by outcome:')
    for v in VARIANTS:
        print(v + '\t' + ' '.join(f'{o} {faq[v][o]}' for o in sorted(faq[v])))
    print('\nconfident answers turned into choices (kind, today -> led by X, led by the learned first):')
    for lang in sorted(turned):
        n = sum(turned[lang].values())
        sw = sum(c for (k, t, a, b), c in turned[lang].items() if t == 'SURE_WRONG')
        ri = sum(c for (k, t, a, b), c in turned[lang].items() if t == 'RIGHT')
        print(f'{lang}: {n} turned, SURE_WRONG {sw}, RIGHT {ri}')
        if lang == 'all' or '-v' in sys.argv:
            for (k, t, a, b), c in sorted(turned[lang].items(), key=lambda x: -x[1]):
                print(f'   {c}\t{k}\t{t} -> {a} / {b}')


if __name__ == '__main__':
    main()
