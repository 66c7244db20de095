"""Rough count: FAQ-answered turns (en/de/fr/it) that share no content word (>=4 letters) with the entry's
question, keywords or phrasings. Multi-entry (Both) rows count as sharing if any entry shares."""
import csv, os, re
from common import OUT
STOP = set("what when where which with your have does this that from will there about also auch eine einen oder wenn wann kann dans pour avec vous sont quel quels quelle comment peut quanto come sono dalla della alla oltre cosa posso""".split())
def words(s):
    return {w for w in re.findall(r"[a-zà-ÿß0-9]+", s.lower()) if len(w) >= 4 and w not in STOP}
for lang in ["en", "de", "fr", "it"]:
    with open(os.path.join(OUT, f"{lang}-faq.csv"), newline="", encoding="utf-8") as f:
        faq = {r["question"]: words(r["question"] + " " + r["keywords"].replace(";", " ") + " " + r["phrasings"].replace("|", " ")) for r in csv.DictReader(f)}
    total = answered = noshare = 0
    with open(os.path.join(OUT, f"{lang}-plan.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f][1:]
    for r in rows:
        total += 1
        qs = re.findall(r'FAQ: "([^"]+)"', r[3])
        if not qs:
            continue
        answered += 1
        msg = re.sub(r"^(\[[^\]]*\] )+", "", r[2])
        shared = set().union(*(words(msg) & faq[q] for q in qs))
        if not shared:
            noshare += 1
    print(f"{lang}: {answered}/{total} turns FAQ-answered, {noshare} of them share no content word")
