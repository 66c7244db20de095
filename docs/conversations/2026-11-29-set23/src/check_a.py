"""Check writer A's files of set 23 (en, de, fr, it). Prints per-language counts and OK, or the problems.

DIAG=1 python3 check_a.py  also prints, per FAQ turn, the content words it shares with its entries.
"""
import csv
import os
import re
import sys
import unicodedata

from common_a import OUT, FAQ_HEADER, PLAN_HEADER

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "db", "sample-faq.csv")
EXPECT = {  # lang: (faq entries, conversations, turns min, turns max)
    "en": (40, 14, 45, 50),
    "de": (15, 7, 27, 27),
    "fr": (15, 7, 27, 27),
    "it": (15, 7, 27, 27),
}
STOP = set("""
a an the and or but if so to of in on at by for from with without into about as is are was were be been am do does did
done doing have has had having i me my mine you your yours u ur he she it its we our us they them their this that these
those there here what which who whom how when where why can could would should will shall may might must not no yes
dont didnt doesnt cant wont im ive its whats just also still now then than too very really much many any some all
more most get got one two like want need please pls thanks hi hello hey ok okay
der die das den dem des ein eine einen einem einer eines und oder aber wenn ich du er sie es wir ihr mich mir dich dir
uns euch euer eure ist sind war bin bist hat habe hast haben hatte kann kannst koennt konnt muss man mit von vom zum zur
bei fuer fur auf aus nach noch auch nur schon mal wie was wer wo wann warum nicht kein keine keinen ja nein doch da dann
sich mein meine meinen meinem ihr ihre ihren ihrem euren eurem gibt geht gehts gibts wird werden sein seine zu im am ins
so bitte danke hallo also denn ob dass als um an in habt hab konnen gibt
le la les un une des du de d l et ou mais si je tu il elle on nous vous ils elles me te se mon ma mes ton ta tes son sa
ses notre nos votre vos leur leurs est sont suis es etes ai as avez avons ont a au aux ce cet cette ces qui que quoi quand
comment pourquoi ou ne pas plus peut peux pouvez faut fait faire c ca y en dans sur pour par avec sans chez aussi tres
bien bonjour merci oui non svp est-ce qu il combien
il lo la i gli le un uno una di da in con su per tra fra e o ma se che chi cosa come quando dove perche non si no mi ti
ci vi ne mio mia miei mie tuo tua suo sua nostro vostro loro sono sei e era ho hai ha abbiamo avete hanno posso puoi puo
potete si del della dello dei degli delle al alla allo ai agli alle dal dalla nel nella sul sulla anche ancora gia piu
molto ciao grazie buongiorno quanto quanti
""".split())


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def words(s):
    return {w for w in re.split(r"[^a-z0-9]+", norm(s)) if len(w) >= 3 and w not in STOP}


def shared(msg_words, entry_words):
    out = set()
    for a in msg_words:
        for b in entry_words:
            if a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]):
                out.add(a)
    return out


def check(lang, problems, diag):
    n_faq, n_conv, tmin, tmax = EXPECT[lang]
    faq_path = os.path.join(OUT, "%s-faq.csv" % lang)
    plan_path = os.path.join(OUT, "%s-plan.tsv" % lang)
    with open(faq_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != FAQ_HEADER:
        problems.append("%s: FAQ header %r" % (lang, rows[0]))
    entries = {}
    for r in rows[1:]:
        if len(r) != 5 or any(not x.strip() for x in r):
            problems.append("%s: FAQ row with %d fields or an empty field: %r" % (lang, len(r), r[:1]))
            continue
        if '"' in r[0]:
            problems.append("%s: FAQ question with a double quote: %r" % (lang, r[0]))
        if lang != "en":
            kws, phr = r[3].split(";"), r[4].split("|")
            if not 3 <= len(kws) <= 6 or not 2 <= len(phr) <= 3:
                problems.append("%s: %d keywords / %d phrasings in %r" % (lang, len(kws), len(phr), r[0]))
        entries[r[0]] = words(r[0] + " " + r[3].replace(";", " "))
    if len(entries) != n_faq:
        problems.append("%s: %d FAQ entries, expected %d" % (lang, len(entries), n_faq))
    if lang == "en":
        with open(SAMPLE, "rb") as a, open(faq_path, "rb") as b:
            if a.read() != b.read():
                problems.append("en: en-faq.csv differs from the sample FAQ")

    with open(plan_path, newline="", encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    plain = [l.split("\t") for l in lines]
    parsed = list(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    if plain != parsed:
        problems.append("%s: csv.reader and a plain tab split disagree" % lang)
    if plain[0] != PLAN_HEADER:
        problems.append("%s: plan header %r" % (lang, plain[0]))
    used = set()
    convs = {}
    for i, r in enumerate(plain[1:], 2):
        if len(r) != 5:
            problems.append("%s line %d: %d fields" % (lang, i, len(r)))
            continue
        if any(not x.strip() or x.startswith('"') or "\r" in x for x in r):
            problems.append("%s line %d: empty field, CR or leading double quote" % (lang, i))
        c, t, msg, right, wrong = r
        convs.setdefault(int(c), []).append((int(t), msg, right))
    if sorted(convs) != list(range(1, n_conv + 1)):
        problems.append("%s: conversations %r, expected 1..%d" % (lang, sorted(convs), n_conv))
    turns = sum(len(v) for v in convs.values())
    if not tmin <= turns <= tmax:
        problems.append("%s: %d turns, expected %d-%d" % (lang, turns, tmin, tmax))
    faq_turns = 0
    for c, rows_c in sorted(convs.items()):
        if [t for t, _, _ in rows_c] != list(range(1, len(rows_c) + 1)):
            problems.append("%s conv %d: turns not numbered 1..n" % (lang, c))
        has_faq, has_zero = False, False
        for t, msg, right in rows_c:
            qs = re.findall(r'FAQ: "([^"]+)"', right)
            for q in qs:
                if q not in entries:
                    problems.append("%s %d.%d: unknown FAQ question %r" % (lang, c, t, q))
            qs = [q for q in qs if q in entries]
            if not qs:
                continue
            used.update(qs)
            has_faq = True
            faq_turns += 1
            ew = set().union(*(entries[q] for q in qs))
            sh = shared(words(msg), ew)
            if not sh:
                has_zero = True
            if diag:
                print("%s %d.%d shares %s" % (lang, c, t, sorted(sh) or "-"))
        if has_faq and not has_zero:
            problems.append("%s conv %d: every FAQ turn shares a content word with its entry" % (lang, c))
    for q in entries:
        if q not in used:
            problems.append("%s: FAQ entry never used: %r" % (lang, q))
    return "%s: %d FAQ entries (%d used), %d conversations, %d turns (%d answered from the FAQ)" % (
        lang, len(entries), len(used & set(entries)), len(convs), turns, faq_turns)


def main():
    diag = os.environ.get("DIAG") == "1"
    langs = sys.argv[1:] or list(EXPECT)
    problems, lines = [], []
    for lang in langs:
        try:
            lines.append(check(lang, problems, diag))
        except FileNotFoundError as e:
            problems.append("%s: missing file %s" % (lang, e.filename))
    for l in lines:
        print(l)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
