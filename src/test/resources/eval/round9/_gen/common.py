"""Round 9 helpers: data model, the no-shared-word rule, CSV output.

The rule (same definition as round 8): lowercase, strip accents (NFKD, drop
combining marks), take letter-only tokens, drop tokens shorter than 4 letters
and the language's function words, compare 5-letter prefixes.  A query is
word-disjoint from its entry when it has no prefix in common with the entry's
question + answer + keywords + phrasings.
"""
import csv
import os
import re
import unicodedata
from dataclasses import dataclass, field

WORD = re.compile(r"[^\W\d_]+")
MIN_LEN = 4
PREFIX = 5

FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
QUERY_HEADER = ["text", "label", "language"]
ACT_HEADER = ["text", "expected"]
ACT_COUNTS = {"GREETING": 2, "THANKS": 2, "BYE": 1,
              "BOT_QUESTION": 2, "PERSON": 2, "NOT_HELPED": 1}
LANGS = ("de", "es", "fr", "it", "nl", "pt")


@dataclass
class Entry:
    question: str
    answer: str
    category: str
    keywords: str        # ';'-separated, exactly as written to the CSV
    phrasings: str       # '|'-separated, 1-3 items
    queries: list = field(default_factory=list)  # exactly 3 customer texts

    def row(self):
        return [self.question, self.answer, self.category, self.keywords, self.phrasings]

    def blob(self):
        return " ".join([self.question, self.answer,
                         self.keywords.replace(";", " "),
                         self.phrasings.replace("|", " ")])


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def stopset(words):
    return frozenset(fold(w) for w in words.split())


def prefixes(text, stop):
    found = set()
    for tok in WORD.findall(fold(text)):
        if len(tok) >= MIN_LEN and tok not in stop:
            found.add(tok[:PREFIX])
    return found


def shared(query, entry_text, stop):
    return sorted(prefixes(query, stop) & prefixes(entry_text, stop))


def entry_result(entry_text, queries, stop):
    """[(query, shared prefixes)] and whether at least one query is disjoint."""
    res = [(q, shared(q, entry_text, stop)) for q in queries]
    return res, any(not s for _, s in res)


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\r\n")  # QUOTE_MINIMAL, RFC 4180
        out.writerow(header)
        out.writerows(rows)


def load(code):
    import importlib
    return importlib.import_module("lang_" + code)


def emit(mod, root):
    folder = os.path.join(root, mod.LANG)
    os.makedirs(folder, exist_ok=True)
    write(os.path.join(folder, "faq.csv"), FAQ_HEADER, [e.row() for e in mod.FAQ])
    rows = [[q, e.question, mod.LANG] for e in mod.FAQ for q in e.queries]
    rows += [[q, "oos", mod.LANG] for q in list(mod.OOS_NEAR) + list(mod.OOS_FAR)]
    write(os.path.join(folder, "queries.csv"), QUERY_HEADER, rows)
    write(os.path.join(folder, "acts.csv"), ACT_HEADER, [list(a) for a in mod.ACTS])
