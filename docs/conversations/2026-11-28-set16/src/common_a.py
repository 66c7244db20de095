"""Shared helpers for writer A (en, de, fr, it) of test set 16."""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CHOICES = "[if the bot showed choices, type this instead of tapping] "
REJECT = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER = "[after the bot handed over to a person] "
WAIT = "[wait 60 s before sending] "

PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]


def faq(q, facts):
    return 'FAQ: "%s" — %s' % (q, facts)


def both(q1, q2, facts):
    return 'Both FAQ: "%s" + FAQ: "%s" — %s' % (q1, q2, facts)


def write_faq(lang, entries):
    """entries: list of dicts with question, answer, category, keywords (list), phrasings (list)."""
    assert len(entries) == 15, len(entries)
    path = os.path.join(OUT, "%s-faq.csv" % lang)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["question", "answer", "category", "keywords", "phrasings"])
        for e in entries:
            assert 3 <= len(e["keywords"]) <= 6, e["question"]
            assert 2 <= len(e["phrasings"]) <= 3, e["question"]
            w.writerow([e["question"], e["answer"], e["category"], ";".join(e["keywords"]), "|".join(e["phrasings"])])
    return path


def E(question, answer, category, keywords, phrasings):
    return {"question": question, "answer": answer, "category": category,
            "keywords": keywords, "phrasings": phrasings}


def write_plan(lang, convs):
    """convs: list of conversations; each a list of (message, right, wrong)."""
    path = os.path.join(OUT, "%s-plan.tsv" % lang)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(PLAN_HEADER) + "\n")
        for ci, conv in enumerate(convs, 1):
            for ti, (msg, right, wrong) in enumerate(conv, 1):
                fields = [str(ci), str(ti), msg, right, wrong]
                for x in fields:
                    assert "\t" not in x and "\n" not in x and not x.startswith('"'), x
                f.write("\t".join(fields) + "\n")
    n = sum(len(c) for c in convs)
    print("%s: %d conversations, %d turns -> %s" % (lang, len(convs), n, path))
    return path
