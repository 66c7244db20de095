"""Generate src/test/resources/eval/round8/<lang>/{faq,queries,acts}.csv from lang_*.py."""
import sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import build
ROOT = os.path.dirname(HERE)
LANGS = ["de", "es", "fr", "it", "pt", "nl"]
if __name__ == "__main__":
    for code in LANGS:
        mod = importlib.import_module("lang_" + code)
        build(mod, os.path.join(ROOT, code))
        print("built", code, "-", mod.SHOP)
