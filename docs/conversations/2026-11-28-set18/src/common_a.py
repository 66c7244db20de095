"""Shared helpers for set 18, writer A (en, de, fr, it)."""
import csv
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

WAIT = "[wait 60 s before sending] [after the bot handed over to a person] "
AFTER = "[after the bot handed over to a person] "
TYPE = "[if the bot showed choices, type this instead of tapping] "
REJECT = "[if the bot showed choices or an answer, type this instead of tapping] "


def faq(q):
    return 'FAQ: "%s"' % q


def both(q1, q2):
    return 'Both FAQ: "%s" + FAQ: "%s"' % (q1, q2)


def write_faq(lang, rows):
    path = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for r in rows:
            assert len(r) == 5, r
            w.writerow(r)
    return path


def write_plan(lang, conversations):
    """conversations: list of lists of (message, right, wrong)."""
    path = os.path.join(OUT, "%s-plan.tsv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for ci, conv in enumerate(conversations, 1):
            for ti, (msg, right, wrong) in enumerate(conv, 1):
                row = [str(ci), str(ti), msg, right, wrong]
                for x in row:
                    assert "\t" not in x and "\n" not in x and not x.startswith('"'), row
                w.writerow(row)
    return path
