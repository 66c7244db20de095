"""Checks writer B's files of set 23 (es, nl, pt). Run: python3 src/check_b.py  (DIAG=1 shows shared words per FAQ turn)."""
import csv
import os
import re
import sys
import unicodedata

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
LANGS = ["es", "nl", "pt"]
FAQ_HEADER = ["question", "answer", "category", "keywords", "phrasings"]
PLAN_HEADER = ["conversation", "turn", "message", "what a right reply would be", "what would be wrong"]
N_FAQ, N_CONV, N_TURNS = 15, 7, 27

STOP = {
    "es": """a al algo alguien ante aqui asi bien buenas buenos como con cual cuando cuanto cuanta cuantos cuantas
        de del donde el ella ellos en entre era eres es esa ese eso esta este esto estas estos fue ha hay he la las le
        les lo los mas me mi mis mucho muy nada ni no nos nosotros o os otra otro para pero poco por porque puede
        pueden puedo que quien se ser si sin sobre solo son su sus te ti tiene tienen tengo teneis tenemos tenia
        teniamos todo tu tus un una uno unos unas va vais vale vamos y ya yo hola oye mira pues hacer haceis hace
        hacen hago hacemos poder podeis podemos sabeis saber sale queria quiero quieres ir vosotros vuestro vuestra
        vuestros vuestras nuestro nuestra""",
    "nl": """aan al alle als alleen ben bij dan dat de deze die dit doe doen door dus een en er eigenlijk gaat gaan
        geen had hadden heb hebben heeft het hier hoe hoeveel hoi ik in is ja je jij jullie kan kun kunnen maar me
        mag meer met mijn moet moeten na naar nee niet nog nu of ok om ook op over te tot u uit van voor waar wanneer
        wat we welk welke wel wil wij wordt zijn zo zal ze zij zelf mijn iets daar dan wie""",
    "pt": """a ao aos aquele aquela as com como da das de do dos e ela ele em esse essa esta este eu foi ha isso ja
        la mais mas me meu minha muito na nas no nos o os ou para pela pelo pra pro qual quando quanto quanta que
        se sem ser seu sua so sou ta tem tenho um uma vc vcs voce voces e tbm pq qto q oi ola mto fazer faz fazem
        fazemos posso pode podem vou vai estar esta estou to aqui ai isso nao sim""",
}


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def words(lang, text):
    return {w for w in re.findall(r"[a-z0-9]+", norm(text)) if len(w) >= 3 and w not in STOP[lang] and not w.isdigit()}


def related(a, b):
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short):
        return True
    return len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def check_field(path, rowno, x):
    if x == "" or x != x.strip():
        fail("%s row %d: empty or padded field %r" % (path, rowno, x))
    if "\t" in x or "\n" in x or "\r" in x:
        fail("%s row %d: tab/newline in field" % (path, rowno))


def check_lang(lang, diag):
    faq_path = os.path.join(OUT, "%s-faq.csv" % lang)
    plan_path = os.path.join(OUT, "%s-plan.tsv" % lang)
    with open(faq_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != FAQ_HEADER:
        fail("%s header" % faq_path)
    faq = rows[1:]
    if len(faq) != N_FAQ:
        fail("%s: %d entries, want %d" % (faq_path, len(faq), N_FAQ))
    questions = {}
    for i, r in enumerate(faq, 2):
        if len(r) != 5:
            fail("%s row %d: %d fields" % (faq_path, i, len(r)))
        for x in r:
            check_field(faq_path, i, x)
        if '"' in r[0]:
            fail("%s row %d: double quote in question" % (faq_path, i))
        kws = r[3].split(";")
        if not 3 <= len(kws) <= 6:
            fail("%s row %d: %d keywords" % (faq_path, i, len(kws)))
        if not 2 <= len(r[4].split("|")) <= 3:
            fail("%s row %d: phrasings count" % (faq_path, i))
        if r[0] in questions:
            fail("%s: duplicate question %r" % (faq_path, r[0]))
        questions[r[0]] = words(lang, r[0] + " " + " ".join(kws))

    with open(plan_path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    if lines[-1] != "":
        fail("%s: no final newline" % plan_path)
    lines = lines[:-1]
    with open(plan_path, newline="", encoding="utf-8") as f:
        parsed = list(csv.reader(f, delimiter="\t"))
    split = [ln.split("\t") for ln in lines]
    if parsed != split:
        fail("%s: csv.reader and a plain tab split disagree" % plan_path)
    if split[0] != PLAN_HEADER:
        fail("%s header" % plan_path)
    plan = split[1:]
    if len(plan) != N_TURNS:
        fail("%s: %d turns, want %d" % (plan_path, len(plan), N_TURNS))
    used = set()
    convs = {}
    order = []
    for i, r in enumerate(plan, 2):
        if len(r) != 5:
            fail("%s row %d: %d fields" % (plan_path, i, len(r)))
        for x in r:
            check_field(plan_path, i, x)
            if x.startswith('"'):
                fail("%s row %d: field starts with a double quote" % (plan_path, i))
        conv, turn = int(r[0]), int(r[1])
        if conv not in convs:
            order.append(conv)
            convs[conv] = []
        if turn != len(convs[conv]) + 1:
            fail("%s row %d: turn %d out of order" % (plan_path, i, turn))
        refs = re.findall(r'FAQ: "([^"]+)"', r[3])
        for q in refs:
            if q not in questions:
                fail("%s row %d: unknown FAQ question %r" % (plan_path, i, q))
            used.add(q)
        convs[conv].append((r, refs))
        if ("[wait 60 s" in r[3]) != ("Waiting" in r[3]):
            fail("%s row %d: waiting turn without wait instruction (or the reverse)" % (plan_path, i))
    if order != list(range(1, N_CONV + 1)):
        fail("%s: conversations %s, want 1..%d" % (plan_path, order, N_CONV))
    missing = set(questions) - used
    if missing:
        fail("%s: FAQ entries never used: %s" % (lang, sorted(missing)))

    # every conversation with FAQ turns has one that shares no content word with its entries' question and keywords
    no_overlap = 0
    for conv in order:
        faq_turns = [(r, refs) for r, refs in convs[conv] if refs and not r[3].startswith("Push-back")]
        if not faq_turns:
            continue
        ok = False
        for r, refs in faq_turns:
            target = set().union(*(questions[q] for q in refs))
            shared = sorted({w for w in words(lang, r[2]) if any(related(w, t) for t in target)})
            if diag:
                print("  %s %s.%s shared=%s" % (lang, r[0], r[1], shared))
            if not shared:
                ok = True
                no_overlap += 1
        if not ok:
            fail("%s conversation %d: every FAQ turn shares a content word with its entry" % (lang, conv))
    n_faq_turns = sum(1 for c in convs.values() for r, refs in c if refs and not r[3].startswith("Push-back"))
    return len(faq), len(order), len(plan), n_faq_turns, no_overlap


def main():
    diag = bool(os.environ.get("DIAG"))
    total = 0
    for lang in LANGS:
        n_faq, n_conv, n_turns, n_ft, n_no = check_lang(lang, diag)
        total += n_turns
        print("%s: %d FAQ entries (all used), %d conversations, %d customer turns, %d FAQ turns (%d share no content word)"
              % (lang, n_faq, n_conv, n_turns, n_ft, n_no))
    print("OK (%d customer turns)" % total)


if __name__ == "__main__":
    main()
