"""Check a test set, writer B (es, nl, pt). Prints per-language counts and OK, exits 1 on any problem.
DIAG=1 prints the content words each FAQ turn shares with its entries (question + keywords)."""
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("SET_DIR") or os.path.normpath(os.path.join(os.getcwd(), ".."))  # a set's src/ is the working directory
LANGS = ["es", "nl", "pt"]
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
N_ENTRIES, N_CONVS, N_TURNS = 15, 7, 27
DIAG = os.environ.get("DIAG") == "1"

STOP = {
    "es": """a al algo alguien ante antes aparte asi aqui bien bueno buenas buenos como con cual cuando de del desde donde
        el ella ellos en entonces era eres es esa ese eso esta estais estan este esto estoy hay haceis hace hacer
        la las le les lo los mas me mi mis mucho muy nada ni no nos nosotros o oye para pero poco por porque puede
        puedo que q se ser si sin sobre son su sus tambien tb te teneis tengo tiene tu un una uno unos vale vosotros
        y ya yo hola gracias porfa cuanto cuanta cuantos cuantas como estas dais vais van hoy mejor luego pues""",
    "nl": """aan al als bij dan dat de den der des deze die dit doen door dus een en er ff gewoon had heb hebben heeft
        het hier hij hoe hoi hun ik in is ja je jij jou jullie kan kun kunnen maar me meer met mij mijn mn moet
        na naar nee niet nog nou of om ook op over te tot toch u uw van veel voor waar wat wel wie wij word
        worden zo zijn ze zich zou dank doei top ok hallo echt eigenlijk iets daar dus zeg""",
    "pt": """a ao aos as com como da das de do dos e ela ele em era estou eu foi isso isto ja la lhe mais mas me meu
        minha na nao nas no nos o os ou para pra pro pa pelo pela por porque quando que quero se sem ser sim so sua tem
        tenho ter tb um uma vai vou voce voces vcs vc oi ola obrigado obrigada ok ai ate dia dias qual onde quanto
        isso ta to hj tipo entao aqui esse essa""",
}
STOP = {k: set(v.split()) for k, v in STOP.items()}  # whole words, not substrings


def norm(text):
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text, lang):
    out = set()
    for w in re.findall(r"[a-z]+", norm(text)):
        if len(w) >= 3 and w not in STOP[lang]:
            out.add(w[:5])
    return out


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def read_faq(lang):
    path = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != FAQ_HEADER:
        fail("%s: bad FAQ header %r" % (path, rows[0]))
    entries = rows[1:]
    if len(entries) != N_ENTRIES:
        fail("%s: %d entries, want %d" % (path, len(entries), N_ENTRIES))
    seen = set()
    for r in entries:
        if len(r) != 5 or any(not x.strip() for x in r):
            fail("%s: bad row %r" % (path, r))
        if r[0] in seen:
            fail("%s: duplicate question %r" % (path, r[0]))
        seen.add(r[0])
        kws, phr = r[3].split(";"), r[4].split("|")
        if not 3 <= len(kws) <= 6:
            fail("%s: %d keywords in %r" % (path, len(kws), r[0]))
        if not 2 <= len(phr) <= 3:
            fail("%s: %d phrasings in %r" % (path, len(phr), r[0]))
        if not re.search(r"\d", r[1]):
            fail("%s: answer without a number (not concrete?) in %r" % (path, r[0]))
    return {r[0]: r for r in entries}


def read_plan(lang):
    path = os.path.join(OUT, "%s-plan.tsv" % lang)
    with open(path, newline="", encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    split_rows = [l.split("\t") for l in lines]
    with open(path, newline="", encoding="utf-8") as f:
        csv_rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if split_rows != csv_rows:
        fail("%s: csv.reader and a plain tab split disagree" % path)
    if "\r" in raw:
        fail("%s: CR in file" % path)
    if split_rows[0] != PLAN_HEADER:
        fail("%s: bad plan header %r" % (path, split_rows[0]))
    rows = split_rows[1:]
    for r in rows:
        if len(r) != 5:
            fail("%s: row without 5 fields %r" % (path, r))
        for x in r:
            if not x.strip() or x.startswith('"'):
                fail("%s: empty field or leading double quote in %r" % (path, r))
    return rows


def check(lang):
    faq = read_faq(lang)
    rows = read_plan(lang)
    convs = {}
    for r in rows:
        convs.setdefault(int(r[0]), []).append(r)
    if sorted(convs) != list(range(1, N_CONVS + 1)):
        fail("%s: conversations %r, want 1..%d" % (lang, sorted(convs), N_CONVS))
    if len(rows) != N_TURNS:
        fail("%s: %d turns, want %d" % (lang, len(rows), N_TURNS))
    used = set()
    for c, crow in convs.items():
        if [int(r[1]) for r in crow] != list(range(1, len(crow) + 1)):
            fail("%s: conversation %d turns not numbered 1..n" % (lang, c))
        faq_turns, clean = 0, []
        for r in crow:
            qs = re.findall(r'FAQ: "([^"]+)"', r[3])
            for q in qs:
                if q not in faq:
                    fail("%s %s.%s: quoted FAQ question not in the FAQ: %r" % (lang, r[0], r[1], q))
                used.add(q)
            if qs:
                faq_turns += 1
                target = set()
                for q in qs:
                    target |= words(q + " " + faq[q][3].replace(";", " "), lang)
                shared = words(r[2], lang) & target
                if DIAG:
                    print("  %s %s.%s shared: %s" % (lang, r[0], r[1], ", ".join(sorted(shared)) or "-"))
                if not shared:
                    clean.append("%s.%s" % (r[0], r[1]))
        if faq_turns and not clean:
            fail("%s: conversation %d: every FAQ turn shares a content word with its entry" % (lang, c))
        if DIAG:
            print("  %s conversation %d: no shared word in %s" % (lang, c, ", ".join(clean) or "-"))
    unused = set(faq) - used
    if unused:
        fail("%s: FAQ entries never used: %r" % (lang, sorted(unused)))
    print("%s: %d FAQ entries, %d conversations, %d turns, all entries used: OK" % (lang, len(faq), len(convs), len(rows)))
    return len(rows)


if __name__ == "__main__":
    total = sum(check(l) for l in LANGS)
    print("OK (%d turns in %d languages)" % (total, len(LANGS)))
