"""Shared helpers for writer B (es, nl, pt) of test set 20."""
import csv, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
CHOICES = "[if the bot showed choices, type this instead of tapping] "
REJECT = "[if the bot showed choices or an answer, type this instead of tapping] "
WAIT = "[wait 60 s before sending] "
AFTER = "[after the bot handed over to a person] "


def write_faq(lang, entries):
    with open(os.path.join(OUT, f"{lang}-faq.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for e in entries:
            w.writerow(e)


def write_plan(lang, rows):
    """rows: (conversation, message, right, wrong); turns are numbered here."""
    turn = {}
    with open(os.path.join(OUT, f"{lang}-plan.tsv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        for conv, msg, right, wrong in rows:
            turn[conv] = turn.get(conv, 0) + 1
            if msg.startswith("["):  # tester instruction goes to the start of column 4
                instr, msg = msg.split("] ", 1)
                right = instr + "] " + right
            w.writerow([conv, turn[conv], msg, right, wrong])
