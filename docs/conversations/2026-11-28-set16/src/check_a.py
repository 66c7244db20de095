"""Check writer A's files of set 16 (en, de, fr, it). Prints OK when everything passes."""
import csv, os, re, sys, unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["en", "de", "fr", "it"]
HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
QUOTED = re.compile(r'FAQ: "([^"]+)"')
STOP = set("""a an the and or but if so to of in on at for with from by is are was be do does did i you we they he she it my your our
me us what how when where why which who can could will would should have has had not no yes just also that this there then too
po pwede ako lang ask still like one already already got any u im its don't dont
der die das und oder ein eine einen ich du ihr wir sie es ist sind hat haben was wie wann wo auch noch nicht nur bei mit fur für von zu im am an auf
i isch ond net mir mr des do so oder a bloß gell
le la les un une des et ou je tu il elle on nous vous ils est sont a au aux du de pour avec sur pas que qui quoi ce c ça ca y en svp
il lo la i gli le un una e o di da in con su per che chi non si mi ti ci è ma se me u a x""".split())


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def toks(s):
    return {t for t in re.split(r"[^a-z0-9]+", norm(s)) if len(t) >= 3 and t not in STOP}


def overlap(a, b):
    for x in a:
        for y in b:
            if x == y or (len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5]):
                return True
    return False


def main():
    errors = []
    for lang in LANGS:
        fpath = os.path.join(OUT, "%s-faq.csv" % lang)
        with open(fpath, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        if rows[0] != ["question", "answer", "category", "keywords", "phrasings"]:
            errors.append("%s: bad FAQ header" % fpath)
        faq = {}
        for r in rows[1:]:
            if len(r) != 5:
                errors.append("%s: row with %d fields" % (fpath, len(r)))
                continue
            faq[r[0]] = r
            if lang != "en":
                if not 3 <= len(r[3].split(";")) <= 6:
                    errors.append("%s: keywords count %r" % (fpath, r[0]))
                if not 2 <= len(r[4].split("|")) <= 3:
                    errors.append("%s: phrasings count %r" % (fpath, r[0]))
        if lang != "en" and len(faq) != 15:
            errors.append("%s: %d entries, expected 15" % (fpath, len(faq)))

        ppath = os.path.join(OUT, "%s-plan.tsv" % lang)
        text = open(ppath, encoding="utf-8").read()
        with open(ppath, encoding="utf-8", newline="") as f:
            via_csv = list(csv.reader(f, delimiter="\t"))
        via_split = [line.split("\t") for line in text.rstrip("\n").split("\n")]
        if via_csv != via_split:
            errors.append("%s: csv.reader and split disagree" % ppath)
        if via_split[0] != HEADER:
            errors.append("%s: bad plan header" % ppath)
        expected = {}
        n_faq = n_zero = 0
        for i, r in enumerate(via_split[1:], 2):
            if len(r) != 5:
                errors.append("%s:%d: %d fields" % (ppath, i, len(r)))
                continue
            if any(x.startswith('"') or not x.strip() for x in r):
                errors.append("%s:%d: empty field or field starting with a quote" % (ppath, i))
            conv, turn = r[0], int(r[1])
            want = expected.get(conv, 0) + 1
            if turn != want:
                errors.append("%s:%d: conversation %s turn %d, expected %d" % (ppath, i, conv, turn, want))
            expected[conv] = turn
            quoted = QUOTED.findall(r[3])
            for qq in quoted:
                if qq not in faq:
                    errors.append("%s:%d: quoted question not in FAQ: %r" % (ppath, i, qq))
            body = re.sub(r"^(\[[^\]]*\]\s*)+", "", r[3])
            if body.startswith("FAQ:") or body.startswith("Both FAQ:"):
                n_faq += 1
                msg = re.sub(r"^(\[[^\]]*\]\s*)+", "", r[2])
                ref = set()
                for qq in quoted:
                    if qq in faq:
                        e = faq[qq]
                        ref |= toks(e[0]) | toks(e[3].replace(";", " ")) | toks(e[4].replace("|", " "))
                if not overlap(toks(msg), ref):
                    n_zero += 1
        total = len(via_split) - 1
        print("%s: %d FAQ entries, %d conversations, %d turns; FAQ-answered %d (%.0f%%), of those no shared content word %d (%.0f%%)"
              % (lang, len(faq), len(expected), total, n_faq, 100.0 * n_faq / total, n_zero, 100.0 * n_zero / max(n_faq, 1)))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
