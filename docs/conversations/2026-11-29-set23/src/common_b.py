"""Shared helpers for writer B of test set 23 (es, nl, pt).

Each <lang>.py defines FAQ entries (dicts with key, q, a, cat, kw, ph) and plan rows
(conversation number, message, right reply, wrong reply); this module writes
<lang>-faq.csv and <lang>-plan.tsv next to the src/ folder with Python's csv module.
"""
import csv
import os

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

WAIT = "[wait 60 s before sending] [after the bot handed over to a person]"
TYPE = "[if the bot showed choices, type this instead of tapping]"
TYPE_REJECT = "[if the bot showed choices or an answer, type this instead of tapping]"
AFTER = "[after the bot handed over to a person]"


def entry(key, q, a, cat, kw, ph):
    return {"key": key, "q": q, "a": a, "cat": cat, "kw": kw, "ph": ph}


class Faq:
    def __init__(self, entries):
        self.entries = entries
        self.by_key = {e["key"]: e for e in entries}
        assert len(self.by_key) == len(entries), "duplicate key"

    def ref(self, key):
        return 'FAQ: "%s"' % self.by_key[key]["q"]

    def one(self, key, facts):
        return "%s — %s" % (self.ref(key), facts)

    def both(self, key1, key2, facts):
        return "Both %s + %s — %s" % (self.ref(key1), self.ref(key2), facts)


def write_faq(lang, faq):
    path = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for e in faq.entries:
            w.writerow([e["q"], e["a"], e["cat"], ";".join(e["kw"]), "|".join(e["ph"])])
    return path


def write_plan(lang, rows):
    """rows: (conversation, message, right, wrong); turns are numbered per conversation."""
    path = os.path.join(OUT, "%s-plan.tsv" % lang)
    turn = {}
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for conv, msg, right, wrong in rows:
            turn[conv] = turn.get(conv, 0) + 1
            fields = [str(conv), str(turn[conv]), msg, right, wrong]
            for x in fields:
                assert "\t" not in x and "\n" not in x and not x.startswith('"'), x
            w.writerow(fields)
    return path
