#!/usr/bin/env python3
"""judge.py LIST [--turns]: an automatic judge of FollowUpProbe replays by the plans' column 4.

LIST: lines "faq plan lang out": a plan, and the output of FollowUpProbe on it (one file per plan; see
docs/conversations/README.md, "The automatic judge"). Run from the repository's root.
Per turn whose column 4 (after a leading [instruction]) starts with:
  FAQ: "q" ...          kind FAQ: every FAQ: "..." named in column 4 is an acceptable entry (the first is the main one)
  Both FAQ: "a" + ...   kind BOTH: the named entries should all be answered
  Too vague ...         kind VAGUE
  Not covered ...       kind NOTCOVERED
other turns (acts, handover, waiting, push-back, rejection) are kind OTHER and not judged.
Outcomes:
  FAQ:        RIGHT (an acceptable entry answered), SURE_WRONG (another entry answered, none acceptable),
              CHOICES_HIT (choices, an acceptable entry among them), CHOICES_FIRST (... and first),
              CHOICES_MISS, NONE (no entry: person, act, ...)
  BOTH:       RIGHT (all answered), HALF (one answered, the other in choices or answered partly), SURE_WRONG, CHOICES_*, NONE
  VAGUE:      RIGHT (choices), SURE_WRONG (an answer), NONE
  NOTCOVERED: RIGHT (no entry, no choices), SURE_WRONG (an answer), OFF_CHOICES (choices)
`judge.py --make-list OUTDIR` prints the list of every plan of sets 8 onwards, outputs named OUTDIR/s<set>-<lang>.txt.
Prints counts per outcome; --turns prints every judged turn (set lang conv.turn kind outcome message).
"""
import csv, os, re, sys
from collections import Counter, defaultdict

ROOT = os.getcwd()  # run from the repository's root: plan paths in LIST are relative to it
csv.field_size_limit(10**8)


def norm(q):
    return re.sub(r'\s+', ' ', q.strip().strip('"\u201c\u201d\u201e').strip().lower())


def plan_rows(path):
    rows = list(csv.reader(open(path, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
    return [r for r in rows[1:] if len(r) >= 4 and r[0].strip().isdigit()]


def expected(col4):
    text = re.sub(r'^\s*(\[[^\]]*\]\s*)+', '', col4)
    named = [norm(q) for q in re.findall(r'FAQ: "([^"]+)"', col4)]
    if text.startswith('Both FAQ') or text.startswith('Both:'):
        return 'BOTH', named
    if text.startswith('FAQ:'):
        return 'FAQ', named
    if text.lower().startswith('too vague'):
        return 'VAGUE', named
    if text.lower().startswith('not covered'):
        return 'NOTCOVERED', named
    return 'OTHER', named


def replay(path):
    """(conv, turn) -> (message, decision line)"""
    d, cur, msg = {}, None, None
    for l in open(path, encoding='utf-8', errors='replace'):
        m = re.match(r'^(\d+)/(\d+) (.*)$', l.rstrip('\n'))
        if m:
            cur, msg = (m.group(1), m.group(2)), m.group(3)
            continue
        if l.startswith('   => ') and cur:
            d[cur] = (msg, l[6:].strip())
            cur = None
    return d


def parts(decision):
    """answered questions (normalised) and choice lists from a decision line."""
    answered, choices = [], []
    for p in re.split(r' \+ (?=ANSWER |CHOICES )', decision):
        if p.startswith('ANSWER '):
            answered.append(norm(p[7:].split(':', 1)[1]))
        elif p.startswith('CHOICES ['):
            choices.append([norm(c.split(':', 1)[1]) for c in re.split(r', (?=\d+:)', p[9:-1]) if ':' in c])
        else:
            m = re.search(r'answer=FaqAnswer\[entry=FaqMatch\[entryId=\d+, question=(.*?), answer=', p)
            if m:
                answered.append(norm(m.group(1)))
            m = re.search(r'choices=\[(FaqMatch.*)\]\]$', p)
            if m:
                choices.append([norm(q) for q in re.findall(r'question=(.*?), answer=', m.group(1))])
    return answered, choices


def judge(kind, named, decision):
    answered, choices = parts(decision)
    flat = [c for cs in choices for c in cs]
    firsts = [cs[0] for cs in choices if cs]
    ok = set(named)
    if kind == 'FAQ':
        if any(a in ok for a in answered):
            return 'RIGHT'
        if answered:
            return 'SURE_WRONG'
        if any(c in ok for c in firsts):
            return 'CHOICES_FIRST'
        if any(c in ok for c in flat):
            return 'CHOICES_HIT'
        return 'CHOICES_MISS' if choices else 'NONE'
    if kind == 'BOTH':
        hit = [a for a in answered if a in ok]
        if len(set(hit)) >= 2:
            return 'RIGHT'
        if hit:
            return 'HALF'
        if answered:
            return 'SURE_WRONG'
        if any(c in ok for c in flat):
            return 'CHOICES_HIT'
        return 'CHOICES_MISS' if choices else 'NONE'
    if kind == 'VAGUE':
        if answered:
            return 'SURE_WRONG'
        return 'RIGHT' if choices else 'NONE'
    if kind == 'NOTCOVERED':
        if answered:
            return 'SURE_WRONG'
        return 'OFF_CHOICES' if choices else 'RIGHT'
    return None


def band(kind, outcome):
    """The testers' usual verdict for an outcome (set 27's final run against this judge): ok, mixed or wrong."""
    if outcome in ('RIGHT', 'CHOICES_FIRST') or (kind == 'VAGUE' and outcome == 'NONE'):
        return 'ok'
    if kind == 'BOTH' and outcome in ('HALF', 'CHOICES_HIT', 'NONE'):
        return 'mixed'
    return 'wrong'


def make_list(outdir, first=8):
    """The replay list of every plan of set `first` onwards: a set's own <lang>-faq.csv, else the sample FAQ."""
    for d in sorted(os.listdir('docs/conversations')):
        m = re.match(r'.*-set(\d+)$', d)
        if not m or int(m.group(1)) < first:
            continue
        for plan in sorted(os.listdir(os.path.join('docs/conversations', d))):
            if plan.endswith('-plan.tsv'):
                lang = plan[:-9]
                faq = os.path.join('docs/conversations', d, lang + '-faq.csv')
                if not os.path.exists(faq):
                    faq = 'db/sample-faq.csv'
                print(f"{faq} docs/conversations/{d}/{plan} {lang} {outdir}/s{m.group(1)}-{lang}.txt")


def main():
    if sys.argv[1] == '--make-list':
        make_list(sys.argv[2])
        return
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    show = '--turns' in sys.argv
    counts = defaultdict(Counter)
    bylang = defaultdict(Counter)
    for line in open(args[0]):
        if not line.strip():
            continue
        faq, plan, lang, out = line.split()
        if not os.path.exists(out):
            continue
        rep = replay(out)
        setname = re.search(r'set(\d+)', plan).group(1)
        for r in plan_rows(os.path.join(ROOT, plan)):
            kind, named = expected(r[3])
            key = (r[0], r[1])
            if kind == 'OTHER' or key not in rep:
                continue
            outcome = judge(kind, named, rep[key][1])
            counts[kind][outcome] += 1
            bylang[lang][band(kind, outcome)] += 1
            bylang['all'][band(kind, outcome)] += 1
            if show:
                print(f"{setname}\t{lang}\t{r[0]}.{r[1]}\t{kind}\t{outcome}\t{r[2]}")
    for kind in ('FAQ', 'BOTH', 'VAGUE', 'NOTCOVERED'):
        c = counts[kind]
        print(kind, sum(c.values()), dict(sorted(c.items())), file=sys.stderr)
    for lang in sorted(bylang):
        c = bylang[lang]
        n = sum(c.values())
        print(f"{lang}: {n} judged, wrong {c['wrong']} ({100 * c['wrong'] / n:.1f}%), mixed {c['mixed']}, "
              f"right or acceptable {c['ok']}", file=sys.stderr)


if __name__ == '__main__':
    main()
