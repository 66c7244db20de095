"""Checks writer B's files (es, nl, pt) of test set 20; prints OK and per-language counts.
DIAG=1 prints the shared content words of every FAQ-answered turn."""
import csv, os, re, sys, unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["es", "nl", "pt"]
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
STOP = {
 "es": "que como cual cuanto cuantos donde para pero porque con sin una uno unos unas los las del por mas eso esto esta este estan hago hace pasa vamos trae tienen tiene hay pueden puedo puede quiero saber otra cosa ahi aqui muy todo todos dia ese esa son sus tus mis mio".split(),
 "nl": "wat hoe waar wie welke voor maar een het van met zonder ook dan dat die dit zijn jullie mijn kan kunnen kin kinnen ik je jij wel niet nait nog naar over iets moet wil als bij aan heb hebben wordt zitten maken eerst".split(),
 "pt": "que como qual quanto quantos onde para pra mas com sem uma uns umas dos das por mais isso isto esse essa esta tem vcs voces voce pode posso quero saber outra coisa ai aqui muito tudo dia seu sua meu minha vou vao ficam antes".split(),
}
errors = []


def norm(t):
    t = unicodedata.normalize("NFKD", t.lower())
    return "".join(c for c in t if not unicodedata.combining(c))


def words(t, lang):
    return {w for w in re.findall(r"[a-z]+", norm(t)) if len(w) >= 3 and w not in STOP[lang]}


def read_faq(lang):
    with open(os.path.join(OUT, f"{lang}-faq.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != FAQ_HEADER:
        errors.append(f"{lang}: bad FAQ header")
    for r in rows[1:]:
        if len(r) != 5 or not all(x.strip() for x in r):
            errors.append(f"{lang}: bad FAQ row {r[:1]}")
        elif not 3 <= len(r[3].split(";")) <= 6 or not 2 <= len(r[4].split("|")) <= 3:
            errors.append(f"{lang}: keywords 3-6 / phrasings 2-3 in {r[0]}")
    if len(rows) - 1 != 15:
        errors.append(f"{lang}: {len(rows) - 1} FAQ entries, want 15")
    return {r[0]: r for r in rows[1:]}


def read_plan(lang):
    path = os.path.join(OUT, f"{lang}-plan.tsv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    with open(path, encoding="utf-8") as f:
        plain = [l.rstrip("\n").split("\t") for l in f]
    if rows != plain:
        errors.append(f"{lang}: csv.reader and plain split differ")
    if rows[0] != PLAN_HEADER:
        errors.append(f"{lang}: bad plan header")
    for r in rows[1:]:
        if len(r) != 5:
            errors.append(f"{lang}: row with {len(r)} fields: {r}")
        for x in r:
            if "\t" in x or "\n" in x or "\r" in x or x.startswith('"') or not x.strip():
                errors.append(f"{lang}: bad field {x!r}")
    return rows[1:]


def check(lang):
    faq = read_faq(lang)
    plan = read_plan(lang)
    convs, used, faq_turns, no_shared, conv_no_shared, conv_faq = {}, set(), 0, 0, set(), set()
    for r in plan:
        c, t = int(r[0]), int(r[1])
        convs.setdefault(c, []).append(t)
        qs = re.findall(r'FAQ: "([^"]+)"', r[3])
        for q in qs:
            if q not in faq:
                errors.append(f"{lang} {c}.{t}: unknown FAQ question {q!r}")
        qs = [q for q in qs if q in faq]
        used.update(qs)
        if qs:
            faq_turns += 1
            conv_faq.add(c)
            msg = words(r[2], lang)
            shared = set()
            for q in qs:
                e = faq[q]
                shared |= msg & words(" ".join([e[0], e[3], e[4]]), lang)
            if not shared:
                no_shared += 1
                conv_no_shared.add(c)
            if os.environ.get("DIAG"):
                print(f"  {lang} {c}.{t}: {sorted(shared)}")
    if sorted(convs) != list(range(1, 8)):
        errors.append(f"{lang}: conversations {sorted(convs)}, want 1..7")
    for c, ts in convs.items():
        if ts != list(range(1, len(ts) + 1)):
            errors.append(f"{lang}: conversation {c} turns {ts}")
    if len(plan) != 27:
        errors.append(f"{lang}: {len(plan)} turns, want 27")
    for q in faq:
        if q not in used:
            errors.append(f"{lang}: FAQ entry never used: {q}")
    for c in sorted(conv_faq - conv_no_shared):
        errors.append(f"{lang}: conversation {c} has no FAQ turn sharing no content word with its entry")
    if not any(r[3].startswith("[wait 60 s before sending]") for r in plan):
        errors.append(f"{lang}: no [wait 60 s before sending] turn")
    if not any(r[3].startswith("[after the bot handed over to a person]") for r in plan):
        errors.append(f"{lang}: no [after the bot handed over to a person] turn")
    return (f"{lang}: FAQ {len(faq)} entries ({len(used)} used), {len(convs)} conversations, {len(plan)} turns, "
            f"{faq_turns} FAQ-answered ({100 * faq_turns // len(plan)}%), {no_shared} of them share no content word")


lines = [check(l) for l in LANGS]
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
print("\n".join(lines))
