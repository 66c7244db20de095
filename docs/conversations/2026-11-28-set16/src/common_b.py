"""Shared helpers for writer B (es, nl, pt): write <lang>-faq.csv and <lang>-plan.tsv."""
import csv
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

CHOICES = "[if the bot showed choices, type this instead of tapping] "
REJECT = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER = "[after the bot handed over to a person] "
WAIT = "[after the bot handed over to a person] [wait 60 s before sending] "


class Lang:
    def __init__(self, code, faq):
        self.code = code
        self.faq = faq  # list of (question, answer, category, [keywords], [phrasings])

    def q(self, n):
        """FAQ entry n (1-based) as the plan quotes it."""
        return 'FAQ: "%s"' % self.faq[n - 1][0]

    def both(self, a, b):
        return "Both %s + %s" % (self.q(a), self.q(b))

    def write(self, convs):
        with open(os.path.join(OUT, "%s-faq.csv" % self.code), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["question", "answer", "category", "keywords", "phrasings"])
            for q, a, cat, kw, ph in self.faq:
                w.writerow([q, a, cat, ";".join(kw), "|".join(ph)])
        with open(os.path.join(OUT, "%s-plan.tsv" % self.code), "w", newline="", encoding="utf-8") as f:
            f.write("\t".join(PLAN_HEADER) + "\n")
            for ci, conv in enumerate(convs, 1):
                for ti, row in enumerate(conv, 1):
                    msg, right, wrong = row[0], row[1], row[2]
                    fields = [str(ci), str(ti), msg, right, wrong]
                    for x in fields:
                        assert "\t" not in x and "\n" not in x and not x.startswith('"'), x
                    f.write("\t".join(fields) + "\n")
