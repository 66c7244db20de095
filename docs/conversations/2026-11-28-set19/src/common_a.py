"""Shared helpers for writer A of set 19 (en, de, fr, it)."""
import csv
import os

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
WAIT = "[wait 60 s before sending] [after the bot handed over to a person] "
AFTER = "[after the bot handed over to a person] "
TYPE = "[if the bot showed choices, type this instead of tapping] "
REJECT = "[if the bot showed choices or an answer, type this instead of tapping] "


def F(q, facts):
    return f'FAQ: "{q}" — {facts}'


def B(q1, q2, facts):
    return f'Both FAQ: "{q1}" + FAQ: "{q2}" — {facts}'


def write_faq(lang, rows):
    with open(os.path.join(OUT, f"{lang}-faq.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for r in rows:
            w.writerow(r)


def write_plan(lang, convs):
    """convs: list of conversations, each a list of (message, right, wrong)."""
    with open(os.path.join(OUT, f"{lang}-plan.tsv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for ci, conv in enumerate(convs, 1):
            for ti, (msg, right, wrong) in enumerate(conv, 1):
                for x in (msg, right, wrong):
                    assert "\t" not in x and "\n" not in x and not x.startswith('"'), x
                w.writerow([str(ci), str(ti), msg, right, wrong])
