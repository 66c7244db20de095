"""Shared helpers for the set-15 generators (en, de, fr, it)."""
import csv
import re
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

CHOICES = "[if the bot showed choices, type this instead of tapping] "
REJECT = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER = "[after the bot handed over to a person] "
WAIT = "[wait 60 s before sending] "


def write_faq(lang, entries):
    """entries: (question, answer, category, [keywords], [phrasings])"""
    path = os.path.join(OUT, f"{lang}-faq.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for q, a, cat, kw, ph in entries:
            assert 3 <= len(kw) <= 6, (q, kw)
            assert 2 <= len(ph) <= 3, (q, ph)
            w.writerow([q, a, cat, ";".join(kw), "|".join(ph)])
    return path


def faq_questions(lang):
    with open(os.path.join(OUT, f"{lang}-faq.csv"), newline="", encoding="utf-8") as f:
        return [r["question"] for r in csv.DictReader(f)]


class Faq:
    """Builds right-reply strings and refuses questions that are not in the FAQ."""

    def __init__(self, lang):
        self.questions = set(faq_questions(lang))

    def _q(self, q):
        if q not in self.questions:
            raise SystemExit(f"not in FAQ: {q!r}")
        return f'FAQ: "{q}"'

    def one(self, q, facts, prefix=""):
        return f"{prefix}{self._q(q)} — {facts}"

    def both(self, q1, q2, facts, prefix=""):
        return f"{prefix}Both {self._q(q1)} + {self._q(q2)} — {facts}"


def write_plan(lang, conversations):
    """conversations: list of lists of (message, right, wrong); turns numbered 1..n per conversation."""
    path = os.path.join(OUT, f"{lang}-plan.tsv")
    rows = [PLAN_HEADER]
    for c, conv in enumerate(conversations, 1):
        for t, (msg, right, wrong) in enumerate(conv, 1):
            # tester instructions are written before the message in the generators but belong at the
            # start of the right-reply column (FORMAT.md)
            m = re.match(r"^((?:\[[^\]]*\] )+)", msg)
            if m:
                msg, right = msg[m.end():], m.group(1) + right
            rows.append([str(c), str(t), msg, right, wrong])
    for r in rows:
        for field in r:
            assert "\t" not in field and "\n" not in field and "\r" not in field, field
            assert not field.startswith('"'), field
    with open(path, "w", encoding="utf-8", newline="") as f:
        for r in rows:
            f.write("\t".join(r) + "\n")
    return path, len(conversations), len(rows) - 1
