"""Shared helpers for writer A of a test set (en, de, fr, it)."""
import csv
import os

OUT = os.environ.get("SET_DIR") or os.path.normpath(os.path.join(os.getcwd(), ".."))  # a set's src/ is the working directory
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

TYPE = "[type, do not tap] "
WAIT = "[wait 60 s before sending] [after the bot handed over to a person] "
AFTER = "[after the bot handed over to a person] "

PW = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that a person has the message and will reply; no FAQ answer, no invented wait "
           "time")


def F(q):
    """Reference to one FAQ entry by its exact question."""
    return 'FAQ: "%s"' % q


def BOTH(q1, q2):
    return 'Both FAQ: "%s" + FAQ: "%s"' % (q1, q2)


def _clean(field):
    if "\t" in field or "\n" in field or "\r" in field:
        raise ValueError("tab/newline in field: %r" % field)
    if field.startswith('"'):
        raise ValueError("field starts with a double quote: %r" % field)
    if not field.strip():
        raise ValueError("empty field")
    return field


def write_faq(lang, entries):
    """entries: list of (question, answer, category, [keywords], [phrasings])."""
    path = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for q, a, cat, kws, phr in entries:
            for x in (q, a, cat) + tuple(kws) + tuple(phr):
                if "\n" in x or "\r" in x or not x.strip():
                    raise ValueError(repr(x))
            w.writerow([q, a, cat, ";".join(kws), "|".join(phr)])
    return path


def write_plan(lang, convs):
    """convs: list of conversations, each a list of (message, right, wrong)."""
    path = os.path.join(OUT, "%s-plan.tsv" % lang)
    rows = []
    for ci, conv in enumerate(convs, 1):
        for ti, (msg, right, wrong) in enumerate(conv, 1):
            rows.append([str(ci), str(ti), _clean(msg), _clean(right), _clean(wrong)])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, escapechar=None,
                       lineterminator="\n")
        w.writerow(PLAN_HEADER)
        w.writerows(rows)
    return path
