"""Check writer A's files of set 20 (en, de, fr, it). Prints OK and per-language counts; exits 1 on a failure.
DIAG=1 prints the shared content words of every FAQ-answered turn."""
import csv, os, re, sys, unicodedata

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
EXPECT = {"en": (40, 14, (45, 50)), "de": (15, 7, (27, 27)), "fr": (15, 7, (27, 27)), "it": (15, 7, (27, 27))}
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
STOP = set("""what when where which with have your that this there they them then than from will would could should
about after before does dont want need tell also just like some more much many into only your yours youre
sind nicht oder auch noch eine einen einem einer wenn dann dass habt ihr euch wird kann ich mich mein meine
pour avec dans vous nous elle sont mais plus quoi quel quelle quels faut fait etre avez avoir comme cest
della delle dello degli sono come anche quando quanto quale quali perche posso prima dopo fino nella nelle
questo questa voglio volevo make says whats peut etes comment darf muss prende venite stanno tutto""".split())
errors = []


def norm(t):
    t = unicodedata.normalize("NFKD", t.lower())
    return "".join(c for c in t if not unicodedata.combining(c))


def words(t):
    return {w for w in re.findall(r"[a-z0-9]+", norm(t)) if len(w) >= 4 and w not in STOP}


def shares(a, b):
    out = set()
    for x in a:
        for y in b:
            if x == y or (len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5]):
                out.add(x)
    return out


def fail(msg):
    errors.append(msg)


report = []
for lang, (nfaq, nconv, (tmin, tmax)) in EXPECT.items():
    fpath = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(fpath, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["question", "answer", "category", "keywords", "phrasings"]:
        fail("%s: bad FAQ header" % lang)
    faq = {}
    for r in rows[1:]:
        if len(r) != 5 or not all(x.strip() for x in r):
            fail("%s: bad FAQ row %r" % (lang, r[:1]))
            continue
        faq[r[0]] = r
        if lang != "en":
            if not 3 <= len(r[3].split(";")) <= 6:
                fail("%s: keywords count %r" % (lang, r[0]))
            if not 2 <= len(r[4].split("|")) <= 3:
                fail("%s: phrasings count %r" % (lang, r[0]))
    if len(faq) != nfaq:
        fail("%s: %d FAQ entries, expected %d" % (lang, len(faq), nfaq))
    if lang == "en":
        with open("db/sample-faq.csv", "rb") as a, open(fpath, "rb") as b:
            if a.read() != b.read():
                fail("en: en-faq.csv differs from db/sample-faq.csv")

    ppath = os.path.join(OUT, "%s-plan.tsv" % lang)
    raw = open(ppath, encoding="utf-8").read()
    with open(ppath, newline="", encoding="utf-8") as f:
        plan = list(csv.reader(f, delimiter="\t"))
    split = [l.split("\t") for l in raw.split("\n") if l]
    if plan != split:
        fail("%s: csv.reader and plain split differ" % lang)
    if plan[0] != PLAN_HEADER:
        fail("%s: bad plan header" % lang)
    used, convs, turns, faq_turns, nowords, faq_convs = set(), {}, 0, 0, {}, set()
    for r in plan[1:]:
        if len(r) != 5 or not all(x.strip() for x in r):
            fail("%s: bad plan row %r" % (lang, r[:2]))
            continue
        if any(x.startswith('"') for x in r):
            fail("%s: field starts with a quote %r" % (lang, r[:2]))
        c, t = int(r[0]), int(r[1])
        convs.setdefault(c, []).append(t)
        nowords.setdefault(c, 0)
        turns += 1
        qs = re.findall(r'FAQ: "([^"]+)"', r[3])
        for q in qs:
            if q not in faq:
                fail("%s %s.%s: quoted question not in FAQ: %s" % (lang, c, t, q))
            used.add(q)
        if qs and all(q in faq for q in qs):
            faq_turns += 1
            faq_convs.add(c)
            entry = set()
            for q in qs:
                e = faq[q]
                entry |= words(e[0]) | words(e[3].replace(";", " ")) | words(e[4].replace("|", " "))
            sh = shares(words(r[2]), entry)
            if os.environ.get("DIAG"):
                print("%s %s.%s shared: %s" % (lang, c, t, ", ".join(sorted(sh)) or "-"))
            if not sh:
                nowords[c] += 1
    if sorted(convs) != list(range(1, nconv + 1)):
        fail("%s: conversations %s, expected 1..%d" % (lang, sorted(convs), nconv))
    for c, ts in convs.items():
        if ts != list(range(1, len(ts) + 1)):
            fail("%s: conversation %d turns %s" % (lang, c, ts))
    if not tmin <= turns <= tmax:
        fail("%s: %d turns, expected %d-%d" % (lang, turns, tmin, tmax))
    missing = set(faq) - used
    if missing:
        fail("%s: FAQ entries never used: %s" % (lang, sorted(missing)))
    for c, n in nowords.items():
        if n == 0 and c in faq_convs:
            fail("%s: conversation %d has no FAQ turn without a shared content word" % (lang, c))
    report.append("%s: FAQ %d entries, %d used; %d conversations, %d turns; FAQ-answered turns %d (%.0f%%), "
                  "of them %d share no content word" % (lang, len(faq), len(used & set(faq)), len(convs), turns,
                                                        faq_turns, 100.0 * faq_turns / max(turns, 1), sum(nowords.values())))

if errors:
    print("FAILED")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
for line in report:
    print(line)
