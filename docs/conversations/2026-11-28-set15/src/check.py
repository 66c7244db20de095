"""Checks every <lang>-faq.csv / <lang>-plan.tsv pair in set 15. Prints OK or the problems."""
import csv
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
QUOTED = re.compile(r'FAQ: "([^"]+)"')

problems = []
summary = []
plans = sorted(glob.glob(os.path.join(OUT, "*-plan.tsv")))
if not plans:
    problems.append("no plans found")
for plan in plans:
    lang = os.path.basename(plan).split("-")[0]
    faq_path = os.path.join(OUT, f"{lang}-faq.csv")
    if not os.path.exists(faq_path):
        problems.append(f"{lang}: missing {faq_path}")
        continue
    with open(faq_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != FAQ_HEADER:
        problems.append(f"{lang}: bad FAQ header {rows[0]}")
    questions = set()
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 5:
            problems.append(f"{lang}-faq line {i}: {len(r)} fields")
            continue
        if r[0] in questions:
            problems.append(f"{lang}-faq line {i}: duplicate question")
        questions.add(r[0])
        if not all(x.strip() for x in r):
            problems.append(f"{lang}-faq line {i}: empty field")
    with open(plan, newline="", encoding="utf-8") as f:
        text = f.read()
    csv_rows = list(csv.reader(text.splitlines(), delimiter="\t"))
    split_rows = [line.split("\t") for line in text.splitlines()]
    if csv_rows != split_rows:
        problems.append(f"{lang}-plan: csv.reader and split disagree")
    if split_rows[0] != PLAN_HEADER:
        problems.append(f"{lang}-plan: bad header")
    convs = {}
    order = []
    for i, r in enumerate(split_rows[1:], 2):
        if len(r) != 5:
            problems.append(f"{lang}-plan line {i}: {len(r)} fields")
            continue
        if not all(x.strip() for x in r):
            problems.append(f"{lang}-plan line {i}: empty field")
        c, t = r[0], r[1]
        if c not in convs:
            convs[c] = []
            order.append(c)
        elif order[-1] != c:
            problems.append(f"{lang}-plan line {i}: conversation {c} not contiguous")
        convs[c].append(int(t))
        for q in QUOTED.findall(r[3]):
            if q not in questions:
                problems.append(f"{lang}-plan line {i}: quoted question not in FAQ: {q}")
    for c, turns in convs.items():
        if turns != list(range(1, len(turns) + 1)):
            problems.append(f"{lang}-plan conversation {c}: turns {turns}")
    summary.append(f"{lang}: {len(questions)} FAQ entries, {len(convs)} conversations, {len(split_rows) - 1} turns")

print("\n".join(summary))
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
