"""Checks writer B's files of set 19 (es, nl, pt)."""
import csv
import os
import re
import sys
import unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["es", "nl", "pt"]
STOP = set("""
que pues para como cuanto donde este esta esto eso una uno los las del con por mas pero sin son hay tiene tienen puedo puede
para alla ustedes usted cual cuál tambien vale hay
een het van voor met wat zijn jullie kan ik hoe moet mijn niet ook nog dat die deze naar hebben iets doen kunnen alles waar hedde
quanto como para uma com que nao sim tem têm está estão isso isto fazem fazer mais pelo pela aos das dos onde
""".split())


def norm(t):
    t = unicodedata.normalize("NFD", t.lower())
    return "".join(c for c in t if unicodedata.category(c) != "Mn")


def words(t):
    return {w for w in re.findall(r"[a-z0-9]+", norm(t)) if len(w) >= 4 and w not in STOP}


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    report = []
    for lang in LANGS:
        with open(os.path.join(OUT, "%s-faq.csv" % lang), newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if rows[0] != ["question", "answer", "category", "keywords", "phrasings"]:
            fail("%s faq header" % lang)
        faq = rows[1:]
        if len(faq) != 15:
            fail("%s faq has %d entries" % (lang, len(faq)))
        for r in faq:
            if len(r) != 5 or not all(x.strip() for x in r):
                fail("%s faq row %r" % (lang, r[:1]))
            if not 3 <= len(r[3].split(";")) <= 6:
                fail("%s keywords count %r" % (lang, r[0]))
            if not 2 <= len(r[4].split("|")) <= 3:
                fail("%s phrasings count %r" % (lang, r[0]))
        qs = {r[0]: r for r in faq}
        path = os.path.join(OUT, "%s-plan.tsv" % lang)
        raw = open(path, encoding="utf-8").read()
        with open(path, newline="", encoding="utf-8") as f:
            a = list(csv.reader(f, delimiter="\t"))
        b = [l.split("\t") for l in raw.split("\n") if l != ""]
        if a != b:
            fail("%s plan: csv.reader and split differ" % lang)
        if a[0] != ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]:
            fail("%s plan header" % lang)
        plan = a[1:]
        used = set()
        convs = {}
        faq_turns = no_overlap = 0
        for r in plan:
            if len(r) != 5:
                fail("%s plan row with %d fields: %r" % (lang, len(r), r))
            for x in r:
                if not x.strip() or "\r" in x or x.startswith('"'):
                    fail("%s bad field %r" % (lang, x))
            if r[2].startswith("["):
                fail("%s: tester instruction in the message column: %r" % (lang, r[2]))
            convs.setdefault(r[0], []).append(int(r[1]))
            refs = re.findall(r'FAQ: "([^"]+)"', r[3])
            for q in refs:
                if q not in qs:
                    fail("%s: quoted question not in FAQ: %s" % (lang, q))
                used.add(q)
            if refs:
                faq_turns += 1
                vocab = set()
                for q in refs:
                    e = qs[q]
                    vocab |= words(e[0]) | words(e[3].replace(";", " ")) | words(e[4].replace("|", " "))
                ov = words(r[2]) & vocab
                if not ov:
                    no_overlap += 1
                    convs.setdefault("_ok", set()).add(r[0])
        okset = convs.pop("_ok", set())
        if len(convs) != 7:
            fail("%s: %d conversations" % (lang, len(convs)))
        for c, t in convs.items():
            if t != list(range(1, len(t) + 1)):
                fail("%s conversation %s turns %r" % (lang, c, t))
            if c not in okset:
                fail("%s conversation %s has no FAQ turn without a shared content word" % (lang, c))
        if len(plan) != 27:
            fail("%s: %d turns" % (lang, len(plan)))
        if used != set(qs):
            fail("%s: FAQ entries never used: %s" % (lang, sorted(set(qs) - used)))
        report.append("%s: faq %d entries (all used), %d conversations, %d turns, %d FAQ-answered turns (%d share no content word with the entry)"
                      % (lang, len(faq), len(convs), len(plan), faq_turns, no_overlap))
    print("OK")
    for l in report:
        print(l)


if __name__ == "__main__":
    main()
