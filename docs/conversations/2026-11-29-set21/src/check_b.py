"""Check writer B's files of set 21 (es, nl, pt). Run: python3 src/check_b.py  (DIAG=1 shows shared words)."""
import csv, os, re, sys, unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["es", "nl", "pt"]
STOP = set("""que los las una uno unos unas del por para con como cuanto cuando donde esta este esto eso esa ese pero
porque hay tengo tiene tienen hacer haceis sois soy estais puedo puede podeis mas muy todo toda algo alguien
een het van voor met wat hoe zijn ook maar nog naar niet heb hebben jullie kan kun moet moeten mag mogen wij zijn
the and laat erin onze zelf kunnen komen hoeveel over eens veel iets hier daar dat die deze dit wordt worden
uma umas uns por para com como quanto quando onde esta este isto isso essa esse mas muito tudo algo alguem
posso pode podem tenho tem vou sao estou voces voce""".split())


def norm(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", norm(s)) if len(w) >= 4 and w not in STOP}


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    diag = os.environ.get("DIAG")
    for lang in LANGS:
        fp, pp = os.path.join(OUT, f"{lang}-faq.csv"), os.path.join(OUT, f"{lang}-plan.tsv")
        with open(fp, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if rows[0] != ["question", "answer", "category", "keywords", "phrasings"]:
            fail(f"{lang} FAQ header")
        faq = {}
        for r in rows[1:]:
            if len(r) != 5 or any(not x.strip() for x in r):
                fail(f"{lang} FAQ row {r[:1]}")
            if not 3 <= len(r[3].split(";")) <= 6 or not 2 <= len(r[4].split("|")) <= 3:
                fail(f"{lang} keywords/phrasings count in {r[0]}")
            faq[r[0]] = words(r[0] + " " + r[3].replace(";", " ") + " " + r[4].replace("|", " "))
        if len(faq) != 15:
            fail(f"{lang} has {len(faq)} FAQ entries")
        raw = open(pp, encoding="utf-8").read()
        with open(pp, newline="", encoding="utf-8") as f:
            plan = list(csv.reader(f, delimiter="\t"))
        split = [l.split("\t") for l in raw.rstrip("\n").split("\n")]
        if plan != split:
            fail(f"{lang} csv.reader and tab split differ")
        if plan[0] != ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]:
            fail(f"{lang} plan header")
        body = plan[1:]
        used, convs, faq_turns, zero = set(), {}, 0, {}
        for r in body:
            if len(r) != 5:
                fail(f"{lang} row with {len(r)} fields: {r}")
            for x in r:
                if not x.strip() or x.startswith('"') or "\t" in x or "\n" in x or "\r" in x:
                    fail(f"{lang} bad field in {r[:2]}")
            c, t = int(r[0]), int(r[1])
            convs.setdefault(c, []).append(t)
            qs = re.findall(r'FAQ: "([^"]+)"', r[3])
            for q in qs:
                if q not in faq:
                    fail(f"{lang} {c}.{t}: unknown FAQ question {q!r}")
                used.add(q)
            if qs:
                faq_turns += 1
                shared = set()
                for q in qs:
                    shared |= words(r[2]) & faq[q]
                zero.setdefault(c, 0)
                if not shared:
                    zero[c] += 1
                if diag:
                    print(f"  {lang} {c}.{t} shared: {sorted(shared) or '-'}")
        for c, ts in convs.items():
            if ts != list(range(1, len(ts) + 1)):
                fail(f"{lang} conversation {c} turns {ts}")
        if sorted(convs) != list(range(1, 8)) or len(body) != 27:
            fail(f"{lang}: {len(convs)} conversations, {len(body)} turns (want 7, 27)")
        for c, n in zero.items():
            if n == 0:
                fail(f"{lang} conversation {c}: every FAQ turn shares a content word with its entry")
        if set(faq) - used:
            fail(f"{lang} FAQ entries never used: {sorted(set(faq) - used)}")
        print(f"OK {lang}: {len(faq)} FAQ entries, {len(used)} used; {len(convs)} conversations, {len(body)} turns; "
              f"{faq_turns} FAQ turns ({100 * faq_turns / len(body):.0f}%), {sum(zero.values())} of them share no content word")
    print("OK")


main()
