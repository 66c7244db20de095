"""Shared helpers for writer B (es, nl, pt) of test set 17."""
import csv
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]


class Faq:
    """FAQ entries; e.g. F(3, 'facts') gives 'FAQ: "<question 3>" — facts'."""

    def __init__(self, entries):
        # entries: list of (question, answer, category, [keywords], [phrasings])
        self.entries = entries

    def q(self, n):
        return self.entries[n - 1][0]

    def ref(self, n, facts=""):
        s = 'FAQ: "%s"' % self.q(n)
        return s + (" — " + facts if facts else "")

    def both(self, a, fa, b, fb):
        return "Both %s + %s" % (self.ref(a, fa), self.ref(b, fb))


def write_faq(lang, faq):
    path = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for q, a, cat, kws, phr in faq.entries:
            w.writerow([q, a, cat, ";".join(kws), "|".join(phr)])
    return path


def write_plan(lang, conversations):
    """conversations: list of lists of (message, right, wrong)."""
    path = os.path.join(OUT, "%s-plan.tsv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for c, turns in enumerate(conversations, 1):
            for t, (msg, right, wrong) in enumerate(turns, 1):
                row = [str(c), str(t), msg, right, wrong]
                for field in row:
                    assert "\t" not in field and "\n" not in field and not field.startswith('"'), field
                w.writerow(row)
    return path
