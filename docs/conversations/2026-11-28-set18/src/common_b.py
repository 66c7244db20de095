"""Shared helpers for writer B (es, nl, pt) of test set 18."""
import csv
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]


def write_faq(lang, entries):
    """entries: list of (question, answer, category, [keywords], [phrasings])."""
    path = os.path.join(OUT, f"{lang}-faq.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for q, a, c, kw, ph in entries:
            w.writerow([q, a, c, ";".join(kw), "|".join(ph)])
    return path


def faq_ref(q, facts):
    return f'FAQ: "{q}" — {facts}'


def both(q1, q2, facts):
    return f'Both FAQ: "{q1}" + FAQ: "{q2}" — {facts}'


def write_plan(lang, conversations):
    """conversations: list of lists of (message, right, wrong)."""
    path = os.path.join(OUT, f"{lang}-plan.tsv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for ci, conv in enumerate(conversations, 1):
            for ti, (msg, right, wrong) in enumerate(conv, 1):
                # tester instructions are written in front of the message in the language files;
                # they belong at the start of column 4
                m = re.match(r"((?:\[[^\]]+\] )+)(.*)", msg)
                if m:
                    msg, right = m.group(2), m.group(1) + right
                row = [str(ci), str(ti), msg, right, wrong]
                for field in row:
                    assert "\t" not in field and "\n" not in field and not field.startswith('"'), field
                w.writerow(row)
    return path
