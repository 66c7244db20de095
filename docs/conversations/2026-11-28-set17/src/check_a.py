"""Check writer A's files of set 17 (en, de, fr, it); prints OK and per-language counts."""
import csv
import os
import re
import sys
import unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = {  # lang: (faq entries, conversations, min turns, max turns)
    "en": (40, 14, 45, 50),
    "de": (15, 7, 27, 27),
    "fr": (15, 7, 27, 27),
    "it": (15, 7, 27, 27),
}
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
REF = re.compile(r'FAQ: "([^"]+)"')

STOP = set("""
the and for you your yours are was were has have had not but with this that what when where which who how why can
could would should will shall does did done from into onto about also just only then than them they their there here
its it's all any some one two out off too very more most much many get got give want need like know please pls plz
kindly now still already again after before yes yeah okay ok hello hi hey thanks thank tell say said make made take
der die das und ist ich mir mich mein meine dir ihr sie sich ein eine einen einem einer wie was wer wann wo warum
auch aber oder nicht noch schon nur mit bei von für fur auf aus nach vor zum zur den dem des ist sind hat habe haben
kann können konnen chan cha chönd chond mues muss isch gits het hend hei heit dir dr es no de d si mi
les des une est sont pour pas que qui quoi quand comment avec dans sur chez mon mes vous nous ils elle elles
fait faire peut peux veux voudrais est-ce ça cela aussi mais donc alors encore déjà deja bien merci bonjour
il lo la gli le di da del della dei delle un una uno che chi come quando dove perché perche con per non sono
ho hai ha abbiamo avete fare fate posso potete anche ma poi già gia ancora grazie ciao mi ti si ci vi ne se
quanto quanta quanti nella nello nelle negli nel sul sulla siete viene vuole questo questa quello
""".split())


def norm(word):
    w = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in w if not unicodedata.combining(c))


def stems(text):
    out = set()
    for w in re.findall(r"[^\W\d_]+", text, re.UNICODE):
        w = norm(w)
        if len(w) < 3 or w in STOP:
            continue
        out.add(w[:5])
    return out


def main():
    errors = []
    report = []
    langs = sys.argv[1:] or list(SPEC)
    for lang in langs:
        n_faq, n_conv, t_min, t_max = SPEC[lang]
        fpath = os.path.join(OUT, "%s-faq.csv" % lang)
        ppath = os.path.join(OUT, "%s-plan.tsv" % lang)
        with open(fpath, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if rows[0] != FAQ_HEADER:
            errors.append("%s: bad FAQ header" % lang)
        faq = {}
        for i, r in enumerate(rows[1:], 2):
            if len(r) != 5 or not all(x.strip() for x in r):
                errors.append("%s FAQ line %d: needs 5 non-empty fields" % (lang, i))
                continue
            if lang != "en":
                if not 3 <= len(r[3].split(";")) <= 6:
                    errors.append("%s FAQ line %d: 3-6 keywords" % (lang, i))
                if not 2 <= len(r[4].split("|")) <= 3:
                    errors.append("%s FAQ line %d: 2-3 phrasings" % (lang, i))
            faq[r[0]] = stems(" ".join([r[0], r[3].replace(";", " "), r[4].replace("|", " ")]))
        if len(faq) != n_faq:
            errors.append("%s: %d FAQ entries, expected %d" % (lang, len(faq), n_faq))
        if lang == "en":
            with open("db/sample-faq.csv", "rb") as a, open(fpath, "rb") as b:
                if a.read() != b.read():
                    errors.append("en-faq.csv is not an unchanged copy of the sample FAQ")

        with open(ppath, newline="", encoding="utf-8") as f:
            raw = f.read()
        lines = raw.split("\n")
        if lines[-1] == "":
            lines = lines[:-1]
        with open(ppath, newline="", encoding="utf-8") as f:
            parsed = list(csv.reader(f, delimiter="\t"))
        split = [l.split("\t") for l in lines]
        if parsed != split:
            errors.append("%s: csv.reader and split('\\t') disagree" % lang)
        if split[0] != PLAN_HEADER:
            errors.append("%s: bad plan header" % lang)
        used = set()
        convs = {}
        faq_turns = 0
        no_shared = 0
        conv_no_shared = {}
        for i, r in enumerate(split[1:], 2):
            if len(r) != 5:
                errors.append("%s plan line %d: %d fields" % (lang, i, len(r)))
                continue
            for x in r:
                if not x.strip() or x.startswith('"') or "\r" in x:
                    errors.append("%s plan line %d: empty field, leading quote or CR" % (lang, i))
            if r[2].startswith("["):
                errors.append("%s plan line %d: tester instruction in the message column" % (lang, i))
            c, t = int(r[0]), int(r[1])
            convs.setdefault(c, []).append(t)
            refs = REF.findall(r[3])
            for q in refs:
                if q not in faq:
                    errors.append("%s plan line %d: unknown FAQ question %r" % (lang, i, q))
                used.add(q)
            refs = [q for q in refs if q in faq]
            conv_no_shared.setdefault(c, 0)
            if refs:
                faq_turns += 1
                msg = stems(r[2])
                if all(not (msg & faq[q]) for q in refs):
                    no_shared += 1
                    conv_no_shared[c] += 1
        if sorted(convs) != list(range(1, n_conv + 1)):
            errors.append("%s: conversations %s, expected 1..%d" % (lang, sorted(convs), n_conv))
        for c, ts in convs.items():
            if ts != list(range(1, len(ts) + 1)):
                errors.append("%s conversation %d: turns %s not 1..n" % (lang, c, ts))
        for c, n in conv_no_shared.items():
            if n == 0:
                errors.append("%s conversation %d: no FAQ turn without a shared content word" % (lang, c))
        turns = len(split) - 1
        if not t_min <= turns <= t_max:
            errors.append("%s: %d turns, expected %d-%d" % (lang, turns, t_min, t_max))
        unused = set(faq) - used
        if unused:
            errors.append("%s: FAQ entries never used: %s" % (lang, sorted(unused)))
        report.append("%s: %d FAQ entries (%d used), %d conversations, %d turns, %d FAQ-answered turns (%.0f%%), "
                      "%d of them share no content word with the entry" % (
                          lang, len(faq), len(used & set(faq)), len(convs), turns, faq_turns,
                          100.0 * faq_turns / max(turns, 1), no_shared))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        print("\n".join(report))
        sys.exit(1)
    print("OK")
    print("\n".join(report))


if __name__ == "__main__":
    main()
