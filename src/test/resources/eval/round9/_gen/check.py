"""Run the no-shared-word rule on the generator data (before writing CSVs).

usage: python3 check.py [lang ...]      (default: all six)
Prints, per language, the entries with no word-disjoint query and what each
of their queries shares; exit status 1 if any entry fails.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import LANGS, entry_result, load

failing = 0
for code in sys.argv[1:] or LANGS:
    mod = load(code)
    bad = []
    for e in mod.FAQ:
        res, ok = entry_result(e.blob(), e.queries, mod.STOP)
        if not ok:
            bad.append((e.question, res))
    failing += len(bad)
    print(f"{code}: {len(mod.FAQ)} entries, {len(mod.FAQ) - len(bad)} with a word-disjoint query, {len(bad)} failing")
    for q, res in bad:
        print("  FAIL", q)
        for text, s in res:
            print("      ", ",".join(s), "<-", text)
sys.exit(1 if failing else 0)
