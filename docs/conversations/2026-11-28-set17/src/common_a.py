"""Shared helpers for writer A of set 17 (en, de, fr, it)."""
import csv
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

WAIT = "[wait 60 s before sending] [after the bot handed over to a person] "
AFTER = "[after the bot handed over to a person] "
TYPE = "[type, do not tap] "
REJECT = "[if the bot showed choices or an answer, type this instead of tapping] "


def faq(q):
    """Reference to one FAQ entry, quoted exactly."""
    return 'FAQ: "%s"' % q


def both(q1, q2):
    return 'Both FAQ: "%s" + FAQ: "%s"' % (q1, q2)


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
    """conversations: list of conversations, each a list of (message, right, wrong)."""
    path = os.path.join(OUT, "%s-plan.tsv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        # QUOTE_NONE with a quotechar that never occurs: fields are written verbatim (no tabs/newlines allowed),
        # so the file reads the same with csv.reader(delimiter="\t") and with line.split("\t").
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar="\x1f", lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for ci, conv in enumerate(conversations, 1):
            for ti, (msg, right, wrong) in enumerate(conv, 1):
                # tester instructions are written before the message in the generators but belong at the
                # start of column 4 ("what a right reply would be")
                m = re.match(r"^((?:\[[^\]]*\] )+)", msg)
                if m:
                    msg, right = msg[m.end():], m.group(1) + right
                for field in (msg, right, wrong):
                    if "\t" in field or "\n" in field or field.startswith('"'):
                        raise ValueError("bad field in %s %d.%d: %r" % (lang, ci, ti, field))
                w.writerow([ci, ti, msg, right, wrong])
    return path
