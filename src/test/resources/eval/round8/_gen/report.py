"""Write disjoint_report.txt: per entry, each query and the content-word prefixes it shares with the entry."""
import sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common import check_lang
with open(os.path.join(HERE, "disjoint_report.txt"), "w", encoding="utf-8") as f:
    for code in ["de", "es", "fr", "it", "pt", "nl"]:
        _, rep = check_lang(importlib.import_module("lang_" + code))
        f.write(f"### {code}\n")
        for q, res in rep:
            f.write(f"{q}\n")
            for t, s in res:
                f.write(f"   {'DISJOINT' if not s else 'shares ' + ','.join(s):<40} {t}\n")
