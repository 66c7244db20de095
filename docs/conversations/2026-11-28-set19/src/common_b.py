"""Shared writer for set 19, writer B (es, nl, pt)."""
import csv
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]


def faq_ref(faq, i):
    return 'FAQ: "%s"' % faq[i][0]


def write(lang, faq, plan):
    with open(os.path.join(OUT, "%s-faq.csv" % lang), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for row in faq:
            w.writerow(row)
    with open(os.path.join(OUT, "%s-plan.tsv" % lang), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        turns = {}
        for conv, msg, right, wrong in plan:
            # a tester instruction belongs at the start of column 4, never in the message
            if msg.startswith("["):
                instr, msg = msg.split("] ", 1)
                right = instr + "] " + right
            turns[conv] = turns.get(conv, 0) + 1
            w.writerow([str(conv), str(turns[conv]), msg, right, wrong])
