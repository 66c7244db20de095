"""Shared helpers for writer A of set 22 (en, de, fr, it)."""
import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
SAMPLE = Path(__file__).resolve().parents[4] / "db" / "sample-faq.csv"
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

# tester instructions (start of column 4)
TYPE = "[if the bot showed choices, type this instead of tapping]"
TYPE_REJ = "[if the bot showed choices or an answer, type this instead of tapping]"
WAIT = "[wait 60 s before sending] [after the bot handed over to a person]"


def faq(q):
    return f'FAQ: "{q}"'


def both(q1, q2):
    return f'Both FAQ: "{q1}" + FAQ: "{q2}"'


def write_faq(lang, rows):
    """rows: (question, answer, category, [keywords], [phrasings])"""
    path = OUT / f"{lang}-faq.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for q, a, cat, kws, phr in rows:
            w.writerow([q, a, cat, ";".join(kws), "|".join(phr)])
    return path


def questions(lang):
    path = SAMPLE if lang == "en" else OUT / f"{lang}-faq.csv"
    with open(path, newline="", encoding="utf-8") as f:
        return [r["question"] for r in csv.DictReader(f)]


def write_plan(lang, convs):
    """convs: list of conversations, each a list of (message, right, wrong)."""
    path = OUT / f"{lang}-plan.tsv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for c, turns in enumerate(convs, 1):
            for t, (msg, right, wrong) in enumerate(turns, 1):
                row = [str(c), str(t), msg, right, wrong]
                for x in row:
                    assert "\t" not in x and "\n" not in x and not x.startswith('"'), x
                w.writerow(row)
    return path
