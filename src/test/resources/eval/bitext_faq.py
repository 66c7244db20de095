#!/usr/bin/env python3
"""An English FAQ with real answers built from the shared data, for a held-out check of a rule that reads answers
(docs/retrieval.md, "Each choice on its own"): Bitext's 27 intents, each an entry of 5 instructions (the first its
question) and the first sentence of one response as its answer; 4 more instructions per intent as in-scope queries;
20 BANKING77 train and 20 HWU64 test questions as off-topic ones. Written to OUT_DIR (faq.csv, queries.csv), never
into the repository. Usage: python3 src/test/resources/eval/bitext_faq.py ../shared/data OUT_DIR"""
import collections, csv, os, random, re, sys

data, out = sys.argv[1:3]
random.seed(7)
rows = list(csv.DictReader(open(os.path.join(data, "bitext/Bitext_Sample_Customer_Support_Training_Dataset_v1_2023-08.csv"),
                                encoding="utf-8")))
by_intent = collections.defaultdict(list)
for r in rows:
    by_intent[r["intent"]].append(r)
faq, queries = [], []
for intent, rs in sorted(by_intent.items()):
    rs = rs[:]
    random.shuffle(rs)
    rs = [r for r in rs if "{{" not in r["instruction"]]
    texts = [r["instruction"].strip() for r in rs[:5]]
    answer = re.sub(r"\{\{[^}]*\}\}", "our website", rs[0]["response"]).split("\n")[0][:400]
    faq.append(dict(question=texts[0], answer=answer, category=intent, keywords="", phrasings="|".join(texts[1:])))
    queries += [(r["instruction"].strip(), texts[0]) for r in rs[5:9]]
banking = list(csv.DictReader(open(os.path.join(data, "banking77/train.csv"), encoding="utf-8")))
hwu = list(csv.DictReader(open(os.path.join(data, "hwu64/test.csv"), encoding="utf-8")))
random.shuffle(banking)
random.shuffle(hwu)
queries += [(r["text"].strip(), "") for r in banking[:20] + hwu[:20]]
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "faq.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["question", "answer", "category", "keywords", "phrasings"])
    w.writeheader()
    w.writerows(faq)
with open(os.path.join(out, "queries.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["text", "label"])
    w.writerows(queries)
