"""Shared helpers for writer A of set 23 (en, de, fr, it).

Run the generators from anywhere: they write next to this folder's parent (the set's folder).
"""
import csv
import os

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

TYPE = "[type, do not tap]"
REJECT = TYPE  # typed rejections are typed too, whatever the bot showed
AFTER = "[after the bot handed over to a person]"
WAIT = "[wait 60 s before sending] " + AFTER


def faq_ref(question, facts=""):
    """`FAQ: "<question>"` followed by the key facts."""
    s = 'FAQ: "%s"' % question
    return s + (" — " + facts if facts else "")


def both(q1, q2, facts=""):
    s = 'Both FAQ: "%s" + FAQ: "%s"' % (q1, q2)
    return s + (" — " + facts if facts else "") + "; answering one and clearly pointing to the other is acceptable"


def write_faq(lang, entries):
    """entries: list of (question, answer, category, [keywords], [phrasings])."""
    path = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for q, a, cat, kws, phr in entries:
            w.writerow([q, a, cat, ";".join(kws), "|".join(phr)])
    return path


def write_plan(lang, conversations):
    """conversations: list of conversations, each a list of (message, right, wrong); turns numbered from 1."""
    path = os.path.join(OUT, "%s-plan.tsv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for c, conv in enumerate(conversations, 1):
            for t, (msg, right, wrong) in enumerate(conv, 1):
                for field in (msg, right, wrong):
                    if "\t" in field or "\n" in field or field.startswith('"') or not field.strip():
                        raise ValueError("bad field in %s %d.%d: %r" % (lang, c, t, field))
                w.writerow([str(c), str(t), msg, right, wrong])
    return path
