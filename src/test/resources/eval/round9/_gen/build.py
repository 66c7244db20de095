"""Write ../<lang>/{faq,queries,acts}.csv from lang_<lang>.py.  usage: python3 build.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import LANGS, emit, load

ROOT = os.path.dirname(HERE)
for code in LANGS:
    mod = load(code)
    emit(mod, ROOT)
    print(f"wrote {code}/  ({mod.SHOP})")
