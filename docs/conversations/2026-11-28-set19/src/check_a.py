"""Checks writer A's files of set 19 (en, de, fr, it). Prints OK and per-language counts."""
import csv, os, re, sys, unicodedata
from common_a import OUT, FAQ_HEADER, PLAN_HEADER

EXPECT = {"en": (40, 14, 45, 50), "de": (15, 7, 27, 27), "fr": (15, 7, 27, 27), "it": (15, 7, 27, 27)}
STOP = set("""what when where which have with your that this there they them then than from will would could should
does about also just like want need dont cant only some into your yours mine more much many very here what's
pour avec dans vous nous est les des une que qui quoi pas mais cette faire comme sont plus tout tous
sind eine einen einem einer oder und dass wenn wann habt haben kann koennen muss nicht auch noch dann
whats where again says make chez rien comme peut veux dove qualcosa nach
della delle degli nella sono come cosa anche quando quanto quale fate avete siete posso""".split())
errors = []


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def words(s):
    return {w[:5] for w in re.findall(r"[a-z]{4,}", norm(s)) if w not in STOP}


summary = []
for lang, (n_faq, n_conv, tmin, tmax) in EXPECT.items():
    with open(os.path.join(OUT, f"{lang}-faq.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != FAQ_HEADER:
        errors.append(f"{lang}: FAQ header")
    faq = {}
    for r in rows[1:]:
        if len(r) != 5:
            errors.append(f"{lang}: FAQ row with {len(r)} fields")
            continue
        faq[r[0]] = words(r[0] + " " + r[3].replace(";", " ") + " " + r[4].replace("|", " "))
    if len(faq) != n_faq:
        errors.append(f"{lang}: {len(faq)} FAQ entries, expected {n_faq}")
    path = os.path.join(OUT, f"{lang}-plan.tsv")
    with open(path, newline="", encoding="utf-8") as f:
        rr = list(csv.reader(f, delimiter="\t"))
    with open(path, encoding="utf-8") as f:
        rs = [l.rstrip("\n").split("\t") for l in f]
    if rr != rs:
        errors.append(f"{lang}: csv.reader and split differ")
    if rr[0] != PLAN_HEADER:
        errors.append(f"{lang}: plan header")
    used, convs, faq_turns, noshare = set(), {}, 0, 0
    conv_noshare = {}
    for r in rr[1:]:
        if len(r) != 5:
            errors.append(f"{lang}: row with {len(r)} fields: {r}")
            continue
        c, t, msg, right, wrong = r
        if not all(x.strip() for x in r):
            errors.append(f"{lang} {c}.{t}: empty field")
        convs.setdefault(c, []).append(int(t))
        conv_noshare.setdefault(c, False)
        qs = re.findall(r'FAQ: "([^"]+)"', right)
        for q in qs:
            if q not in faq:
                errors.append(f"{lang} {c}.{t}: unknown FAQ question {q!r}")
        qs = [q for q in qs if q in faq]
        if qs:
            faq_turns += 1
            used.update(qs)
            if os.environ.get("DIAG"):
                print(lang, c, t, [sorted(words(msg) & faq[q]) for q in qs])
            if all(not (words(msg) & faq[q]) for q in qs):
                noshare += 1
                conv_noshare[c] = True
    for c, ts in convs.items():
        if ts != list(range(1, len(ts) + 1)):
            errors.append(f"{lang}: conversation {c} turns {ts}")
    for c, ok in conv_noshare.items():
        if not ok:
            errors.append(f"{lang}: conversation {c} has no FAQ turn sharing no content word with its entry")
    for q in faq:
        if q not in used:
            errors.append(f"{lang}: FAQ entry never used: {q!r}")
    turns = sum(len(v) for v in convs.values())
    if len(convs) != n_conv or not tmin <= turns <= tmax:
        errors.append(f"{lang}: {len(convs)} conversations / {turns} turns")
    summary.append(f"{lang}: {len(faq)} FAQ entries, {len(used)} used; {len(convs)} conversations, {turns} turns; "
                   f"{faq_turns} FAQ-answered turns ({100*faq_turns/turns:.0f}%), {noshare} of them share no content word with the entry")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
print("\n".join(summary))
