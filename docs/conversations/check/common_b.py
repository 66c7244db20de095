"""Shared writer for a test set, writer B (es, nl, pt): FAQ CSV and plan TSV."""
import csv
import os

OUT = os.environ.get("SET_DIR") or os.path.normpath(os.path.join(os.getcwd(), ".."))  # a set's src/ is the working directory
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]


def _clean(field):
    field = str(field)
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
            w.writerow([_clean(q), _clean(a), _clean(cat), _clean(";".join(kws)), _clean("|".join(phr))])
    return path


def write_plan(lang, conversations):
    """conversations: list of conversations, each a list of (message, right, wrong)."""
    path = os.path.join(OUT, "%s-plan.tsv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for ci, conv in enumerate(conversations, 1):
            for ti, (msg, right, wrong) in enumerate(conv, 1):
                w.writerow([str(ci), str(ti), _clean(msg), _clean(right), _clean(wrong)])
    return path


def faq(q):
    """Reference to one FAQ entry, quoted exactly."""
    return 'FAQ: "%s"' % q


def both(q1, q2):
    return 'Both FAQ: "%s" + FAQ: "%s"' % (q1, q2)


TYPE = "[type, do not tap] "
WAIT = "[wait 60 s before sending] "
AFTER = "[after the bot handed over to a person] "
