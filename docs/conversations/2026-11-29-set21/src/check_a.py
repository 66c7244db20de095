"""Check writer A's files of set 21 (en, de, fr, it). Prints OK and per-language counts."""
import csv, os, re, sys, unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
SPEC = {"en": (40, 14, 45, 50), "de": (15, 7, 27, 27), "fr": (15, 7, 27, 27), "it": (15, 7, 27, 27)}
STOP = set("""the and for you your with that this what have from they there when will can how does just want
need about also then them into some more only been like would could should their than which where while were
your dont cant isnt ein eine einer einem einen und oder der die das den dem des ist sind habt hab ich mir mich
wie was wer für fur mit auch noch nicht nich bei euch ihr wir sie dann doch denn mal schon aber
les des une pour avec vous est pas que qui mais dans sur elle ils mon ton son mes est c'est
kann meine wenn peux avez etes siete posso vado voglio whats
che per con una non sono come dove quando anche questo mio mia del della alla nel gli le lo il""".split())
errors = []


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", norm(s)) if len(w) >= 4 and w not in STOP}


def stems(ws):
    return {w[:5] for w in ws}


for lang, (nfaq, nconv, tmin, tmax) in SPEC.items():
    with open(os.path.join(OUT, f"{lang}-faq.csv"), newline="", encoding="utf-8") as f:
        rd = csv.reader(f)
        head = next(rd)
        faq = list(rd)
    if head != ["question", "answer", "category", "keywords", "phrasings"]:
        errors.append(f"{lang}: bad FAQ header")
    if lang == "en":
        if open(os.path.join(OUT, "en-faq.csv"), "rb").read() != open("db/sample-faq.csv", "rb").read():
            errors.append("en: en-faq.csv is not an unchanged copy of db/sample-faq.csv")
    if len(faq) != nfaq:
        errors.append(f"{lang}: {len(faq)} FAQ entries, want {nfaq}")
    for r in faq:
        if len(r) != 5 or any(not x.strip() for x in r):
            errors.append(f"{lang}: bad FAQ row {r[:1]}")
    qs = {r[0]: r for r in faq}
    path = os.path.join(OUT, f"{lang}-plan.tsv")
    raw = open(path, encoding="utf-8").read()
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    plain = [l.split("\t") for l in raw.split("\n") if l != ""]
    if rows != plain:
        errors.append(f"{lang}: csv.reader and a plain tab split disagree")
    if rows[0] != HEADER:
        errors.append(f"{lang}: bad plan header")
    rows = rows[1:]
    used, convs = set(), {}
    faq_turns = no_share = 0
    for r in rows:
        if len(r) != 5:
            errors.append(f"{lang}: row with {len(r)} fields: {r[:2]}")
            continue
        for x in r:
            if not x.strip() or x.startswith('"') or "\t" in x or "\n" in x or "\r" in x:
                errors.append(f"{lang}: bad field in {r[:2]}: {x[:30]!r}")
        c, t = int(r[0]), int(r[1])
        convs.setdefault(c, []).append(t)
        cited = re.findall(r'FAQ: "([^"]+)"', r[3])
        for q in cited:
            if q not in qs:
                errors.append(f"{lang} {c}.{t}: quoted question not in FAQ: {q}")
        cited = [q for q in cited if q in qs]
        used.update(cited)
        if cited:
            faq_turns += 1
            entry = set()
            for q in cited:
                entry |= stems(words(" ".join([qs[q][0], qs[q][3].replace(";", " "), qs[q][4].replace("|", " ")])))
            shared = stems(words(r[2])) & entry
            if os.environ.get("DIAG"):
                print(f"  {lang} {c}.{t}: shared {sorted(shared)}")
            if not shared:
                no_share += 1
                convs.setdefault(("ns", c), []).append(t)
            convs.setdefault(("faq", c), []).append(t)
    nums = sorted(k for k in convs if isinstance(k, int))
    if nums != list(range(1, nconv + 1)):
        errors.append(f"{lang}: conversations {nums}, want 1..{nconv}")
    for c in nums:
        if convs[c] != list(range(1, len(convs[c]) + 1)):
            errors.append(f"{lang}: conversation {c} turns {convs[c]} not 1..n")
        if ("faq", c) in convs and ("ns", c) not in convs:
            errors.append(f"{lang}: conversation {c} has no FAQ turn sharing no content word with its entry")
    if not tmin <= len(rows) <= tmax:
        errors.append(f"{lang}: {len(rows)} turns, want {tmin}-{tmax}")
    unused = [q for q in qs if q not in used]
    if unused:
        errors.append(f"{lang}: FAQ entries never used: {unused}")
    print(f"{lang}: FAQ entries {len(faq)} (used {len(used)}), conversations {len(nums)}, turns {len(rows)}, "
          f"FAQ-answered turns {faq_turns} ({100 * faq_turns / len(rows):.0f}%), of them sharing no content word "
          f"with the entry {no_share}")

if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
