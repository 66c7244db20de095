"""Checks writer B's files (es, nl, pt) of test set 22. Prints per-language counts and OK, or the problems.
DIAG=1 prints, for every FAQ turn, the content words it shares with the entry it needs."""
import csv
import os
import re
import sys
import unicodedata

from common_b import OUT, FAQ_HEADER, PLAN_HEADER

LANGS = ["es", "nl", "pt"]
N_FAQ, N_CONV, N_TURNS = 15, 7, 27
STOP = {
    "es": set("como cuanto cuesta para pero esto esta este eso esa ese tiene tengo teneis vuestro vuestra "
              "hacer haceis hace puedo puede quiero algo todo todos cuando donde porque sobre entre desde hasta "
              "tambien otra otro mas muy bien".split()),
    "nl": set("kunnen jullie zijn wordt word heeft hebben voor wat hoe kan ook maar niet een het van met "
              "naar voor zijn onze mijn zelf nog wel als dan die dat deze over moet moeten".split()),
    "pt": set("quanto custa como para mais pode posso fazem isso esta este essa esse tenho meus minha minhas "
              "qual quando onde porque sobre desde tambem muito".split()),
}
errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    text = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def words(text, lang):
    return {w for w in re.findall(r"[a-z0-9]+", norm(text)) if len(w) >= 4 and w not in STOP[lang]}


def shared(a, b):
    """content words of a that also occur in b (same word or same first 5 letters)"""
    out = set()
    for w in a:
        for v in b:
            if w == v or (len(w) >= 5 and len(v) >= 5 and w[:5] == v[:5]):
                out.add(w)
    return out


def check(lang):
    faq_path = os.path.join(OUT, "%s-faq.csv" % lang)
    plan_path = os.path.join(OUT, "%s-plan.tsv" % lang)
    with open(faq_path, encoding="utf-8", newline="") as f:
        faq = list(csv.reader(f))
    if faq[0] != FAQ_HEADER:
        err("%s: bad FAQ header" % lang)
    entries = faq[1:]
    if len(entries) != N_FAQ:
        err("%s: %d FAQ entries, want %d" % (lang, len(entries), N_FAQ))
    questions = {}
    for i, row in enumerate(entries, 2):
        if len(row) != 5 or not all(x.strip() for x in row):
            err("%s-faq line %d: need 5 non-empty fields" % (lang, i))
            continue
        if not 3 <= len(row[3].split(";")) <= 6:
            err("%s-faq line %d: 3-6 keywords" % (lang, i))
        if not 2 <= len(row[4].split("|")) <= 3:
            err("%s-faq line %d: 2-3 phrasings" % (lang, i))
        if row[0] in questions:
            err("%s-faq: duplicate question %r" % (lang, row[0]))
        questions[row[0]] = row

    with open(plan_path, encoding="utf-8", newline="") as f:
        raw = f.read()
    rows = list(csv.reader(raw.splitlines(), delimiter="\t"))
    plain = [line.split("\t") for line in raw.splitlines()]
    if rows != plain:
        err("%s: csv.reader and a plain tab split disagree" % lang)
    if rows[0] != PLAN_HEADER:
        err("%s: bad plan header" % lang)
    used = set()
    convs = {}
    for i, row in enumerate(rows[1:], 2):
        if len(row) != 5 or not all(x.strip() for x in row):
            err("%s-plan line %d: need 5 non-empty fields" % (lang, i))
            continue
        if any(x.startswith('"') for x in row):
            err("%s-plan line %d: a field starts with a double quote" % (lang, i))
        conv, turn = int(row[0]), int(row[1])
        convs.setdefault(conv, []).append((turn, row))
        refs = re.findall(r'FAQ: "([^"]+)"', row[3])
        for r in refs:
            if r not in questions:
                err("%s-plan line %d: unknown FAQ question %r" % (lang, i, r))
            used.add(r)
    if sorted(convs) != list(range(1, N_CONV + 1)):
        err("%s: conversations %s, want 1..%d" % (lang, sorted(convs), N_CONV))
    n_turns = sum(len(v) for v in convs.values())
    if n_turns != N_TURNS:
        err("%s: %d turns, want %d" % (lang, n_turns, N_TURNS))
    n_faq_turns = n_nowords = 0
    for conv, turns in sorted(convs.items()):
        if [t for t, _ in turns] != list(range(1, len(turns) + 1)):
            err("%s conversation %d: turns not numbered 1..n" % (lang, conv))
        faq_turns, no_share = 0, 0
        for t, row in turns:
            refs = re.findall(r'FAQ: "([^"]+)"', row[3])
            if not refs:
                continue
            faq_turns += 1
            mw = words(row[2], lang)
            common = set()
            for r in refs:
                e = questions.get(r)
                if e:
                    common |= shared(mw, words(" ".join([e[0], e[3].replace(";", " "), e[4].replace("|", " ")]), lang))
            if not common:
                no_share += 1
            if os.environ.get("DIAG"):
                print("%s %d.%d shares: %s" % (lang, conv, t, ", ".join(sorted(common)) or "-"))
        n_faq_turns += faq_turns
        n_nowords += no_share
        if faq_turns and not no_share:
            err("%s conversation %d: every FAQ turn shares a content word with its entry" % (lang, conv))
    unused = set(questions) - used
    for u in sorted(unused):
        err("%s: FAQ entry never used: %r" % (lang, u))
    print("%s: %d FAQ entries (%d used), %d conversations, %d turns, %d FAQ turns (%d share no content word)"
          % (lang, len(entries), len(used & set(questions)), len(convs), n_turns, n_faq_turns, n_nowords))


for lang in LANGS:
    check(lang)
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
