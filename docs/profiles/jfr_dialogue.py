"""Which dialogue rules the request threads' samples of a ChatBenchmark run are in (docs/benchmarks.md, perf44).

    jfr print --json --stack-depth 300 --events jdk.ExecutionSample chat.jfr > chat.json
    python3 docs/profiles/jfr_dialogue.py chat.json

Each sample on a Tomcat request thread whose first answerdesk, Spring, Apache or com.* frame from the leaf is in
org.answerdesk.dialogue (not ActIndex's vector scan) counts: under that frame, under its leaf, and once under every
dialogue method on its stack (inclusive).
"""
import json,sys,collections
d=json.load(open(sys.argv[1]))
ev=d['recording']['events']
incl=collections.Counter(); leaf=collections.Counter(); leafany=collections.Counter(); n=0; tot=0
for e in ev:
    t=e['values'].get('sampledThread') or {}
    name=(t.get('javaName') or t.get('osName') or '')
    if 'exec' not in name: continue
    fr=[(f['method']['type']['name'].replace('/','.')+'.'+f['method']['name']).split('$$Lambda')[0] for f in e['values']['stackTrace']['frames']]
    tot+=1
    # first non-JDK frame from leaf
    first=next((f for f in fr if f.startswith('org.answerdesk') or f.startswith('org.springframework') or f.startswith('org.apache') or f.startswith('com.')),None)
    if not first or not first.startswith('org.answerdesk.dialogue'): continue
    if 'ActIndex' in first: continue
    n+=1
    leaf[first]+=1
    leafany[fr[0]]+=1
    for f in set(x for x in fr if x.startswith('org.answerdesk.dialogue')): incl[f]+=1
print('request samples',tot,'dialogue-first',n)
print('--- first answerdesk frame'); [print(c,k) for k,c in leaf.most_common(40)]
print('--- leaf frame'); [print(c,k) for k,c in leafany.most_common(25)]
print('--- inclusive'); [print(c,k) for k,c in incl.most_common(70)]
