import sys, importlib
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import check_lang
for code in sys.argv[1:]:
    mod = importlib.import_module("lang_" + code)
    fails, report = check_lang(mod)
    print(f"== {code}: {len(mod.FAQ)} entries, {len(fails)} failing")
    for q, res in fails:
        print("  FAIL", q)
        for t, s in res:
            print("     ", t, "->", s)
