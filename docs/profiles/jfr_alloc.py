"""Where the request threads' allocation of a ChatBenchmark run goes (docs/benchmarks.md, perf41).

    jfr print --json --stack-depth 64 --events jdk.ObjectAllocationSample chat.jfr > alloc.json
    python3 docs/profiles/jfr_alloc.py alloc.json

Each jdk.ObjectAllocationSample on a Tomcat request thread (http-nio-*-exec-*) counts its weight (the bytes it stands
for) under the first answerdesk frame from the leaf; then the leaves (the allocating frame and the class).
"""
import collections
import json
import sys


def frames(event):
    return [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".")
            for f in event["values"]["stackTrace"]["frames"]]


def main(path):
    events = json.load(open(path))["recording"]["events"]
    rows = [(frames(e), e["values"]["weight"], e["values"]["objectClass"]["name"]) for e in events
            if "exec" in ((e["values"].get("eventThread") or {}).get("javaName") or "")]
    total = sum(w for _, w, _ in rows)
    print(f"{len(rows)} samples on request threads, weight {total / 1e6:.1f} MB")
    first = collections.Counter()
    leaf = collections.Counter()
    for names, weight, kind in rows:
        first[next((n for n in names if "answerdesk" in n), "(no answerdesk frame)")] += weight
        leaf[(names[0] if names else "?") + " <" + kind + ">"] += weight
    print("| first answerdesk frame | share |")
    for name, w in first.most_common(30):
        print(f"| {name} | {100 * w / total:.1f}% |")
    print("| leaf <class> | share |")
    for name, w in leaf.most_common(20):
        print(f"| {name} | {100 * w / total:.1f}% |")


if __name__ == "__main__":
    main(sys.argv[1])
