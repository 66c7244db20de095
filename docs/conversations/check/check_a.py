"""Check writer A's files of a test set (en, de, fr, it). Run: python3 check_a.py  (DIAG=1 for shared words)"""
import csv
import os
import re
import sys
import unicodedata

from common_a import FAQ_HEADER, OUT, PLAN_HEADER

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "db", "sample-faq.csv")
LANGS = {"en": (14, (50, 50), 40), "de": (7, (27, 27), 15), "fr": (7, (27, 27), 15), "it": (7, (27, 27), 15)}
DIAG = os.environ.get("DIAG")

STOP = {
    "en": """a an the and or but if so to of in on at for from with by about as is are was were be been am do does
        did done i me my you your u ur we our us he she it its they them their this that these those there here
        what which who how when where why can could will would should shall may might must have has had not no
        dont didnt cant isnt im ive ill pls please hi hello hey ok okay yes just also still now then than too very
        get got one any some all more much many if into up out over again only want need like know
        don t s ll ve re d m""",
    "de": """der die das den dem des ein eine einen einem einer und oder aber wenn ich mich mir du dich dir er sie
        es wir ihr euch uns mein meine meinen sein seine ist sind war bin bist hab habe hat haben kann kannst
        können könnt muss musst müssen darf soll will wollen was wie wo wann warum wer nicht kein keine auch noch
        schon da dann so zu im in am an auf aus bei mit nach von vor für über um bis ja nee nein ok hallo moin
        eigentlich mal nen ne ein denn doch nur sehr bitte danke gibt geht man sich dass ob oder ihr euer eure
        machen macht mache sie ihre ihren ihnen""",
    "fr": """le la les l un une des de du d et ou mais si je j me m moi tu te t toi il elle on nous vous ils elles
        mon ma mes ton ta tes son sa ses notre votre vos leur ce c ca cela cette ces qui que qu quoi est sont
        suis es etre avoir ai as a ont avez avons fait faites faire pour par sur dans en au aux avec sans pas ne
        n plus tres bien oui non merci bonjour salut comment combien quand ou quel quelle quels y se s peut
        pouvez puis peux pouvons vos juste aussi meme tout tous la il elle faut chez""",
    "it": """il lo la i gli le un uno una di da del della dei delle dal dalla in nel nella con su per tra fra e ed
        o ma se che chi cosa come quando dove quanto quanta perche non si no sono sei e era io tu lui lei noi
        voi loro mi ti ci vi ne mio mia mie miei tuo tua vostro vostra vostri nostro nostra ho hai ha abbiamo
        avete hanno fare fate fa puo posso possiamo potete essere anche ancora gia piu molto poi grazie ciao
        buongiorno salve si al allo alla ai agli alle dello degli l c un po a ad sua suo sue suoi lui lei
        quale quali qual vorrei devo deve""",
}
STOP = {k: set(v.split()) for k, v in STOP.items()}


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def words(s, lang):
    return {w for w in re.split(r"[^a-z0-9]+", norm(s).replace("'", " ")) if w and w not in STOP[lang]}


def shared(a, b):
    out = set()
    for x in a:
        for y in b:
            if x == y or (len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5]):
                out.add(x)
    return out


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def check(lang):
    n_conv, (tmin, tmax), n_faq = LANGS[lang]
    faq_path = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(faq_path, newline="", encoding="utf-8") as f:
        faq = list(csv.reader(f))
    if faq[0] != FAQ_HEADER:
        fail("%s: FAQ header %r" % (lang, faq[0]))
    faq = faq[1:]
    if len(faq) != n_faq:
        fail("%s: %d FAQ entries, want %d" % (lang, len(faq), n_faq))
    if lang == "en":
        if open(faq_path, "rb").read() != open(SAMPLE, "rb").read():
            fail("en-faq.csv differs from the sample FAQ")
    for r in faq:
        if len(r) != 5 or not all(x.strip() for x in r):
            fail("%s: bad FAQ row %r" % (lang, r[:1]))
        if lang != "en":
            if not 3 <= len(r[3].split(";")) <= 6:
                fail("%s: keywords count for %r" % (lang, r[0]))
            if not 2 <= len(r[4].split("|")) <= 3:
                fail("%s: phrasings count for %r" % (lang, r[0]))
            if not re.search(r"[0-9]", r[1]):
                fail("%s: no number in the answer of %r" % (lang, r[0]))
    questions = {r[0]: r for r in faq}
    if len(questions) != len(faq):
        fail("%s: duplicate FAQ question" % lang)

    plan_path = os.path.join(OUT, "%s-plan.tsv" % lang)
    text = open(plan_path, encoding="utf-8").read()
    if "\r" in text:
        fail("%s: CR in plan" % lang)
    lines = text.rstrip("\n").split("\n")
    plain = [l.split("\t") for l in lines]
    with open(plan_path, newline="", encoding="utf-8") as f:
        parsed = list(csv.reader(f, delimiter="\t"))
    if plain != parsed:
        fail("%s: csv.reader and plain tab split disagree" % lang)
    if parsed[0] != PLAN_HEADER:
        fail("%s: plan header %r" % (lang, parsed[0]))
    rows = parsed[1:]
    convs = {}
    used = set()
    for r in rows:
        if len(r) != 5:
            fail("%s: row with %d fields: %r" % (lang, len(r), r[:2]))
        if not all(x.strip() for x in r) or any(x.startswith('"') for x in r):
            fail("%s: empty field or leading quote in %r" % (lang, r[:2]))
        convs.setdefault(int(r[0]), []).append(r)
    if sorted(convs) != list(range(1, n_conv + 1)):
        fail("%s: conversations %r" % (lang, sorted(convs)))
    if not tmin <= len(rows) <= tmax:
        fail("%s: %d turns, want %d-%d" % (lang, len(rows), tmin, tmax))
    for c, rs in sorted(convs.items()):
        if [int(r[1]) for r in rs] != list(range(1, len(rs) + 1)):
            fail("%s: conversation %d turns not 1..n" % (lang, c))
        zero = []
        faq_turns = 0
        for r in rs:
            refs = re.findall(r'FAQ: "([^"]+)"', r[3])
            for q in refs:
                if q not in questions:
                    fail("%s %s.%s: unknown FAQ question %r" % (lang, r[0], r[1], q))
                used.add(q)
            if not refs or r[3].lstrip("[").startswith(("Push-back", "Request", "Waiting")):
                continue
            faq_turns += 1
            target = set()
            for q in refs:
                target |= words(q + " " + questions[q][3].replace(";", " "), lang)
            sh = shared(words(r[2], lang), target)
            if not sh:
                zero.append("%s.%s" % (r[0], r[1]))
            if DIAG:
                print("  %s %s.%s shared: %s" % (lang, r[0], r[1], " ".join(sorted(sh)) or "-"))
        if faq_turns and not zero:
            fail("%s: conversation %d has no FAQ turn without a shared content word" % (lang, c))
        if DIAG:
            print("  %s conv %d: no shared word in %s" % (lang, c, ", ".join(zero) or "-"))
    unused = [q for q in questions if q not in used]
    if unused:
        fail("%s: FAQ entries never used: %r" % (lang, unused))
    return len(faq), len(convs), len(rows)


total = 0
for lang in LANGS:
    n_faq, n_conv, n_turns = check(lang)
    total += n_turns
    print("%s: %d FAQ entries (all used), %d conversations, %d turns: OK" % (lang, n_faq, n_conv, n_turns))
print("total: %d turns" % total)
print("OK")
