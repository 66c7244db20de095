"""Helpers for the set-15 es/nl/pt generators (kept apart from common.py, which the en/de/fr/it generators use):
write the FAQ CSV and the plan TSV, build right-reply strings, report word overlap of FAQ-answered turns."""
import csv
import os
import re
import unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]

# tester instructions (exact wording from FORMAT.md)
CHOICES = "[if the bot showed choices, type this instead of tapping] "
REJECT = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER = "[after the bot handed over to a person] "
WAIT = "[wait 60 s before sending] "


def faq(q, facts):
    return f'FAQ: "{q}" — {facts}'


def both(q1, q2, facts):
    return f'Both FAQ: "{q1}" + FAQ: "{q2}" — {facts}'


def write_faq(lang, entries):
    """entries: list of (question, answer, category, [keywords], [phrasings])."""
    assert len(entries) == 15, len(entries)
    path = os.path.join(OUT, f"{lang}-faq.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(FAQ_HEADER)
        for q, a, cat, kws, phr in entries:
            assert 3 <= len(kws) <= 6 and 2 <= len(phr) <= 3, q
            assert '"' not in q, q
            w.writerow([q, a, cat, ";".join(kws), "|".join(phr)])
    return path


def write_plan(lang, convs):
    """convs: list of conversations; each a list of (message, right, wrong). Quoted questions must be in the FAQ."""
    with open(os.path.join(OUT, f"{lang}-faq.csv"), newline="", encoding="utf-8") as f:
        known = {r["question"] for r in csv.DictReader(f)}
    path = os.path.join(OUT, f"{lang}-plan.tsv")
    rows = [PLAN_HEADER]
    for ci, conv in enumerate(convs, 1):
        for ti, (msg, right, wrong) in enumerate(conv, 1):
            row = [str(ci), str(ti), msg, right, wrong]
            for field in row:
                assert "\t" not in field and "\n" not in field and "\r" not in field, field
                assert not field.startswith('"'), field
            for q in re.findall(r'FAQ: "([^"]+)"', right):
                assert q in known, q
            rows.append(row)
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    return path, len(convs), len(rows) - 1


def _words(text, stop):
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return {w for w in re.findall(r"[a-z0-9]+", t) if len(w) > 2 and w not in stop}


def overlap_report(entries, convs, stop):
    """Print, for every FAQ-answered turn, the content words it shares with its entry (question, keywords, phrasings)."""
    by_q = {e[0]: e for e in entries}
    n_faq = n_free = 0
    for ci, conv in enumerate(convs, 1):
        for ti, (msg, right, _) in enumerate(conv, 1):
            qs = re.findall(r'FAQ: "([^"]+)"', right)
            if not qs:
                continue
            n_faq += 1
            shared = set()
            for q in qs:
                e = by_q[q]
                shared |= _words(msg, stop) & _words(" ".join([e[0]] + e[3] + e[4]), stop)
            if not shared:
                n_free += 1
            print(f"  {ci}.{ti} shared={sorted(shared)}")
    total = sum(len(c) for c in convs)
    print(f"  FAQ-answered turns: {n_faq}/{total}; sharing no content word: {n_free}")
    return n_faq, n_free
