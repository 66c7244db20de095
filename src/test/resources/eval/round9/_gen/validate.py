"""Check the written CSV files (re-read from disk; the generator data is used only for STOP and OOS order).

Checks: UTF-8, strict RFC 4180 parsing, CRLF line ends, headers and field counts; 12 FAQ rows with unique
questions, non-empty answer/category, 1+ keywords and 1-3 phrasings; 44 queries = 3 per question in FAQ
order, then 8 `oos` (4 near, then 4 unrelated); language = folder; lowercase texts; no duplicate texts;
act counts; and the no-shared-word rule on the file contents.
"""
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import ACT_COUNTS, ACT_HEADER, FAQ_HEADER, LANGS, QUERY_HEADER, load, prefixes

ROOT = os.path.dirname(HERE)
problems = []


def bad(msg):
    problems.append(msg)
    print("  PROBLEM:", msg)


def rows_of(path, header):
    text = open(path, "rb").read().decode("utf-8")  # raises on invalid UTF-8
    if text.startswith("\ufeff"):
        bad(f"{path}: BOM")
    if not text.endswith("\r\n") or "\n" in text.replace("\r\n", ""):
        bad(f"{path}: not CRLF throughout")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, strict=True))
    if rows[0] != header:
        bad(f"{path}: header {rows[0]}")
    for n, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            bad(f"{path}: row {n} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


total_disjoint = 0
for code in LANGS:
    mod = load(code)
    d = os.path.join(ROOT, code)
    faq = rows_of(os.path.join(d, "faq.csv"), FAQ_HEADER)
    qs = rows_of(os.path.join(d, "queries.csv"), QUERY_HEADER)
    acts = rows_of(os.path.join(d, "acts.csv"), ACT_HEADER)

    questions = [r["question"] for r in faq]
    if len(faq) != 12:
        bad(f"{code}: {len(faq)} FAQ rows")
    if len(set(questions)) != len(questions):
        bad(f"{code}: duplicate FAQ questions")
    for r in faq:
        kws = r["keywords"].split(";")
        phs = r["phrasings"].split("|")
        if not r["answer"].strip() or not r["category"].strip():
            bad(f"{code}: empty answer/category for {r['question']}")
        if not kws or not all(k.strip() for k in kws):
            bad(f"{code}: bad keywords for {r['question']}")
        if not 1 <= len(phs) <= 3 or not all(p.strip() for p in phs):
            bad(f"{code}: bad phrasings for {r['question']}")

    if len(qs) != 44:
        bad(f"{code}: {len(qs)} query rows")
    expected_labels = [q for q in questions for _ in range(3)] + ["oos"] * 8
    if [r["label"] for r in qs] != expected_labels:
        bad(f"{code}: labels not 3 per question in FAQ order followed by 8 oos")
    oos_texts = [r["text"] for r in qs if r["label"] == "oos"]
    if oos_texts != list(mod.OOS_NEAR) + list(mod.OOS_FAR) or len(mod.OOS_NEAR) != 4 or len(mod.OOS_FAR) != 4:
        bad(f"{code}: oos rows are not 4 near then 4 unrelated")
    for r in qs:
        if r["language"] != code:
            bad(f"{code}: language {r['language']!r}")
        if r["text"] != r["text"].lower() or not r["text"].strip():
            bad(f"{code}: query not lowercase: {r['text']}")
    texts = [r["text"] for r in qs] + [r["text"] for r in acts]
    if len(set(texts)) != len(texts):
        bad(f"{code}: duplicate text among queries/acts")

    counts = collections.Counter(r["expected"] for r in acts)
    if dict(counts) != ACT_COUNTS or len(acts) != 10:
        bad(f"{code}: act counts {dict(counts)}")
    for r in acts:
        if r["text"] != r["text"].lower():
            bad(f"{code}: act not lowercase: {r['text']}")

    disjoint = 0
    for r in faq:
        ep = prefixes(" ".join([r["question"], r["answer"], r["keywords"].replace(";", " "),
                                r["phrasings"].replace("|", " ")]), mod.STOP)
        free = [q["text"] for q in qs if q["label"] == r["question"] and not prefixes(q["text"], mod.STOP) & ep]
        if free:
            disjoint += 1
        else:
            bad(f"{code}: no word-disjoint query for {r['question']}")
    total_disjoint += disjoint
    print(f"{code}: faq={len(faq)} queries={len(qs)} (labelled {len(qs) - len(oos_texts)}, oos {len(oos_texts)}: "
          f"{len(mod.OOS_NEAR)} near + {len(mod.OOS_FAR)} unrelated) acts={len(acts)} {dict(counts)} "
          f"word-disjoint entries={disjoint}/12")

print(f"word-disjoint entries overall: {total_disjoint}/{12 * len(LANGS)}")
print("VALIDATION", f"FAILED ({len(problems)} problems)" if problems else "PASSED")
sys.exit(1 if problems else 0)
