"""Shared helpers for writer A (en, de, fr, it) of test set 20."""
import csv
import os

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

W60 = "[wait 60 s before sending] [after the bot handed over to a person] "
AFTER = "[after the bot handed over to a person] "
TYPE = "[if the bot showed choices, type this instead of tapping] "
TYPE2 = "[if the bot showed choices or an answer, type this instead of tapping] "


def faq(q, facts=""):
    return 'FAQ: "%s"' % q + (" — " + facts if facts else "")


def both(q1, q2, facts=""):
    return 'Both FAQ: "%s" + FAQ: "%s"' % (q1, q2) + (" — " + facts if facts else "")


def write_faq(lang, rows):
    path = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for r in rows:
            w.writerow(r)
    return path


def write_plan(lang, convs):
    """convs: list of conversations; each a list of (message, right, wrong)."""
    path = os.path.join(OUT, "%s-plan.tsv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar=None, quotechar=None,
                       lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for ci, conv in enumerate(convs, 1):
            for ti, (m, right, wrong) in enumerate(conv, 1):
                for fld in (m, right, wrong):
                    assert "\t" not in fld and "\n" not in fld and not fld.startswith('"'), fld
                w.writerow([str(ci), str(ti), m, right, wrong])
    return path
