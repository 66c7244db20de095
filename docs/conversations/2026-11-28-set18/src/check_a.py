"""Checks set 18 files of writer A (en, de, fr, it). Run: python3 src/check_a.py"""
import csv
import os
import re
import sys
import unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = {"en": (14, 45, 50), "de": (7, 27, 27), "fr": (7, 27, 27), "it": (7, 27, 27)}
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
STOP = set("""the and for you your with that this have what how can does from are not but about when will there
into then also just like want need know tell much many more some other ich und der die das ein eine den dem des ist
wie was bei mit fur für auf oder auch kann wenn dann habt ihr sie ist les des une est pour pas que qui avec dans sur
vous nous mais pis tu les ont che per con una non sono del della come anche quanto cosa""".split())
errors = []


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def words(s):
    return {w for w in re.findall(r"[a-z]+", norm(s)) if len(w) >= 4 and w not in STOP}


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    rows_split = [l.split("\t") for l in lines]
    rows_csv = list(csv.reader(text.splitlines(), delimiter="\t"))
    if rows_split != rows_csv:
        errors.append("%s: csv.reader and split differ" % path)
    return rows_split


report = []
for lang, (nconv, tmin, tmax) in LANGS.items():
    fpath = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(fpath, encoding="utf-8", newline="") as f:
        faq = list(csv.reader(f))
    if faq[0] != FAQ_HEADER:
        errors.append("%s: bad FAQ header" % lang)
    entries = {}
    for r in faq[1:]:
        if len(r) != 5 or not all(x.strip() for x in r):
            errors.append("%s FAQ: bad row %r" % (lang, r[:1]))
            continue
        if lang != "en" and not 3 <= len(r[3].split(";")) <= 6:
            errors.append("%s FAQ: keywords count %r" % (lang, r[0]))
        if lang != "en" and not 2 <= len(r[4].split("|")) <= 3:
            errors.append("%s FAQ: phrasings count %r" % (lang, r[0]))
        entries[r[0]] = words(r[0] + " " + r[3].replace(";", " ") + " " + r[4].replace("|", " "))
    if lang != "en" and len(entries) != 15:
        errors.append("%s: %d FAQ entries, want 15" % (lang, len(entries)))
    if lang == "en":
        with open("db/sample-faq.csv", "rb") as a, open(fpath, "rb") as b:
            if a.read() != b.read():
                errors.append("en-faq.csv differs from the sample FAQ")

    rows = read_tsv(os.path.join(OUT, "%s-plan.tsv" % lang))
    if rows[0] != PLAN_HEADER:
        errors.append("%s: bad plan header" % lang)
    used = set()
    convs = {}
    faq_turns = nooverlap = 0
    for r in rows[1:]:
        if len(r) != 5:
            errors.append("%s: row with %d fields: %r" % (lang, len(r), r[:3]))
            continue
        if any(not x.strip() or x.startswith('"') or "\r" in x for x in r):
            errors.append("%s: empty field or leading quote in %r" % (lang, r[:2]))
        c, t = int(r[0]), int(r[1])
        convs.setdefault(c, []).append(t)
        qs = re.findall(r'FAQ: "([^"]+)"', r[3])
        for q in qs:
            if q not in entries:
                errors.append("%s %s.%s: unknown FAQ question %r" % (lang, c, t, q))
            used.add(q)
        if qs:
            faq_turns += 1
            msg = words(r[2])
            if any(q in entries and not (msg & entries[q]) for q in qs):
                nooverlap += 1
                convs.setdefault(("free", c), True)
    if sorted(k for k in convs if isinstance(k, int)) != list(range(1, nconv + 1)):
        errors.append("%s: conversations are not 1..%d" % (lang, nconv))
    nturns = 0
    for c in range(1, nconv + 1):
        ts = convs.get(c, [])
        nturns += len(ts)
        if ts != list(range(1, len(ts) + 1)):
            errors.append("%s conv %d: turns not 1..n" % (lang, c))
        if ("free", c) not in convs:
            errors.append("%s conv %d: no FAQ turn sharing no content word with its entry" % (lang, c))
    if not tmin <= nturns <= tmax:
        errors.append("%s: %d turns, want %d-%d" % (lang, nturns, tmin, tmax))
    unused = [q for q in entries if q not in used]
    if unused:
        errors.append("%s: FAQ entries never used: %r" % (lang, unused))
    report.append("%s: %d FAQ entries, %d used%s; %d conversations, %d turns; %d FAQ-answered turns (%d%%), %d of them "
                  "share no content word with an entry they need" % (
                      lang, len(entries), len(used & set(entries)),
                      " (unused: %s)" % "; ".join(unused) if unused else "",
                      nconv, nturns, faq_turns, round(100 * faq_turns / max(nturns, 1)), nooverlap))

for line in report:
    print(line)
if errors:
    print("FAILED")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
