#!/usr/bin/env python3
"""rank44: where the right entry lands in the retriever's top 10 (RankDump's output), and a reranker over the top 10
from the shop's own fields (keywords, category, answer, phrasings: IDF-weighted overlap over the shop's FAQ), its
weights chosen leave-one-set-out on a grid.  Usage: rank44.py DUMP [--sets 7-36] [-v]"""
import csv, glob, itertools, math, os, re, sys, unicodedata
from collections import defaultdict, Counter

ARGS = sys.argv[1:]
DUMP = ARGS[0]
VERBOSE = '-v' in ARGS
STEM = int(os.environ.get('STEM', '5'))
ROOT = os.environ.get('ROOT', '.')

def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))

def terms(s):
    return {w[:STEM] for w in re.findall(r'[a-z0-9]+', norm(s)) if len(w) >= 3 and not w.isdigit()}

def categories(shop):
    setno, lang = shop.split('/')
    setno = setno[3:]
    files = glob.glob(f'{ROOT}/docs/conversations/*-set{setno}/{lang}-faq.csv')
    path = files[0] if files else f'{ROOT}/db/sample-faq.csv'
    out = {}
    with open(path, encoding='utf-8') as f:
        rows = list(csv.reader(f))
    for r in rows[1:]:
        if len(r) >= 3 and r[0].strip():
            out[r[0].strip()] = r[2]
    return out

entries = defaultdict(dict)   # shop -> id -> fields
questions = []                # (shop, lang, right, sure, best, choices, text, rows)
for line in open(DUMP, encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if c[0] == 'E':
        entries[c[1]][int(c[2])] = dict(kw=c[3], q=c[4], ans=c[5], phr=c[6])
    elif c[0] == 'Q':
        questions.append(dict(shop=c[1], lang=c[2], right=int(c[3]), sure=c[4] == 'sure', best=c[5],
                              choices=[int(x) for x in c[6].split(',') if x], text=c[7], rows=[]))
    elif c[0] == 'R':
        place, eid, cos, cos2, lh, lp, la, lc, ln, lw, t = c[1:12]
        lw, t = float(lw), float(t)
        questions[-1]['rows'].append(dict(id=int(eid), place=int(place), today=float(lh) + float(cos) / t
                                          + lw * (float(lp) + float(la) + float(lc) + float(ln)),
                                          cos=float(cos), lh=float(lh), lw=lw))

# the shop's fields as term sets, and IDF over the shop's entries (a term's entries: any field)
FIELDS = ('kw', 'cat', 'ans', 'phr')
shopterms, idf = {}, {}
for shop, es in entries.items():
    cats = categories(shop)
    st = {}
    for eid, e in es.items():
        st[eid] = dict(kw=terms(e['kw'].replace(';', ' ')), cat=terms(cats.get(e['q'], '')),
                       ans=terms(e['ans']), phr=terms(e['phr'] + ' ' + e['q']))
    df = Counter()
    for f in st.values():
        df.update(set().union(*f.values()))
    n = len(es)
    idf[shop] = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
    shopterms[shop] = st

def features(q):
    qt = terms(q['text'])
    w = idf[q['shop']]
    qt = {t for t in qt if t in w}
    total = sum(w[t] for t in qt) or 1.0
    for r in q['rows']:
        f = shopterms[q['shop']][r['id']]
        r['f'] = [sum(w[t] for t in qt & f[k]) / total for k in FIELDS]

def setof(q):
    return int(q['shop'].split('/')[0][3:])

lo, hi = 7, 36
if '--sets' in ARGS:
    lo, hi = map(int, ARGS[ARGS.index('--sets') + 1].split('-'))
qs = [q for q in questions if lo <= setof(q) <= hi and q['rows']]
for q in qs:
    features(q)

def rank_of(q, w, guard):
    """The right entry's place (0 first, None outside the top 10) under today's score plus w · features; with the
    guard a sure lookup keeps its first entry first (only the choices' order moves)."""
    rows = q['rows']
    scored = rows if not any(w) else sorted(rows, key=lambda r: -(r['today'] + sum(a * b for a, b in zip(w, r['f']))))
    if guard and q['sure']:
        first = rows[0]
        scored = [first] + [r for r in scored if r is not first]
    for i, r in enumerate(scored):
        if r['id'] == q['right']:
            return i, scored[0]['id']
    return None, scored[0]['id']

def score(sub, w, guard):
    first = top3 = wrong = 0
    for q in sub:
        k, f = rank_of(q, w, guard)
        first += k == 0
        top3 += k is not None and k < 3
        wrong += q['sure'] and f != q['right']
    return first, top3, wrong

# histogram today
hist = Counter()
for q in qs:
    k = next((i for i, r in enumerate(q['rows']) if r['id'] == q['right']), None)
    hist[k if k is not None else 'out'] += 1
print(f'turns {len(qs)} (sets {lo}-{hi}); right entry place in today\'s top 10:')
print('  ' + '  '.join(f'{k + 1 if k != "out" else ">10"}: {hist[k]}' for k in list(range(10)) + ['out']))
bylang = defaultdict(Counter)
for q in qs:
    k = next((i for i, r in enumerate(q['rows']) if r['id'] == q['right']), None)
    bylang[q['lang']]['n'] += 1
    bylang[q['lang']]['first'] += k == 0
    bylang[q['lang']]['top3'] += k is not None and k < 3
    bylang[q['lang']]['top10'] += k is not None
    bylang[q['lang']]['sure'] += q['sure']
    bylang[q['lang']]['surewrong'] += q['sure'] and q['rows'][0]['id'] != q['right']
print('lang  n  first%  top3%  top10%  sure  sure-wrong')
for l in sorted(bylang):
    b = bylang[l]
    print(f"{l} {b['n']:4d} {100 * b['first'] / b['n']:6.1f} {100 * b['top3'] / b['n']:6.1f} {100 * b['top10'] / b['n']:6.1f} {b['sure']:4d} {b['surewrong']:4d}")

GRID = [0, 0.5, 1, 2]
CANDS = list(itertools.product(GRID, GRID, [0, 1, 2, 4, 6, 8], GRID))
GROUPS = os.environ.get('SPLIT', 'all')   # 'all': one weight vector; 'en': English's own, the others' own
sets = sorted({setof(q) for q in qs})
byset = {s: [q for q in qs if setof(q) == s] for s in sets}
for guard in (False, True):
    # every candidate's counts per set, once
    if GROUPS == 'en':
        table = {w: {(s, g): score([q for q in byset[s] if (q['lang'] == 'en') == (g == 'en')], w, guard)
                     for s in sets for g in ('en', 'xx')} for w in CANDS}
    else:
        table = {w: {s: score(byset[s], w, guard) for s in sets} for w in CANDS}
    held = defaultdict(lambda: [0, 0, 0, 0, 0, 0])   # lang -> today first, top3, wrong, new first, top3, wrong
    chosen = Counter()
    folds = defaultdict(lambda: [0, 0])   # set -> today first, new first
    for s, grp in [(s, g) for s in sets for g in (('en', 'xx') if GROUPS == 'en' else ('all',))]:
        def counts(w, t):
            if grp == 'all':
                return table[w][t]
            return table[w][(t, grp)]
        def train(w):
            a = [sum(counts(w, t)[i] for t in sets if t != s) for i in range(3)]
            return (a[0] + a[1] - (1000 if a[2] > sum(counts(CANDS[0], t)[2] for t in sets if t != s) else 0), -sum(w))
        best = max(CANDS, key=train)
        chosen[best] += 1
        for q in byset[s]:
            if grp != 'all' and (q['lang'] == 'en') != (grp == 'en'):
                continue
            k0, f0 = rank_of(q, CANDS[0], guard)
            k1, f1 = rank_of(q, best, guard)
            h = held[q['lang']]
            folds[s][0] += k0 == 0; folds[s][1] += k1 == 0
            h[0] += k0 == 0; h[1] += k0 is not None and k0 < 3; h[2] += q['sure'] and f0 != q['right']
            h[3] += k1 == 0; h[4] += k1 is not None and k1 < 3; h[5] += q['sure'] and f1 != q['right']
    print(f"\nheld out, {'sure lookups keep their first (guard)' if guard else 'no guard'}; weights "
          f"({', '.join(FIELDS)}) chosen: {chosen.most_common(4)}")
    print('lang  n  first% today->new  top3% today->new  sure-wrong today->new')
    tot = [0] * 6
    for l in sorted(held):
        h = held[l]; n = bylang[l]['n']
        tot = [a + b for a, b in zip(tot, h)]
        print(f'{l} {n:4d}  {100 * h[0] / n:5.1f} -> {100 * h[3] / n:5.1f}   {100 * h[1] / n:5.1f} -> {100 * h[4] / n:5.1f}   {h[2]:3d} -> {h[5]:3d}')
    n = len(qs)
    fb = Counter('better' if b > a else 'worse' if b < a else 'even' for a, b in folds.values())
    print(f"folds (first place): {fb['better']} better, {fb['worse']} worse, {fb['even']} even")
    print(f'all {n:4d}  {100 * tot[0] / n:5.1f} -> {100 * tot[3] / n:5.1f}   {100 * tot[1] / n:5.1f} -> {100 * tot[4] / n:5.1f}   {tot[2]:3d} -> {tot[5]:3d}')
    if VERBOSE:
        for w in sorted(CANDS, key=lambda w: -sum(v[0] + v[1] for v in table[w].values()))[:5]:
            a = [sum(v[i] for v in table[w].values()) for i in range(3)]
            print('  in-sample', w, a)

# single levers in-sample (guard on), and set 36's turns whose right entry is not first
print('\nin-sample, guard on: first / top 3 / sure-wrong of', len(qs))
for name, w in [('today', (0, 0, 0, 0)), ('keywords 1', (1, 0, 0, 0)), ('keywords 2', (2, 0, 0, 0)),
                ('category 1', (0, 1, 0, 0)), ('category 2', (0, 2, 0, 0)), ('answer 2', (0, 0, 2, 0)),
                ('answer 4', (0, 0, 4, 0)), ('answer 8', (0, 0, 8, 0)), ('phrasings 1', (0, 0, 0, 1)),
                ('chosen (1, 0, 4, 0.5)', (1, 0, 4, 0.5)), ('chosen non-en (1, 2, 8, 2)', (1, 2, 8, 2))]:
    print(f'  {name:28s}', score(qs, w, True))
if '--set' in ARGS:
    s = int(ARGS[ARGS.index('--set') + 1])
    for q in byset.get(s, []):
        k0, _ = rank_of(q, (0, 0, 0, 0), True)
        k1, _ = rank_of(q, (1, 0, 4, 0.5), True)
        if k0 != 0:
            print(f"  {q['shop']} {'sure' if q['sure'] else 'unsure'} place {k0 if k0 is None else k0 + 1} -> "
                  f"{k1 if k1 is None else k1 + 1}: {q['text'][:110]}")
