"""Shared helpers for writer A of set 21 (en, de, fr, it)."""
import csv, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
WAIT = "[wait 60 s before sending] [after the bot handed over to a person] "
CHOICE = "[if the bot showed choices, type this instead of tapping] "
REJECT = "[if the bot showed choices or an answer, type this instead of tapping] "


def write_faq(lang, rows):
    with open(os.path.join(OUT, f"{lang}-faq.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for r in rows:
            w.writerow(r)


def faq_questions(lang):
    with open(os.path.join(OUT, f"{lang}-faq.csv"), newline="", encoding="utf-8") as f:
        return [r["question"] for r in csv.DictReader(f)]


def write_plan(lang, convs):
    """convs: list of conversations, each a list of (message, right, wrong)."""
    with open(os.path.join(OUT, f"{lang}-plan.tsv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for c, conv in enumerate(convs, 1):
            for t, (msg, right, wrong) in enumerate(conv, 1):
                for x in (msg, right, wrong):
                    assert "\t" not in x and "\n" not in x and not x.startswith('"'), x
                w.writerow([c, t, msg, right, wrong])


class Faq:
    """F(i) -> 'FAQ: "<question i>"' for the language's FAQ."""
    def __init__(self, lang):
        self.q = faq_questions(lang)

    def __call__(self, i, facts=""):
        s = f'FAQ: "{self.q[i]}"'
        return s + (f" — {facts}" if facts else "")

    def both(self, i, j, facts=""):
        s = f'Both FAQ: "{self.q[i]}" + FAQ: "{self.q[j]}"'
        return s + (f" — {facts}" if facts else "")
