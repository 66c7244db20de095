"""Shared helpers: tokeniser, no-shared-word check, CSV writing, validation."""
import csv, re, unicodedata, os, io

TOKEN_RE = re.compile(r"[^\W\d_]+", re.UNICODE)

def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

def tokens(text):
    return TOKEN_RE.findall(strip_accents(text.lower()))

def content_prefixes(text, stop):
    out = set()
    for t in tokens(text):
        if len(t) < 4 or t in stop:
            continue
        out.add(t[:5])
    return out

def entry_prefixes(e, stop):
    blob = " ".join([e["q"], e["a"], " ".join(e["kw"]), " ".join(e["ph"])])
    return content_prefixes(blob, stop)

def check_lang(mod):
    """Return list of (question, [(query, shared)]) for entries where no query is word-disjoint."""
    stop = {strip_accents(w.lower()) for w in mod.STOP}
    fails, report = [], []
    for e in mod.FAQ:
        ep = entry_prefixes(e, stop)
        res = []
        for q in e["queries"]:
            shared = sorted(content_prefixes(q, stop) & ep)
            res.append((q, shared))
        report.append((e["q"], res))
        if not any(not s for _, s in res):
            fails.append((e["q"], res))
    return fails, report

def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)

def build(mod, outdir):
    os.makedirs(outdir, exist_ok=True)
    write_csv(os.path.join(outdir, "faq.csv"),
              ["question", "answer", "category", "keywords", "phrasings"],
              [[e["q"], e["a"], e["cat"], ";".join(e["kw"]), "|".join(e["ph"])] for e in mod.FAQ])
    rows = []
    for e in mod.FAQ:
        for q in e["queries"]:
            rows.append([q, e["q"], mod.LANG])
    for q in mod.OOS_NEAR + mod.OOS_FAR:
        rows.append([q, "oos", mod.LANG])
    write_csv(os.path.join(outdir, "queries.csv"), ["text", "label", "language"], rows)
    write_csv(os.path.join(outdir, "acts.csv"), ["text", "expected"], [list(a) for a in mod.ACTS])
