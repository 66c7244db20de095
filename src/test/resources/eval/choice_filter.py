#!/usr/bin/env python3
"""Which choices to show, each on its own (docs/retrieval.md, "Each choice on its own"): reads the per-question
features ChoiceFeatureDump wrote and measures a family of rules that keep a choice only when it plausibly answers the
question, by leave-one-set-out under the bound of issue 61 (no set loses more than 2 points of self-service).
Usage: python3 src/test/resources/eval/choice_filter.py DUMP.jsonl   (Python 3, the standard library only)"""
import collections, itertools, json, sys

T, C = 0.55, 0.25  # the default threshold and clarify threshold
sets, entries, langs, background = collections.OrderedDict(), {}, {}, {}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if "background" in d:
        background[d["background"]] = [set(t) for t in d["terms"]]
    elif "entries" in d:
        sets[d["set"]], langs[d["set"]] = [], d["lang"].split("-")[0]
        entries[d["set"]] = {int(k): v for k, v in d["entries"].items()}
    else:
        sets[d["set"]].append(d)
bg_df = {l: collections.Counter(w for q in qs for w in q) for l, qs in background.items()}
entry_df = {s: collections.Counter(w for e in es.values() for w in set(e["qt"]) | set(e["kt"]) | set(e["at"]))
            for s, es in entries.items()}
vocabulary = {s: set(entry_df[s]) for s in sets}


def specific(s, word, e, b):
    """A shared word that says something: in at most a share e of the shop's entries and b of the background's
    questions of its language ((0, 0): no word counts)."""
    l = langs[s]
    return (e, b) != (0, 0) and entry_df[s][word] <= e * len(entries[s]) and bg_df[l][word] <= b * len(background[l])


EB = [(1, 1), (1, 0.05), (1, 0.02), (0.5, 0.05), (0.34, 0.02), (0, 0)]
data = {}
for s, qs in sets.items():
    rows = []
    for q in qs:
        answered = q["conf"] >= T
        r = dict(inscope=q["exp"] is not None, right=answered and q["exp"] is not None and q["m"][0][0] == q["exp"],
                 asked=not answered and q["topk"] >= C and bool(q["ch"]))
        if r["asked"]:
            words = set(q["t"])
            r["novel"] = sum(w not in vocabulary[s] for w in words) / len(words) if words else 0
            r["ch"] = []
            for m in (m for m in q["m"] if m[0] in q["ch"]):
                e = entries[s][m[0]]
                shared = set(q["tc"]) & (set(e["qt"]) | set(e["kt"]) | set(e["at"]))
                r["ch"].append(dict(right=m[0] == q["exp"], cos=m[1], share=m[2], answer=m[3], margin=m[1] - q["nb"],
                                    word={eb: any(specific(s, w, *eb) for w in shared) for eb in EB}))
        rows.append(r)
    data[s] = rows


def figures(rows, p):
    """(in scope, self-served, off topic, off topic shown choices) under rule p: a choice is kept when it shares a
    specific word, or its head share reaches h, or its margin over the background m, or its answer's cosine a; a
    question whose share of words the shop never uses is at most f keeps all; then a choice within g of the best kept
    cosine is kept too. No choice kept: no choices."""
    eb, h, m, a, f, g = p
    n_in = served = n_oos = shown = 0
    for r in rows:
        n_in += r["inscope"]
        n_oos += not r["inscope"]
        served += r["right"]
        if not r["asked"]:
            continue
        kept = r["ch"] if r["novel"] <= f else [
            x for x in r["ch"] if x["word"][eb] or x["share"] >= h or x["margin"] >= m or x["answer"] >= a]
        if kept and g > 0:
            top = max(x["cos"] for x in kept)
            kept = [x for x in r["ch"] if x in kept or x["cos"] >= top - g]
        if kept:
            served += r["inscope"] and any(x["right"] for x in kept)
            shown += not r["inscope"]
    return n_in, served, n_oos, shown


TODAY = ((1, 1), 0, 9, 9, -1, 0)
base = {s: figures(rows, TODAY) for s, rows in data.items()}
params = [TODAY] + list(itertools.product(EB, [0.4, 0.6, 0.8, 1.01], [0.05, 0.1, 9],
                                          [0.15, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 9], [-1, 0.34, 0.5], [0, 0.05]))
results = {p: {s: figures(rows, p) for s, rows in data.items()} for p in params}
names = list(sets)
print("today: off-topic shown choices %d / %d" % (sum(base[s][3] for s in names), sum(base[s][2] for s in names)))


def within(s, f, allowed):
    return base[s][1] - f[1] <= allowed(s)


def loso(label, allowed, group=names):
    shown = lost = over = 0
    chosen = collections.Counter()
    line = []
    for s in group:
        train = [t for t in group if t != s]
        key, p = min(((sum(fs[t][3] for t in train), -sum(fs[t][1] for t in train)), p)
                     for p, fs in results.items() if all(within(t, fs[t], allowed) for t in train))
        f = results[p][s]
        chosen[p] += 1
        shown += f[3]
        lost += base[s][1] - f[1]
        over += not within(s, f, allowed)
        line.append("%s %d->%d/%d %d->%d/%d" % (s, base[s][1], f[1], f[0], base[s][3], f[3], f[2]))
    print("\n%s, leave one set out: off-topic shown choices %d -> %d of %d, in-scope lost %d, left-out sets over "
          "the bound %d; most chosen %s" % (label, sum(base[s][3] for s in group), shown,
                                            sum(base[s][2] for s in group), lost, over, chosen.most_common(2)))
    print("  " + "\n  ".join(line))


if len(names) > 1:
    loso("2 points", lambda s: int(0.02 * base[s][0] + 1e-9))
    loso("2 questions a set", lambda s: 2)
print("\neach set tuned on itself (an upper bound), 2 points: off-topic shown choices")
for s in names:
    print("  %s %d -> %d of %d" % (s, base[s][3], min(fs[s][3] for fs in results.values()
                                                       if within(s, fs[s], lambda t: int(0.02 * base[t][0] + 1e-9))),
                                   base[s][2]))
english = [s for s in names if langs[s] == "en"]
if len(english) > 1:
    loso("English, 2 points", lambda s: int(0.02 * base[s][0] + 1e-9), english)
print("\nthe rules the English sets chose (answer cosine), on every set: self-service / off-topic shown choices")
for p in [((0, 0), 0.8, 0.05, 0.26, -1, 0.05), ((0, 0), 0.6, 0.05, 0.26, -1, 0.05)]:
    changed = ["%s %d->%d %d->%d" % (s, base[s][1], results[p][s][1], base[s][3], results[p][s][3])
               for s in names if results[p][s] != base[s]]
    print("  %s: %s" % (p, ", ".join(changed) or "no set changes"))
