"""Check writer B's files (es, nl, pt): parsing, 5 fields, turns 1..n, quoted FAQ questions exist,
FAQ shape, situations covered, and the 'no shared content word' claims of the generators."""
import csv
import importlib
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
LANGS = ["es", "nl", "pt"]
HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
STOP = set("""que como cuanto cuando donde para pero porque esta este esto estos esas esos ustedes usted
hay tiene tienen puedo pueden todo todos nomas tambien sobre entre desde hasta
wat hoeveel hoelang wanneer waar voor niet maar zijn jullie kunnen heeft hebben moet mijn deze
kost het een over ook nog toch welke
qual quanto quando onde para voces vocês mais sobre como isso esse essa este esta pode posso
tem fazem faço fica ainda""".split())
SITUATIONS = ["Too vague", "Push-back (first time)", "Push-back (second time in a row)", "Waiting",
              "Ambiguous", "Request for a person", "Not covered", "Small talk", "Both FAQ",
              "[if the bot showed choices, type", "[if the bot showed choices or an answer",
              "[wait 60 s before sending]", "[after the bot handed over to a person]"]


def words(text):
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return {w[:5] for w in re.findall(r"[a-z]+", t) if len(w) >= 4 and w not in STOP}


def main():
    errors = []
    stats = []
    for lang in LANGS:
        faq_path = os.path.join(OUT, lang + "-faq.csv")
        with open(faq_path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if rows[0] != ["question", "answer", "category", "keywords", "phrasings"]:
            errors.append(lang + ": bad FAQ header")
        faq = rows[1:]
        questions = [r[0] for r in faq]
        if len(faq) != 15:
            errors.append("%s: %d FAQ entries" % (lang, len(faq)))
        if len(set(questions)) != len(questions):
            errors.append(lang + ": duplicate FAQ question")
        for r in faq:
            if len(r) != 5 or not all(x.strip() for x in r):
                errors.append("%s: bad FAQ row %r" % (lang, r[:1]))
                continue
            if not 3 <= len(r[3].split(";")) <= 6:
                errors.append("%s: keywords count %r" % (lang, r[0]))
            if not 2 <= len(r[4].split("|")) <= 3:
                errors.append("%s: phrasings count %r" % (lang, r[0]))
        plan_path = os.path.join(OUT, lang + "-plan.tsv")
        with open(plan_path, newline="", encoding="utf-8") as f:
            text = f.read()
        lines = text.rstrip("\n").split("\n")
        split_rows = [ln.split("\t") for ln in lines]
        with open(plan_path, newline="", encoding="utf-8") as f:
            csv_rows = list(csv.reader(f, delimiter="\t"))
        if split_rows != csv_rows:
            errors.append(lang + ": csv.reader and split disagree")
        if split_rows[0] != HEADER:
            errors.append(lang + ": bad plan header")
        body = split_rows[1:]
        expect_conv, expect_turn = 0, 0
        faq_turns = 0
        for r in body:
            if len(r) != 5:
                errors.append("%s: row with %d fields: %r" % (lang, len(r), r[:3]))
                continue
            c, t = int(r[0]), int(r[1])
            if c == expect_conv and t == expect_turn + 1:
                expect_turn = t
            elif c == expect_conv + 1 and t == 1:
                expect_conv, expect_turn = c, 1
            else:
                errors.append("%s: numbering broken at %s/%s" % (lang, r[0], r[1]))
            for quoted in re.findall(r'FAQ: "([^"]+)"', r[3]):
                if quoted not in questions:
                    errors.append("%s: quoted question not in FAQ: %r" % (lang, quoted))
            if re.search(r"^(\[[^\]]*\] )*(Small talk \+ )?(FAQ:|Both FAQ)", r[3]):
                faq_turns += 1
        plan_text = "\n".join(r[3] for r in body)
        for s in SITUATIONS:
            if s not in plan_text:
                errors.append("%s: situation missing: %s" % (lang, s))
        # 'no shared content word' claims
        mod = importlib.import_module(lang)
        nw = 0
        for conv in mod.CONVS:
            for row in conv:
                if len(row) > 3:
                    for n in row[3]:
                        q, a, cat, kw, ph = mod.FAQ[n - 1]
                        shared = words(row[0]) & words(" ".join([q] + kw + ph))
                        if shared:
                            errors.append("%s: %r shares %s with FAQ %d" % (lang, row[0], shared, n))
                    nw += 1
        stats.append((lang, len(faq), expect_conv, len(body), faq_turns, nw))
    for lang, nf, nc, nt, ft, nw in stats:
        print("%s: %d FAQ entries, %d conversations, %d turns, %d FAQ-answered turns (%.0f%%), %d of them share no content word (%.0f%%)"
              % (lang, nf, nc, nt, ft, 100.0 * ft / nt, nw, 100.0 * nw / ft))
        if nw * 3 < ft:
            errors.append(lang + ": fewer than a third of FAQ turns share no content word")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
