#!/usr/bin/env python3
"""rank50: character n-grams as a lever for the order of the retriever's top 10 (RankDump's output).

For every dumped question and each of its top-10 entries, two features: the cosine between the question's and the
entry's character 3-5-gram TF-IDF vectors (lower-cased, accents off, each word padded with a space on both sides;
sublinear term frequency; IDF over the shop's entries, every field of an entry one document; the question's grams the
shop has not dropped), once against the entry's question + phrasings + keywords ("ngq") and once against its answer
("nga"). Today's fused score plus w · features reorders the ten; weights chosen leave-one-set-out on a grid exactly as
rank44 (folds by set; a weighting that adds sure-and-wrong lookups on the training sets refused; with the guard a sure
lookup keeps its first entry). Compared with today's order and with rank44's reranker (the shop's fields' IDF word
overlap, refitted on the same sets), and both together.

Usage: rank50.py DUMP [--sets 7-42] [--set N] [--only rank44|rank50|both] [-v]
Environment: SPLIT=en (English's weights apart from the others') or lang (each language its own); OBJECTIVE=first
(train on first place alone; default first + top 3 as rank44); NG=0,1,2,... (the n-gram weights' grid); TOP=5 (rerank
only the first five); NGRAMS=3-5; ROOT=. (for the FAQ files' categories).
"""
import csv, glob, itertools, math, os, re, sys, time, unicodedata
from collections import defaultdict, Counter

ARGS = sys.argv[1:]
DUMP = ARGS[0]
VERBOSE = '-v' in ARGS
ROOT = os.environ.get('ROOT', '.')
GROUPS = os.environ.get('SPLIT', 'all')   # 'en': English's weights apart from the others'; 'lang': each its own
OBJECTIVE = os.environ.get('OBJECTIVE', 'first+top3')   # what a fold's training sets maximise: 'first' alone
NMIN, NMAX = (int(x) for x in os.environ.get('NGRAMS', '3-5').split('-'))


def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))


def terms(s):   # rank44's words: first five letters, three letters or more
    return {w[:5] for w in re.findall(r'[a-z0-9]+', norm(s)) if len(w) >= 3 and not w.isdigit()}


def grams(s):
    """Character n-grams of each word padded with a space, counted (a word shorter than n gives its padded self)."""
    out = Counter()
    for w in re.findall(r'[a-z0-9]+', norm(s)):
        p = f' {w} '
        for n in range(NMIN, NMAX + 1):
            if len(p) < n:
                if n == NMIN:
                    out[p] += 1
                continue
            for i in range(len(p) - n + 1):
                out[p[i:i + n]] += 1
    return out


def categories(shop):
    setno, lang = shop.split('/')
    files = glob.glob(f'{ROOT}/docs/conversations/*-set{setno[3:]}/{lang}-faq.csv')
    path = files[0] if files else f'{ROOT}/db/sample-faq.csv'
    with open(path, encoding='utf-8') as f:
        rows = list(csv.reader(f))
    return {r[0].strip(): r[2] for r in rows[1:] if len(r) >= 3 and r[0].strip()}


entries = defaultdict(dict)
questions = []
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
                                          + lw * (float(lp) + float(la) + float(lc) + float(ln))))

# rank44's word features and this script's n-gram vectors, per shop
FIELDS44 = ('kw', 'cat', 'ans', 'phr')
shopterms, idf, ngidf, ngvec = {}, {}, {}, {}
t0 = time.time()
for shop, es in entries.items():
    cats = categories(shop)
    st, df = {}, Counter()
    for eid, e in es.items():
        st[eid] = dict(kw=terms(e['kw'].replace(';', ' ')), cat=terms(cats.get(e['q'], '')),
                       ans=terms(e['ans']), phr=terms(e['phr'] + ' ' + e['q']))
        df.update(set().union(*st[eid].values()))
    n = len(es)
    idf[shop] = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
    shopterms[shop] = st
    g = {eid: (grams(e['q'] + ' ' + e['phr'].replace('|', ' ') + ' ' + e['kw'].replace(';', ' ')), grams(e['ans']))
         for eid, e in es.items()}
    gdf = Counter()
    for a, b in g.values():
        gdf.update(set(a) | set(b))
    w = {k: math.log((n + 1) / (d + 1)) + 1 for k, d in gdf.items()}
    ngidf[shop] = w

    def vec(counts):
        v = {k: (1 + math.log(c)) * w[k] for k, c in counts.items()}
        z = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {k: x / z for k, x in v.items()}
    ngvec[shop] = {eid: (vec(a), vec(b)) for eid, (a, b) in g.items()}


def ngram_features(q):
    w = ngidf[q['shop']]
    v = {k: (1 + math.log(c)) * w[k] for k, c in grams(q['text']).items() if k in w}
    z = math.sqrt(sum(x * x for x in v.values())) or 1.0
    out = []
    for r in q['rows']:
        eq, ea = ngvec[q['shop']][r['id']]
        out.append((sum(x * eq.get(k, 0.0) for k, x in v.items()) / z, sum(x * ea.get(k, 0.0) for k, x in v.items()) / z))
    return out


def setof(q):
    return int(q['shop'].split('/')[0][3:])


lo, hi = 7, 42
if '--sets' in ARGS:
    lo, hi = map(int, ARGS[ARGS.index('--sets') + 1].split('-'))
qs = [q for q in questions if lo <= setof(q) <= hi and q['rows']]
TOP = int(os.environ.get('TOP', '10'))   # rerank only the first TOP rows (the bot's ranking carries 5)
for q in qs:
    q['rows'] = q['rows'][:TOP]
for q in qs:
    qt = {t for t in terms(q['text']) if t in idf[q['shop']]}
    wt = idf[q['shop']]
    total = sum(wt[t] for t in qt) or 1.0
    for r, (a, b) in zip(q['rows'], ngram_features(q)):
        f = shopterms[q['shop']][r['id']]
        # features: kw, cat, ans, phr (rank44), ngq, nga (rank50)
        r['f'] = [sum(wt[t] for t in qt & f[k]) / total for k in FIELDS44] + [a, b]
print(f'features for {len(qs)} questions in {time.time() - t0:.1f} s', file=sys.stderr)


def rank_of(q, w, guard):
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


sets = sorted({setof(q) for q in qs})
byset = {s: [q for q in qs if setof(q) == s] for s in sets}
langs = sorted({q['lang'] for q in qs})
nlang = Counter(q['lang'] for q in qs)

bylang = defaultdict(Counter)
for q in qs:
    k = next((i for i, r in enumerate(q['rows']) if r['id'] == q['right']), None)
    b = bylang[q['lang']]
    b['n'] += 1; b['first'] += k == 0; b['top3'] += k is not None and k < 3; b['top10'] += k is not None
    b['sure'] += q['sure']; b['surewrong'] += q['sure'] and q['rows'][0]['id'] != q['right']
print(f'questions {len(qs)} (sets {lo}-{hi}), today:')
print('lang     n  first%  top3%  top10%  sure  sure-wrong')
for l in langs:
    b = bylang[l]
    print(f"{l}    {b['n']:4d}  {100 * b['first'] / b['n']:6.1f} {100 * b['top3'] / b['n']:6.1f} "
          f"{100 * b['top10'] / b['n']:6.1f}  {b['sure']:4d}  {b['surewrong']:4d}")

Z = (0, 0)
GRID44 = [(kw, cat, ans, phr) + Z for kw, cat, ans, phr in
          itertools.product([0, 0.5, 1, 2], [0, 0.5, 1, 2], [0, 1, 2, 4, 6, 8], [0, 0.5, 1, 2])]
NG = [int(x) for x in os.environ.get("NG", "0,1,2,4,8,16,32,64").split(",")]
GRIDNG = [(0, 0, 0, 0, a, b) for a, b in itertools.product(NG, NG)]
GRIDBOTH = [(kw, 0, ans, 0, a, b) for kw, ans, a, b in itertools.product([0, 1], [0, 2, 4, 8], NG, NG)]
MODELS = [('rank44 words', GRID44), ('rank50 n-grams', GRIDNG), ('both', GRIDBOTH)]
if '--only' in ARGS:
    keep = ARGS[ARGS.index('--only') + 1]
    MODELS = [m for m in MODELS if m[0].startswith(keep)]


def loso(grid, guard):
    """Held-out counts per language: (today first, top3, wrong, new first, top3, wrong), the weights chosen per fold,
    first place per fold (today, new), and each question's held-out place (for --set)."""
    groups = ('en', 'xx') if GROUPS == 'en' else tuple(langs) if GROUPS == 'lang' else ('all',)

    def member(q, g):
        return g == 'all' or q['lang'] == g or (g == 'xx' and q['lang'] != 'en')
    table = {w: {(s, g): score([q for q in byset[s] if member(q, g)], w, guard) for s in sets for g in groups}
             for w in grid}
    base = grid[0]
    assert not any(base)
    held = defaultdict(lambda: [0] * 8)
    chosen, folds, places = Counter(), defaultdict(lambda: [0, 0]), {}
    for s in sets:
        for g in groups:
            wrong0 = sum(table[base][(t, g)][2] for t in sets if t != s)

            def train(w):
                a = [sum(table[w][(t, g)][i] for t in sets if t != s) for i in range(3)]
                gain = a[0] if OBJECTIVE == 'first' else a[0] + a[1]
                return (gain - (10 ** 6 if a[2] > wrong0 else 0), -sum(w))
            best = max(grid, key=train)
            chosen[best] += 1
            for q in byset[s]:
                if not member(q, g):
                    continue
                k0, f0 = rank_of(q, base, guard)
                k1, f1 = rank_of(q, best, guard)
                places[id(q)] = (k0, k1)
                h = held[q['lang']]
                folds[s][0] += k0 == 0; folds[s][1] += k1 == 0
                h[0] += k0 == 0; h[1] += k0 is not None and k0 < 3; h[2] += q['sure'] and f0 != q['right']
                h[3] += k1 == 0; h[4] += k1 is not None and k1 < 3; h[5] += q['sure'] and f1 != q['right']
                h[6] += k1 == 0 and k0 != 0; h[7] += k0 == 0 and k1 != 0
    return held, chosen, folds, places, table


results = {}
for name, grid in MODELS:
    for guard in (False, True):
        t1 = time.time()
        held, chosen, folds, places, table = loso(grid, guard)
        results[(name, guard)] = (held, places)
        print(f"\n{name}, held out, {'guard (a sure lookup keeps its first)' if guard else 'no guard'}; "
              f"weights (kw, cat, ans, phr, ngq, nga) chosen: {chosen.most_common(4)}  [{time.time() - t1:.0f} s]")
        print('lang     n  first% today -> new   top3% today -> new   sure-wrong today -> new   first won / lost')
        tot = [0] * 8
        for l in langs:
            h = held[l]; n = nlang[l]
            tot = [a + b for a, b in zip(tot, h)]
            print(f'{l}    {n:4d}   {100 * h[0] / n:5.1f} -> {100 * h[3] / n:5.1f}        {100 * h[1] / n:5.1f} -> '
                  f'{100 * h[4] / n:5.1f}        {h[2]:3d} -> {h[5]:3d}      +{h[6]} / -{h[7]}')
        n = len(qs)
        print(f'all   {n:4d}   {100 * tot[0] / n:5.1f} -> {100 * tot[3] / n:5.1f}        {100 * tot[1] / n:5.1f} -> '
              f'{100 * tot[4] / n:5.1f}        {tot[2]:3d} -> {tot[5]:3d}      +{tot[6]} / -{tot[7]}   (first {tot[0]} -> {tot[3]}, top 3 {tot[1]} -> {tot[4]})')
        fb = Counter('better' if b > a else 'worse' if b < a else 'even' for a, b in folds.values())
        print(f"folds (first place): {fb['better']} better, {fb['worse']} worse, {fb['even']} even")
        if VERBOSE:
            for w in sorted(grid, key=lambda w: -sum(v[0] + v[1] for v in table[w].values()))[:5]:
                print('  in-sample', w, [sum(v[i] for v in table[w].values()) for i in range(3)])

if '--set' in ARGS:
    s = int(ARGS[ARGS.index('--set') + 1])
    for name, guard in results:
        if not guard:
            continue
        places = results[(name, guard)][1]
        print(f'\nset {s}, {name}, guard: questions whose held-out place moved')
        for q in byset.get(s, []):
            k0, k1 = places[id(q)]
            if k0 != k1:
                p = lambda k: '-' if k is None else k + 1
                print(f"  {q['shop']} {'sure' if q['sure'] else 'unsure'} {p(k0)} -> {p(k1)}: {q['text'][:110]}")
