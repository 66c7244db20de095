"""offer25: the share of new words a "do you know ...?" question needs, read on the sentence that asks ("also"
out), chosen leave-one-set-out on the plans of sets 8 on; the eval shops held out. Input: WordRulesHarness's TSV.

    python3 src/test/resources/measure/offer25_loso.py target/word-rules.tsv

A candidate catches a question when the know read has at least one new word and at least that share of its words
new, and no shipped word rule (columns 3-4) catches it already. On all sets but one, the share that catches the most
not-covered questions with no covered one caught (ties: the higher share); the left-out set's figures are printed.
"""
import sys

SHARES = [0.2, 0.25, 0.34, 0.5, 0.67, 1.01]
rows = [line.rstrip('\n').split('\t') for line in open(sys.argv[1], encoding='utf-8')]


def part(r):
    return r[0].split('/')[0] if r[0].startswith('set') else 'eval'


def fires(r, share):
    if r[7] == '-' or r[2] == '1' or r[3] == '1':
        return False
    new, total = map(int, r[7].split('/'))
    return new >= 1 and new >= share * total


def count(rs, share):
    return (sum(1 for r in rs if r[1] == 'NC' and fires(r, share)),
            sum(1 for r in rs if r[1] == 'COV' and fires(r, share)))


sets = sorted({part(r) for r in rows} - {'eval'}, key=lambda s: int(s[3:]))
print('set\tchosen\tNC caught / NC\tCOV caught / COV')
total = [0, 0]
for s in sets:
    train = [r for r in rows if part(r) not in (s, 'eval')]
    chosen = max(SHARES, key=lambda f: (count(train, f)[1] == 0, count(train, f)[0], f))
    held = [r for r in rows if part(r) == s]
    c, l = count(held, chosen)
    total[0] += c
    total[1] += l
    print(f"{s}\t{chosen}\t{c} / {sum(r[1] == 'NC' for r in held)}\t{l} / {sum(r[1] == 'COV' for r in held)}")
print('held out, all sets: caught', total[0], 'covered caught', total[1])
ev = [r for r in rows if part(r) == 'eval']
for f in SHARES:
    c, l = count(ev, f)
    print(f'eval shops at {f}: caught {c}, covered caught {l}')
