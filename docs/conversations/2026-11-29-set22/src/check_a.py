"""Checks writer A's files of set 22 (en, de, fr, it). Prints per-language counts and OK, or the problems.
DIAG=1 prints, per FAQ turn, the content words it shares with its entries (question + keywords)."""
import csv
import os
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
SAMPLE = Path(__file__).resolve().parents[4] / "db" / "sample-faq.csv"
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
EXPECT = {"en": (40, 14, (45, 50)), "de": (15, 7, (27, 27)), "fr": (15, 7, (27, 27)), "it": (15, 7, (27, 27))}
DIAG = os.environ.get("DIAG") == "1"

STOP = {
    "en": """the and for you your are was were with this that have has had not but can could would should will what
        when where which who how why does did doing done its it's his her she him they them their there then than
        from into onto about also just like get got any all some one two out our ours over more less very much many
        been being here now still only yes yeah pls please thanks hello hiya hey want need know think make made
        dont doesnt didnt cant wont isnt thats whats wheres im ive ill i'm is do to of in on at by an or if so my me
        we us be as no up go""".split(),
    "de": """und oder aber der die das den dem des ein eine einen einem einer eines ich du er sie es wir ihr mich mir
        dich dir uns euch ist sind bin bist war hat habe hab haben hast kann können kannst muss müssen will wollen
        soll was wie wo wann warum wer mit von vom zum zur für auf aus bei nach vor über unter nicht nich noch schon
        auch nur mal dann denn doch ja nein nee bitte danke hallo ok das dass ob wenn als bis ohne gibt geht gehts
        eigentlich einfach ganz sehr mein meine meinen meiner dein deine ihre ihren sein seine euer eure bei beim
        man sich hier da dort jetzt heute morgen gern gerne schon mehr viel""".split(),
    "fr": """les des une un le la de du et ou mais pour par sur dans avec sans pas plus que qui quoi quand comment
        est sont suis es etes ete avoir avez ai as a vous nous je tu il elle ils elles on me te se mon ma mes ton
        ta tes son sa ses votre vos notre nos leur leurs ce cet cette ces ca cela ya oui non merci bonjour bonsoir
        svp stp peux peut pouvez puis faire fait faut c'est est-ce aussi tout tous toute tres bien alors donc
        encore deja chez quel quelle quels quelles combien""".split(),
    "it": """il lo la i gli le un uno una di del della dei delle da dal dalla in nel nella con per su tra fra e ed o
        ma che chi cosa come dove quando quanto quanti perche non piu anche gia ancora sono sei siamo siete e' ho
        hai ha abbiamo avete hanno io tu lui lei noi voi loro mi ti ci vi si mio mia miei mie tuo tua suo sua
        nostro vostro questo questa quello quella buongiorno ciao salve grazie per favore si no ok posso puoi
        possiamo potete fate fare fa viene essere avere tutto tutti molto poi""".split(),
}


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def words(text, lang):
    stop = {norm(w) for w in STOP[lang]}
    return {w for w in re.findall(r"[a-z0-9]+", norm(text)) if len(w) >= 3 and w not in stop}


def shared(a, b):
    out = set()
    for x in a:
        for y in b:
            if x == y or (len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5]):
                out.add(x)
    return out


def check(lang, errors):
    n_faq, n_conv, (tmin, tmax) = EXPECT[lang]
    faq_path, plan_path = OUT / f"{lang}-faq.csv", OUT / f"{lang}-plan.tsv"
    with open(faq_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != FAQ_HEADER:
        errors.append(f"{lang}: bad FAQ header")
    entries = rows[1:]
    if len(entries) != n_faq:
        errors.append(f"{lang}: {len(entries)} FAQ entries, expected {n_faq}")
    for r in entries:
        if len(r) != 5 or any(not x.strip() for x in r):
            errors.append(f"{lang}: FAQ row with wrong or empty fields: {r[:1]}")
    if lang == "en" and faq_path.read_bytes() != SAMPLE.read_bytes():
        errors.append("en: en-faq.csv differs from the sample FAQ")
    faq = {r[0]: r for r in entries}

    text = plan_path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    plain = [ln.split("\t") for ln in lines]
    with open(plan_path, newline="", encoding="utf-8") as f:
        parsed = list(csv.reader(f, delimiter="\t"))
    if plain != parsed:
        errors.append(f"{lang}: csv.reader and plain tab split disagree")
    if plain[0] != PLAN_HEADER:
        errors.append(f"{lang}: bad plan header")
    body = plain[1:]
    used = set()
    convs = {}
    for i, r in enumerate(body, 2):
        if len(r) != 5:
            errors.append(f"{lang} line {i}: {len(r)} fields")
            continue
        if any(not x.strip() for x in r) or any(x.startswith('"') for x in r):
            errors.append(f"{lang} line {i}: empty field or field starting with a double quote")
        if "\r" in "".join(r):
            errors.append(f"{lang} line {i}: carriage return")
        convs.setdefault(r[0], []).append(r)
        for q in re.findall(r'FAQ: "([^"]*)"', r[3]):
            if q not in faq:
                errors.append(f"{lang} line {i}: unknown FAQ question {q!r}")
            used.add(q)
    if [str(c) for c in range(1, len(convs) + 1)] != list(convs):
        errors.append(f"{lang}: conversations not numbered 1..n in order")
    for c, turns in convs.items():
        if [t[1] for t in turns] != [str(k) for k in range(1, len(turns) + 1)]:
            errors.append(f"{lang} conversation {c}: turns not numbered 1..n")
    if len(convs) != n_conv:
        errors.append(f"{lang}: {len(convs)} conversations, expected {n_conv}")
    if not tmin <= len(body) <= tmax:
        errors.append(f"{lang}: {len(body)} turns, expected {tmin}-{tmax}")
    unused = [q for q in faq if q not in used]
    if unused:
        errors.append(f"{lang}: FAQ entries never used: {unused}")
    # at least one FAQ turn per conversation that shares no content word with its entries
    n_faq_turns = n_free = 0
    for c, turns in convs.items():
        free_here, faq_here = 0, 0
        for r in turns:
            qs = re.findall(r'FAQ: "([^"]*)"', r[3])
            if not qs:
                continue
            faq_here += 1
            entry_words = set()
            for q in qs:
                if q in faq:
                    entry_words |= words(faq[q][0] + " " + faq[q][3].replace(";", " "), lang)
            sh = shared(words(r[2], lang), entry_words)
            if not sh:
                free_here += 1
            if DIAG:
                print(f"  {lang} {c}.{r[1]}: {sorted(sh) or '-'}")
        n_faq_turns += faq_here
        n_free += free_here
        if faq_here and not free_here:
            errors.append(f"{lang} conversation {c}: every FAQ turn shares a content word with its entry")
    return len(entries), len(convs), len(body), n_faq_turns, n_free


def main():
    errors, report = [], []
    for lang in EXPECT:
        n_e, n_c, n_t, n_f, n_free = check(lang, errors)
        report.append(f"{lang}: {n_e} FAQ entries, {n_c} conversations, {n_t} customer turns, "
                      f"{n_f} FAQ turns ({n_free} sharing no content word with their entry)")
    print("\n".join(report))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
