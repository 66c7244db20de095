"""Shared writer for set 21, writer B (es, nl, pt)."""
import csv, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]


def write(lang, faq, plan):
    with open(os.path.join(OUT, f"{lang}-faq.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["question", "answer", "category", "keywords", "phrasings"])
        for q, a, cat, kw, ph in faq:
            w.writerow([q, a, cat, ";".join(kw), "|".join(ph)])
    with open(os.path.join(OUT, f"{lang}-plan.tsv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, escapechar=None, lineterminator="\n")
        w.writerow(PLAN_HEADER)
        turn = {}
        for conv, msg, right, wrong in plan:
            turn[conv] = turn.get(conv, 0) + 1
            w.writerow([conv, turn[conv], msg, right, wrong])
    print(lang, "written:", len(faq), "FAQ entries,", len(plan), "turns")
