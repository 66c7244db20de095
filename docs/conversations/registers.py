#!/usr/bin/env python3
"""How each judged set's FAQ addresses the customer, per language: formal (u, Sie, vous, usted, Lei, você),
informal (je, du, tu, tú/vos), or neither (impersonal answers). Counts the words of each register in the answers
(column 2 of <lang>-faq.csv); a register needs at least 2 of its words and more than the other's. Approximate: a
capitalised "Le" opening an Italian sentence counts as formal. Run from the repository root:
    python3 docs/conversations/registers.py [FIRST_SET]
"""
import collections, csv, glob, os, re, sys

WORDS = {  # language: (formal, informal, flags)
    'nl': (r'\b(u|uw)\b', r'\b(je|jij|jou|jouw)\b', re.I),
    'de': (r'(?<![.!?:] )(?<!^)\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b',
           r'\b(du|dich|dir|dein\w*|euch|euer|eure)\b', 0),
    'fr': (r'\b(vous|votre|vos)\b', r"\b(tu|toi|ton|ta|tes)\b|\bt['’](?=[aeiouhéèê])", re.I),
    'es': (r'\b(usted|ustedes)\b',
           r'\b(tú|tu|tus|te|ti|vos|puedes|podés|tienes|tenés|quieres|querés|necesitas|necesitás|vosotros|os'
           r'|vuestr[oa]s?)\b', re.I),
    'it': (r'\b(Lei|Suo|Sua|Suoi|Sue|può|vuole|Le)\b', r'\b(tu|ti|tuo|tua|tuoi|tue|puoi|vuoi|hai|devi)\b', 0),
    'pt': (r'\b(você|vocês|o senhor|a senhora)\b', r'\b(tu|teu|tua|teus|tuas|podes|tens|queres|precisas)\b', re.I),
}


def main():
    first = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    sets = sorted(glob.glob('docs/conversations/2026-*-set*'), key=lambda d: int(d.rsplit('set', 1)[1]))
    for lang, (formal, informal, flags) in WORDS.items():
        counts, rows = collections.Counter(), []
        for d in sets:
            n = int(d.rsplit('set', 1)[1])
            path = f'{d}/{lang}-faq.csv'
            if n < first or not os.path.exists(path):
                continue
            with open(path, encoding='utf-8') as f:
                text = ' '.join(r.get('answer', '') for r in csv.DictReader(f))
            a, b = len(re.findall(formal, text, flags)), len(re.findall(informal, text, flags))
            kind = 'formal' if a > b and a >= 2 else 'informal' if b > a and b >= 2 else 'neither'
            counts[kind] += 1
            rows.append(f'{n}:{kind[0]}({a}/{b})')
        print(lang, dict(counts), ' '.join(rows))


if __name__ == '__main__':
    main()
