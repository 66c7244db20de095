"""Check the es / nl / pt files of test set 14. Prints OK when everything holds.

Checks: every file parses; FAQ header, 15 entries, 3-6 keywords, 2-3 phrasings; plan header, 5 fields per row
(same result with csv.reader and with split on tabs), no field starting with a double quote, turns 1..n per
conversation; every quoted FAQ question exists exactly in that language's FAQ. Also prints (for information)
how many FAQ-answered turns share no content word with the entry's question, keywords or phrasings
(crude: words of 4+ letters without accents, compared on their first 5 letters).
"""
import csv
import os
import re
import sys
import unicodedata

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["es", "nl", "pt"]
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
QUOTED = re.compile(r'FAQ: "([^"]+)"')

STOP = {
    "es": "para pero porque como cuando donde esto esta este eso esos esas algo todo toda todos muchas mucho "
          "tengo tiene hace hacen puedo puede quiero otra otro sobre desde hasta entonces".split(),
    "nl": "voor maar wat waar wanneer moet moeten kunnen kan jullie mijn onze deze dat het een zijn heeft "
          "heb hebben ook nog niet dan toch".split(),
    "pt": "para mais como quando onde isso esse essa tudo todo toda muito muita tenho tem quero pode posso "
          "vocês voce minha meu sobre".split(),
}


def words(text, lang):
    t = unicodedata.normalize("NFD", text.lower())
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    stop = {w for w in STOP[lang]}
    return {w[:5] for w in re.findall(r"[a-z]+", t) if len(w) >= 4 and w not in stop}


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    for lang in LANGS:
        faq_path = os.path.join(BASE, f"{lang}-faq.csv")
        with open(faq_path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if rows[0] != FAQ_HEADER:
            fail(f"{faq_path}: header {rows[0]}")
        entries = {}
        for r in rows[1:]:
            if len(r) != 5:
                fail(f"{faq_path}: {len(r)} fields in {r[:1]}")
            q, a, cat, kw, ph = r
            if not all(x.strip() for x in r):
                fail(f"{faq_path}: empty field in {q}")
            if not 3 <= len(kw.split(";")) <= 6:
                fail(f"{faq_path}: keywords count in {q}")
            if not 2 <= len(ph.split("|")) <= 3:
                fail(f"{faq_path}: phrasings count in {q}")
            if q in entries:
                fail(f"{faq_path}: duplicate {q}")
            entries[q] = r
        if len(entries) != 15:
            fail(f"{faq_path}: {len(entries)} entries")

        plan_path = os.path.join(BASE, f"{lang}-plan.tsv")
        with open(plan_path, newline="", encoding="utf-8") as f:
            text = f.read()
        rows_csv = list(csv.reader(text.splitlines(), delimiter="\t"))
        rows_split = [line.split("\t") for line in text.splitlines()]
        if rows_csv != rows_split:
            fail(f"{plan_path}: csv.reader and split differ")
        if rows_csv[0] != PLAN_HEADER:
            fail(f"{plan_path}: header {rows_csv[0]}")
        expected = {}
        convs = []
        faq_turns = no_overlap = 0
        for n, r in enumerate(rows_csv[1:], start=2):
            if len(r) != 5:
                fail(f"{plan_path}:{n}: {len(r)} fields")
            if any(x.startswith('"') for x in r) or not all(x.strip() for x in r):
                fail(f"{plan_path}:{n}: empty field or field starting with a quote")
            c, t = r[0], int(r[1])
            if c not in expected:
                expected[c] = 1
                convs.append(c)
            if t != expected[c]:
                fail(f"{plan_path}:{n}: conversation {c} turn {t}, expected {expected[c]}")
            expected[c] += 1
            quoted = QUOTED.findall(r[3])
            for q in quoted:
                if q not in entries:
                    fail(f"{plan_path}:{n}: quoted question not in FAQ: {q}")
            if quoted:
                faq_turns += 1
                entry_words = set()
                for q in quoted:
                    e = entries[q]
                    entry_words |= words(" ".join([e[0], e[3].replace(";", " "), e[4].replace("|", " ")]), lang)
                if not (words(r[2], lang) & entry_words):
                    no_overlap += 1
        turns = len(rows_csv) - 1
        print(f"{lang}: {len(entries)} FAQ entries, {len(convs)} conversations, {turns} turns, "
              f"{faq_turns} FAQ-answered ({faq_turns / turns:.0%}), {no_overlap} of them without a shared "
              f"content word")
    print("OK")


if __name__ == "__main__":
    main()
