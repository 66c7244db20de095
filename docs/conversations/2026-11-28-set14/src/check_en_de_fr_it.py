"""Check the en/de/fr/it files of test set 14.

- every FAQ parses with csv (header, 5 fields, 3-6 keywords, 2-3 phrasings, 15 entries except en)
- every plan row has 5 fields (csv.reader with tab and plain split agree), turns are 1..n per conversation
- every quoted FAQ question in a plan exists exactly in that language's FAQ
- reports the share of FAQ-answered turns and how many of them share no content word with the entry
  (question, keywords, phrasings); crude 5-letter prefix stemming, so the count is conservative.
Prints OK at the end if all is well.
"""
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "it"]
EXPECT = {"en": (14, 48), "de": (7, 27), "fr": (7, 27), "it": (7, 27)}
STOP = set("""
a an the and or but if so to of in on at for with from by is are was were be been am i me my you your u yous we us our it its
this that these those do does did can could will would should have has had what which who how when where why there here
not no yes just get got about like some any all one only also then than too very much many more what's whats im i'm
der die das und oder ein eine einen einem einer ich du er sie es wir ihr mein meine dein euer eure ist sind war bin hab habe
hat haben kann können wie was wann wo warum mit von zu zum zur für auf an in im am bei nicht kein keine auch noch schon
wenn dann aber ja nein gibt gibts muss man den dem des ob so sich
le la les un une des du de d l et ou mais si je j tu il elle on nous vous ils c ce ça ca est sont suis ai a au aux en
dans sur pour par avec pas ne n y qui que qu quoi quand comment où ou combien est-ce mon ma mes votre vos notre nos
il lo gli i una uno un di da del della dei delle e o ma se io tu lui lei noi voi loro che chi come quando dove quanto
per con su in non sì si mi ti ci vi è sono ho hai ha al alla alle ai nel nella quanta quanti quante etes
""".split())


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def words(s):
    out = set()
    for w in re.split(r"[^a-z0-9]+", norm(s)):
        if len(w) < 3 or w in STOP or w.isdigit():
            continue
        out.add(w[:5])
    return out


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def load_faq(lang):
    path = os.path.join(OUT, f"{lang}-faq.csv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["question", "answer", "category", "keywords", "phrasings"]:
        fail(f"{path}: header {rows[0]}")
    faq = {}
    for r in rows[1:]:
        if len(r) != 5:
            fail(f"{path}: row with {len(r)} fields: {r[:1]}")
        q, a, cat, kw, ph = r
        kws, phs = kw.split(";"), ph.split("|")
        if not all([q, a, cat]) or not 3 <= len(kws) <= 6 or not 2 <= len(phs) <= (5 if lang == "en" else 3):
            fail(f"{path}: bad entry {q!r} ({len(kws)} keywords, {len(phs)} phrasings)")
        if q in faq:
            fail(f"{path}: duplicate question {q!r}")
        faq[q] = words(" ".join([q] + kws + phs))
    if lang != "en" and len(faq) != 15:
        fail(f"{path}: {len(faq)} entries, expected 15")
    return faq


def check_plan(lang, faq):
    path = os.path.join(OUT, f"{lang}-plan.tsv")
    with open(path, newline="", encoding="utf-8") as f:
        text = f.read()
    rows = list(csv.reader(text.splitlines(), delimiter="\t"))
    plain = [line.split("\t") for line in text.splitlines()]
    if rows != plain:
        fail(f"{path}: csv.reader and split disagree")
    if rows[0] != ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]:
        fail(f"{path}: header {rows[0]}")
    last = {}
    n_faq = n_nooverlap = 0
    convs = set()
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 5 or not all(r):
            fail(f"{path}:{i}: {len(r)} fields or empty field")
        c, t = int(r[0]), int(r[1])
        if t != last.get(c, 0) + 1 or (c not in last and c != len(last) + 1):
            fail(f"{path}:{i}: conversation {c} turn {t} out of order")
        last[c] = t
        convs.add(c)
        right = r[3]
        quoted = re.findall(r'FAQ: "([^"]+)"', right)
        for q in quoted:
            if q not in faq:
                fail(f"{path}:{i}: quoted question not in FAQ: {q!r}")
        core = re.sub(r"^(\[[^\]]*\]\s*)+", "", right)
        if core.startswith("FAQ:") or core.startswith("Both FAQ:"):
            n_faq += 1
            msg = re.sub(r"^(\[[^\]]*\]\s*)+", "", r[2])
            entry = set().union(*(faq[q] for q in quoted))
            if not (words(msg) & entry):
                n_nooverlap += 1
    n = len(rows) - 1
    print(f"{lang}: {len(faq)} FAQ entries, {len(convs)} conversations, {n} turns, "
          f"{n_faq} FAQ-answered ({100 * n_faq // n}%), {n_nooverlap} of them share no content word with the entry")
    want_c, want_t = EXPECT[lang]
    if len(convs) != want_c or (lang != "en" and n != want_t) or (lang == "en" and not 44 <= n <= 52):
        fail(f"{lang}: expected {want_c} conversations / about {want_t} turns")
    if n_nooverlap * 3 < n_faq:
        fail(f"{lang}: fewer than a third of the FAQ-answered turns are free of shared content words")
    if not 0.38 <= n_faq / n <= 0.6:
        fail(f"{lang}: FAQ-answered share {n_faq}/{n} is not about half")
    return n, len(convs)


def main():
    for lang in LANGS:
        faq = load_faq(lang)
        check_plan(lang, faq)
    print("OK")


if __name__ == "__main__":
    main()
