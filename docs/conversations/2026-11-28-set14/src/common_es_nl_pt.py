"""Shared helpers for the es / nl / pt generators of test set 14.

Each language script defines FAQ (list of dicts) and PLAN (list of conversations, each a list of
(message, right_reply, wrong_reply) tuples) and calls write_all(lang, FAQ, PLAN).
"""
import csv
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]

# tester instructions (FORMAT.md conventions)
IF_CHOICES = "[if the bot showed choices, type this instead of tapping] "
IF_CHOICES_OR_ANSWER = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER_HANDOVER = "[after the bot handed over to a person] "
WAIT_60 = "[wait 60 s before sending] "


def faq_entry(question, answer, category, keywords, phrasings):
    assert 3 <= len(keywords) <= 6, (question, keywords)
    assert 2 <= len(phrasings) <= 3, (question, phrasings)
    return {
        "question": question,
        "answer": answer,
        "category": category,
        "keywords": ";".join(keywords),
        "phrasings": "|".join(phrasings),
    }


class Refs:
    """Look up FAQ questions by a short key so that plan rows always quote them exactly."""

    def __init__(self, faq, keys):
        assert len(faq) == len(keys)
        self.q = {k: e["question"] for k, e in zip(keys, faq)}

    def faq(self, key, facts):
        return f'FAQ: "{self.q[key]}" — {facts}'

    def both(self, key1, key2, facts):
        return f'Both FAQ: "{self.q[key1]}" + FAQ: "{self.q[key2]}" — {facts}'


def _clean(field):
    field = str(field)
    assert "\t" not in field and "\n" not in field and "\r" not in field, field
    assert not field.startswith('"'), field
    return field


def write_all(lang, faq, plan):
    assert len(faq) == 15, (lang, len(faq))
    questions = [e["question"] for e in faq]
    assert len(set(questions)) == len(questions), "duplicate FAQ question"
    with open(os.path.join(OUT, f"{lang}-faq.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FAQ_HEADER)
        w.writeheader()
        for e in faq:
            w.writerow(e)
    rows = 0
    with open(os.path.join(OUT, f"{lang}-plan.tsv"), "w", newline="", encoding="utf-8") as f:
        f.write("\t".join(PLAN_HEADER) + "\n")
        for c, conv in enumerate(plan, start=1):
            for t, (msg, right, wrong) in enumerate(conv, start=1):
                f.write("\t".join(_clean(x) for x in (c, t, msg, right, wrong)) + "\n")
                rows += 1
    print(f"{lang}: {len(faq)} FAQ entries, {len(plan)} conversations, {rows} customer turns")
