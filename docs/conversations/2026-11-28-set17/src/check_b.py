"""Checks writer B's files of test set 17 (es, nl, pt). Prints OK and per-language counts."""
import csv
import os
import re
import sys
import unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["es", "nl", "pt"]
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
N_FAQ, N_CONV, N_TURNS = 15, 7, 27
INSTRUCTIONS = ["[type, do not tap]", "[wait 60 s before sending]", "[after the bot handed over to a person]"]

STOP = {
    "es": """que q con por para pa los las del una uno unos unas como cuando donde cual cuanto cuanta cuantos cuantas
    pero porque xq mas muy este esta esto eso esa ese estos esas son hay tiene tienen tengo ser sus mis mio mia
    todo toda todos todas tambien tmb nomas solo ahi alla aqui alguien algo asi bien sin sobre entre hasta desde
    les nos yo tu usted ustedes ellos ella mi se lo le la el al de en y o a u ni si no ya va oye oigan hola buenas
    puedo puede pueden quiero quieren hacer hace hacen ver dar dan sale cuesta""",
    "nl": """de het een en of maar dat die dit deze wat wie waar wanneer hoe hoeveel waarom als dan ook nog niet neet
    wel met voor van naar bij aan uit over onder door tot om op in te er hier daar ik ich jij je u uw we wij ze zij
    hij mijn mien zijn haar ons jullie is ben bent zijn was kan kun kunnen mag moet moeten wil wilt heb hebt heeft
    hebben doe doet doen gaat gaan zal zou al ff even idd wss hoezo toch dus nou zo wordt worden geen iets alles
    hallo hoi dag mer get jao nee ja per welke mee""",
    "pt": """que o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela para pra pa com sem e ou mas
    se nao sim ja eu tu voce voces ele ela eles elas me te lhe nos vos meu minha seu sua teu tua isto isso este esta
    esse essa aquele como quando onde qual quanto quanta quantos quantas porque tambem tb muito mais menos so ate
    ha tem tenho tens temos teem ser estar sao foi vai ir fazer faz fazem pode posso podem quero queria boas ola
    bom dia tarde noite aqui ai la ca entao pois pa""",
}


def norm(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn")


def words(s, lang):
    out = set()
    for w in re.findall(r"[a-z0-9]+", norm(s)):
        if len(w) < 3 or w in STOP[lang]:
            continue
        out.add(w[:-1] if len(w) > 4 and w.endswith("s") else w)
    return out


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def check(lang):
    stop = set(STOP[lang].split())
    STOP[lang] = stop
    fpath, ppath = os.path.join(OUT, lang + "-faq.csv"), os.path.join(OUT, lang + "-plan.tsv")
    with open(fpath, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != FAQ_HEADER:
        fail(lang + " faq header")
    faq = {}
    for r in rows[1:]:
        if len(r) != 5 or not all(x.strip() for x in r):
            fail("%s faq row %r" % (lang, r))
        kws, phr = r[3].split(";"), r[4].split("|")
        if not 3 <= len(kws) <= 6 or not 2 <= len(phr) <= 3:
            fail("%s faq keywords/phrasings count: %s" % (lang, r[0]))
        if not re.search(r"\d", r[1]):
            fail("%s faq answer without any number (not concrete?): %s" % (lang, r[0]))
        faq[r[0]] = " ".join(r)
    if len(faq) != N_FAQ:
        fail("%s: %d FAQ entries" % (lang, len(faq)))

    text = open(ppath, encoding="utf-8").read()
    split_rows = [l.split("\t") for l in text.rstrip("\n").split("\n")]
    with open(ppath, newline="", encoding="utf-8") as f:
        csv_rows = list(csv.reader(f, delimiter="\t"))
    if split_rows != csv_rows:
        fail(lang + " plan reads differently with csv.reader and split")
    if csv_rows[0] != PLAN_HEADER:
        fail(lang + " plan header")
    convs, used = {}, set()
    n_faq_turns = n_nowords = 0
    conv_noword = {}
    for r in csv_rows[1:]:
        if len(r) != 5 or not all(x.strip() for x in r):
            fail("%s plan row %r" % (lang, r))
        c, t, msg, right, wrong = r
        if any(x.startswith('"') for x in r):
            fail("%s field starts with a quote: %r" % (lang, r))
        if "[" in msg:
            fail("%s %s.%s: tester instruction in the message" % (lang, c, t))
        m = re.match(r"(\[[^\]]*\] ?)+", right)
        if m:
            for ins in re.findall(r"\[[^\]]*\]", m.group(0)):
                if ins not in INSTRUCTIONS:
                    fail("%s %s.%s unknown instruction %s" % (lang, c, t, ins))
        if "[" in right[m.end() if m else 0:]:
            fail("%s %s.%s: instruction not at the start of column 4" % (lang, c, t))
        convs.setdefault(int(c), []).append(int(t))
        qs = re.findall(r'FAQ: "([^"]*)"', right)
        for q in qs:
            if q not in faq:
                fail("%s %s.%s unknown FAQ question %r" % (lang, c, t, q))
            used.add(q)
        if qs:
            n_faq_turns += 1
            entry_words = set()
            for q in qs:
                entry_words |= words(faq[q], lang)
            shared = words(msg, lang) & entry_words
            conv_noword.setdefault(int(c), [])
            if not shared:
                n_nowords += 1
                conv_noword[int(c)].append(int(t))
            if os.environ.get("VERBOSE"):
                print("  %s %s.%s shared=%s" % (lang, c, t, sorted(shared)))
    if sorted(convs) != list(range(1, N_CONV + 1)):
        fail("%s conversations %s" % (lang, sorted(convs)))
    for c, ts in convs.items():
        if ts != list(range(1, len(ts) + 1)):
            fail("%s conversation %d turns %s" % (lang, c, ts))
    n = sum(len(ts) for ts in convs.values())
    if n != N_TURNS:
        fail("%s: %d turns" % (lang, n))
    missing = set(faq) - used
    if missing:
        fail("%s FAQ entries never used: %s" % (lang, sorted(missing)))
    for c in convs:
        if c in conv_noword and not conv_noword[c]:
            fail("%s conversation %d: every FAQ turn shares a content word with its entry" % (lang, c))
        if c not in conv_noword:
            fail("%s conversation %d has no FAQ turn" % (lang, c))
    waits = text.count("[wait 60 s before sending]")
    if not waits:
        fail(lang + " no waiting turn")
    return "%s: %d FAQ entries (all used), %d conversations, %d turns, %d FAQ-answered (%d share no content word with the entry: %s)" % (
        lang, len(faq), len(convs), n, n_faq_turns, n_nowords,
        ", ".join("%d.%s" % (c, "/".join(map(str, ts))) for c, ts in sorted(conv_noword.items())))


if __name__ == "__main__":
    langs = sys.argv[1:] or LANGS
    lines = [check(l) for l in langs]
    print("OK")
    for l in lines:
        print(l)
