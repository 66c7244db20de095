"""Shared helpers for the en/de/fr/it generator scripts of test set 14.

Each language script (en.py, de.py, fr.py, it.py) builds its FAQ rows and its
conversations and calls write_faq() / write_plan() from here.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # the set's folder

FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

# Tester instructions (exact wording from FORMAT.md)
CHOICES = "[if the bot showed choices, type this instead of tapping] "
REJECT = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER = "[after the bot handed over to a person] "
WAIT = "[wait 60 s before sending] "


def faq(question, facts):
    return f'FAQ: "{question}" — {facts}'


def both(q1, q2, facts):
    return f'Both FAQ: "{q1}" + FAQ: "{q2}" — {facts}'


def not_covered(what):
    return f"Not covered by the FAQ ({what}) — say honestly it can't be answered here / isn't offered, offer a person"


def vague(what):
    return f"Too vague to answer — choices with matching entries ({what}) or a clarifying question; no handover"


def small(what):
    return f"Small talk: {what} — short reply, no FAQ entry, no handover"


def person(how):
    return f"Request for a person ({how}) — hand over to a person"


def push1(extra=""):
    return "Push-back (first time) — apologise, ask what is missing or offer a person; do not repeat the same answer" + extra


def push2(extra=""):
    return "Push-back (second time in a row) — hand over to a person now" + extra


def waiting(extra=""):
    return "Waiting — reassure that a person will answer; no FAQ answer, no invented wait time" + extra


def ambiguous(word, extra=""):
    return (f"Ambiguous {word} — acknowledge or ask what they mean; never claim the booking/order was cancelled" + extra)


def _clean(field):
    field = str(field)
    assert "\t" not in field and "\n" not in field and "\r" not in field, field
    assert not field.startswith('"'), field
    return field


def write_faq(lang, rows):
    """rows: list of (question, answer, category, [keywords], [phrasings])."""
    assert len(rows) == 15, (lang, len(rows))
    path = os.path.join(OUT, f"{lang}-faq.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for q, a, cat, kws, phr in rows:
            assert 3 <= len(kws) <= 6, (q, kws)
            assert 2 <= len(phr) <= 3, (q, phr)
            w.writerow([q, a, cat, ";".join(kws), "|".join(phr)])
    return path


def write_plan(lang, conversations):
    """conversations: list of lists of (message, right, wrong)."""
    path = os.path.join(OUT, f"{lang}-plan.tsv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write("\t".join(PLAN_HEADER) + "\n")
        for c, turns in enumerate(conversations, 1):
            for t, (msg, right, wrong) in enumerate(turns, 1):
                f.write("\t".join(_clean(x) for x in (c, t, msg, right, wrong)) + "\n")
    return path
