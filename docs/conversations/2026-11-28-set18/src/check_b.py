"""Check writer B's files of test set 18 (es, nl, pt). Run: python3 src/check_b.py"""
import csv
import os
import re
import sys
import unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["es", "nl", "pt"]
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
STOP = set("""
que como cuanto cuando donde para pero porque esto esta este eso esa ese hay tengo tiene tenéis teneis vale pues hola
quillo illo miarma puedo entonces tambien también sola solo todo toda algo nada mucho muy mas más ahora aqui ahi
wat hoe waar wanneer voor maar niet nie ook een eens dat deze die zijn zijt zijde gij jullie mijn uwe kunnen kunt
moet moeten mag wil willen heb hebt heeft hebben goeiendag merci allee amai nog iets alle veel
quanto quando onde como para mais pode posso tem voce voces esse essa isso este esta aqui ainda muito tudo
oxe visse massa entao também tambem algum alguma
""".split())


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def words(s):
    return {w[:5] for w in re.findall(r"[a-z0-9]+", norm(s)) if len(w) >= 4 and w not in STOP}


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def check(lang):
    faq_path = os.path.join(OUT, f"{lang}-faq.csv")
    plan_path = os.path.join(OUT, f"{lang}-plan.tsv")
    with open(faq_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != FAQ_HEADER:
        fail(f"{lang}: FAQ header")
    faq = {}
    for r in rows[1:]:
        if len(r) != 5 or not all(x.strip() for x in r):
            fail(f"{lang}: FAQ row {r[:1]}")
        kw, ph = r[3].split(";"), r[4].split("|")
        if not 3 <= len(kw) <= 6 or not 2 <= len(ph) <= 3:
            fail(f"{lang}: keywords/phrasings count in {r[0]}")
        if not re.search(r"\d", r[1]):
            fail(f"{lang}: answer without a number (not concrete): {r[0]}")
        faq[r[0]] = words(r[0] + " " + " ".join(kw) + " " + " ".join(ph))
    if len(faq) != 15:
        fail(f"{lang}: {len(faq)} FAQ entries, want 15")

    raw = open(plan_path, encoding="utf-8").read().splitlines()
    with open(plan_path, newline="", encoding="utf-8") as f:
        plan = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if [l.split("\t") for l in raw] != plan:
        fail(f"{lang}: csv.reader and split differ")
    if plan[0] != PLAN_HEADER:
        fail(f"{lang}: plan header")
    used, convs, fresh = set(), {}, {}
    faq_turns = no_shared = 0
    for r in plan[1:]:
        if len(r) != 5 or not all(x.strip() for x in r) or any(x.startswith('"') for x in r):
            fail(f"{lang}: plan row {r[:2]}")
        c, t = int(r[0]), int(r[1])
        convs.setdefault(c, []).append(t)
        refs = re.findall(r'FAQ: "([^"]+)"', r[3])
        for q in refs:
            if q not in faq:
                fail(f"{lang} {c}.{t}: unknown FAQ question {q!r}")
            used.add(q)
        if refs:
            faq_turns += 1
            msg = words(r[2])
            # a turn counts when it shares no content word with (one of) the entry/entries it needs
            if any(not (msg & faq[q]) for q in refs):
                no_shared += 1
                fresh[c] = fresh.get(c, 0) + 1
    for c, ts in convs.items():
        if ts != list(range(1, len(ts) + 1)):
            fail(f"{lang}: conversation {c} turns {ts}")
        if not fresh.get(c):
            fail(f"{lang}: conversation {c} has no FAQ turn sharing no content word with its entry")
    if sorted(convs) != list(range(1, 8)):
        fail(f"{lang}: conversations {sorted(convs)}, want 7")
    turns = len(plan) - 1
    if turns != 27:
        fail(f"{lang}: {turns} turns, want 27")
    if set(faq) - used:
        fail(f"{lang}: FAQ entries never used: {sorted(set(faq) - used)}")
    waits = sum(r[3].startswith("[wait 60 s before sending]") for r in plan[1:])
    if not waits:
        fail(f"{lang}: no waiting turn")
    return (f"{lang}: FAQ {len(faq)} entries, {len(used)} used; {len(convs)} conversations, {turns} turns; "
            f"FAQ-answered turns {faq_turns} ({100 * faq_turns / turns:.0f}%), {no_shared} of them share no "
            f"content word with their entry")


if __name__ == "__main__":
    lines = [check(l) for l in LANGS]
    print("OK")
    for l in lines:
        print(l)
