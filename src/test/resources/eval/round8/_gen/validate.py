"""Validate the written CSVs (re-reads files from disk, independent of the generator data)."""
import sys, os, csv, importlib, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import content_prefixes, strip_accents
ROOT = os.path.dirname(HERE)
LANGS = ["de", "es", "fr", "it", "pt", "nl"]
ACT_COUNTS = {"GREETING": 2, "THANKS": 2, "BYE": 1, "BOT_QUESTION": 2, "PERSON": 2, "NOT_HELPED": 1}
errors = []
def err(m): errors.append(m); print("ERROR", m)
def read(path, header):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    if rows[0] != header: err(f"{path}: header {rows[0]}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header): err(f"{path}:{i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]
for code in LANGS:
    d = os.path.join(ROOT, code)
    stop = {strip_accents(w.lower()) for w in importlib.import_module("lang_" + code).STOP}
    faq = read(os.path.join(d, "faq.csv"), ["question", "answer", "category", "keywords", "phrasings"])
    qs = read(os.path.join(d, "queries.csv"), ["text", "label", "language"])
    acts = read(os.path.join(d, "acts.csv"), ["text", "expected"])
    questions = [r["question"] for r in faq]
    if len(faq) != 12: err(f"{code}: {len(faq)} faq entries")
    if len(set(questions)) != len(questions): err(f"{code}: duplicate questions")
    for r in faq:
        kws = [k for k in r["keywords"].split(";")]
        phs = [p for p in r["phrasings"].split("|")]
        if not all(k.strip() for k in kws) or not kws: err(f"{code}: bad keywords {r['question']}")
        if not 1 <= len(phs) <= 3 or not all(p.strip() for p in phs): err(f"{code}: bad phrasings {r['question']}")
        if not r["answer"].strip() or not r["category"].strip(): err(f"{code}: empty field {r['question']}")
    lab = collections.Counter(r["label"] for r in qs)
    for r in qs:
        if r["label"] != "oos" and r["label"] not in questions: err(f"{code}: unknown label {r['label']!r}")
        if r["language"] != code: err(f"{code}: language {r['language']}")
        if r["text"] != r["text"].lower(): err(f"{code}: not lowercase: {r['text']}")
    if len(qs) != 44: err(f"{code}: {len(qs)} queries")
    if lab["oos"] != 8: err(f"{code}: {lab['oos']} oos")
    for q in questions:
        if lab[q] != 3: err(f"{code}: {lab[q]} queries for {q}")
    if len({r['text'] for r in qs}) != len(qs): err(f"{code}: duplicate query text")
    # no-shared-word rule, recomputed from the files
    disjoint = 0
    for r in faq:
        ep = content_prefixes(" ".join([r["question"], r["answer"], r["keywords"].replace(";", " "), r["phrasings"].replace("|", " ")]), stop)
        ok = [q["text"] for q in qs if q["label"] == r["question"] and not (content_prefixes(q["text"], stop) & ep)]
        if ok: disjoint += 1
        else: err(f"{code}: no word-disjoint query for {r['question']}")
    ac = collections.Counter(r["expected"] for r in acts)
    if dict(ac) != ACT_COUNTS: err(f"{code}: act counts {dict(ac)}")
    for r in acts:
        if r["text"] != r["text"].lower(): err(f"{code}: act not lowercase: {r['text']}")
    print(f"{code}: faq={len(faq)} queries={len(qs)} (in-scope {len(qs)-lab['oos']}, oos {lab['oos']}) acts={len(acts)} word-disjoint entries={disjoint}/12")
print("VALIDATION", "FAILED: %d errors" % len(errors) if errors else "PASSED")
sys.exit(1 if errors else 0)
