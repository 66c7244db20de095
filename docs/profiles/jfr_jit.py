"""Whether the JIT's CPU in a ChatBenchmark phase is warm-up or churn (docs/benchmarks.md, perf52).

    jcmd <pid> JFR.start name=jit settings=jit.jfc filename=run.jfr   # jit.jfc: profile.jfc with jdk.Compilation's
                                                                      # threshold 0 ms, jdk.Deoptimization enabled
    jfr print --json --events jdk.Compilation,jdk.Deoptimization run.jfr > jit.json
    python3 docs/profiles/jfr_jit.py jit.json [seconds]

For the last `seconds` (default 120) of the recording: the compilations by tier and their wall time, how many
compile a method already compiled at that tier before the window (churn after a deoptimization), and the
deoptimizations by reason and by method.
"""
import collections
import json
import sys
from datetime import datetime


def start(event):
    return datetime.fromisoformat(event['values']['startTime'][:26].rstrip('Z'))


def seconds(event):
    text = event['values']['duration']  # PT0.0123S
    return float(text[2:-1]) if text.startswith('PT') and text.endswith('S') else 0.0


def key(event):
    method = event['values']['method']
    return method['type']['name'], method['name'], event['values'].get('compileLevel')


events = json.load(open(sys.argv[1]))['recording']['events']
window = float(sys.argv[2]) if len(sys.argv) > 2 else 120.0
end = max(start(e) for e in events)
inside = [e for e in events if (end - start(e)).total_seconds() <= window]
compiled = [e for e in inside if e['type'] == 'jdk.Compilation']
earlier = collections.Counter(key(e) for e in events
                              if e['type'] == 'jdk.Compilation' and (end - start(e)).total_seconds() > window)
tiers = collections.Counter(e['values']['compileLevel'] for e in compiled)
wall = collections.defaultdict(float)
for e in compiled:
    wall[e['values']['compileLevel']] += seconds(e)
print(f'last {window:.0f} s: {len(compiled)} compilations, by tier {dict(sorted(tiers.items()))}, '
      f'wall s by tier { {t: round(s, 2) for t, s in sorted(wall.items())} }')
print(f'compiled at that tier before the window too: {sum(1 for e in compiled if earlier[key(e)])}')
deopts = [e for e in inside if e['type'] == 'jdk.Deoptimization']
print(f'deoptimizations: {len(deopts)}')
print(collections.Counter((e['values'].get('reason'), e['values'].get('action')) for e in deopts).most_common(8))
print(collections.Counter(e['values']['method']['type']['name'] + '.' + e['values']['method']['name']
                          for e in deopts).most_common(10))
