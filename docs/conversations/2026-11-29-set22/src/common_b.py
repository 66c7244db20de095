"""Shared helpers for writer B (es, nl, pt) of test set 22."""
import csv
import os

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

# tester instructions
CHOICES = "[if the bot showed choices, type this instead of tapping] "
REJECT = "[if the bot showed choices or an answer, type this instead of tapping] "
WAIT = "[wait 60 s before sending] [after the bot handed over to a person] "
AFTER = "[after the bot handed over to a person] "


def q(faq, i):
    """Reference to FAQ entry i (quoted exactly)."""
    return 'FAQ: "%s"' % faq[i][0]


def both(faq, i, j):
    return 'Both FAQ: "%s" + FAQ: "%s"' % (faq[i][0], faq[j][0])


def write_faq(lang, faq):
    path = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(FAQ_HEADER)
        for question, answer, cat, kws, phr in faq:
            w.writerow([question, answer, cat, ";".join(kws), "|".join(phr)])
    return path


def write_plan(lang, plan):
    """plan: list of (conversation, message, right, wrong); turns are numbered here."""
    path = os.path.join(OUT, "%s-plan.tsv" % lang)
    turns = {}
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                       quotechar=None, escapechar=None)
        w.writerow(PLAN_HEADER)
        for conv, msg, right, wrong in plan:
            turns[conv] = turns.get(conv, 0) + 1
            row = [str(conv), str(turns[conv]), msg, right, wrong]
            for field in row:
                assert "\t" not in field and "\n" not in field and not field.startswith('"'), field
            w.writerow(row)
    return path
