import csv, json, sys, time, random, string, urllib.request
port, lang, tag = sys.argv[1], sys.argv[2], sys.argv[3]
convs = sys.argv[4].split(',')
extra = sys.argv[5:]  # extra conversations: "name=msg1|msg2|..."
import os
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..') + '/'
plan = {}
with open(base + lang + '-plan.tsv') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        if row['conversation'] in convs:
            plan.setdefault(row['conversation'], []).append(row['message'])
for e in extra:
    name, msgs = e.split('=', 1)
    plan[name] = msgs.split('|')
import urllib.error
def ask(sid, msg):
    for _ in range(10):
        try:
            return ask1(sid, msg)
        except urllib.error.HTTPError as e:
            if e.code != 429: raise
            time.sleep(5)
def ask1(sid, msg):
    req = urllib.request.Request(f'http://localhost:{port}/api/chat', json.dumps({'session_id': sid, 'message': msg}).encode(),
                                 {'Content-Type': 'application/json'})
    with urllib.request.urlopen(req) as r:
        code = r.status
        body = json.loads(r.read() or b'null')
    return code, body
for conv, msgs in plan.items():
    sid = f'w-{tag}-{conv}-' + ''.join(random.choices(string.ascii_lowercase, k=8))
    for i, m in enumerate(msgs, 1):
        code, b = ask(sid, m)
        reply = (b or {}).get('reply')
        ch = [c['question'] for c in (b or {}).get('choices') or []]
        print(f"{conv} t{i} | {m}\n   -> [{code} conf={b and round(b.get('confidence') or 0,2)} human={b and b.get('needs_human')}] {reply!r}" + (f" choices={ch}" if ch else ''))
        time.sleep(1.5)
