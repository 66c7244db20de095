"""Where the request threads' Java samples of a ChatBenchmark run go (docs/benchmarks.md, twentieth session).

    jfr print --json --stack-depth 300 --events jdk.ExecutionSample chat.jfr > chat.json
    python3 docs/profiles/jfr_groups.py chat.json

Each sample on a Tomcat request thread (http-nio-*-exec-*) counts once, under the first group that a frame names,
from the leaf up; JDK frames and Embedder.cosine are passed over, so a scan counts under its caller. Then the samples
outside the chat handler (WebChatController.chat): Tomcat, the filters, MVC's arguments and the response, split by
the dispatch they ran in (the request's own, or the async one that hands on a body received without a thread).
"""
import collections
import json
import sys

GROUPS = [
    ("vector scan: act phrasings (ActIndex)", ["dialogue.ActIndex"]),
    ("vector scan: off-topic background (OffTopic)", ["retrieval.OffTopic.nearest", "retrieval.OffTopic.judge"]),
    ("vector scan: FAQ phrasings (FaqIndex, PhrasingCosines, SoftmaxHead)",
     ["retrieval.PhrasingCosines", "retrieval.SoftmaxHead", "retrieval.FaqIndex"]),
    ("the embedding's Java side", ["retrieval.Embedder.embed", "langchain4j", "ai.onnxruntime", "Tokenizer"]),
    ("dialogue: the policy's text rules", ["org.answerdesk.dialogue."]),
    ("language detection", ["answerdesk.language."]),
    ("JSON (Jackson)", ["tools.jackson", "com.fasterxml.jackson"]),
    ("logging", ["ch.qos.logback", "org.slf4j"]),
    ("JDBC and the pool", ["org.postgresql", "com.zaxxer", "org.springframework.jdbc"]),
    ("metrics and observation (Micrometer)", ["io.micrometer", "ServerHttpObservationFilter"]),
    ("Spring Security (and the admin package's filters)", ["org.springframework.security", "org.answerdesk.admin."]),
    ("the body received and handed on", ["api.BodyLimitFilter.handOn", "api.ReceivedBody", "api.BodyReception",
                                         "api.BodyBuffer", "AsyncContextImpl", "AsyncStateMachine"]),
    ("rate limit", ["api.RateLimitFilter", "api.SharedBudgets"]),
    ("the rest of answerdesk (rendering, storing, retrieval's scores)", ["org.answerdesk."]),
    ("Spring MVC", ["org.springframework.web", "org.springframework.http"]),
    ("Tomcat", ["org.apache.catalina", "org.apache.coyote", "org.apache.tomcat"]),
]


def frames(event):
    return [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".")
            for f in event["values"]["stackTrace"]["frames"]]


def group(names):
    for n in names:
        if n.startswith(("java.", "jdk.", "sun.")) or "Embedder.cosine" in n:
            continue
        for name, patterns in GROUPS:
            if any(p in n for p in patterns):
                return name
    return "other"


def main(path):
    events = json.load(open(path))["recording"]["events"]
    samples = [frames(e) for e in events
               if "exec" in ((e["values"].get("sampledThread") or {}).get("javaName") or "")]
    counts = collections.Counter(group(s) for s in samples)
    print(f"{len(samples)} samples on request threads")
    for name, n in counts.most_common():
        print(f"| {name} | {n} | {100 * n / len(samples):.1f}% |")
    handler = sum(1 for s in samples if any("WebChatController.chat" in n for n in s))
    outside = [s for s in samples if not any("WebChatController.chat" in n for n in s)]
    in_async = sum(1 for s in outside if any("CoyoteAdapter.asyncDispatch" in n for n in s))
    in_own = sum(1 for s in outside if not any("CoyoteAdapter.asyncDispatch" in n for n in s)
                 and any("CoyoteAdapter.service" in n for n in s))
    print(f"in the handler {handler}; outside it {len(outside)} ({100 * len(outside) / len(samples):.1f}%, "
          f"{len(outside) / handler:.3f} per handler sample): in the request's own dispatch {in_own}, "
          f"in the async dispatch {in_async}, elsewhere {len(outside) - in_own - in_async}")


if __name__ == "__main__":
    main(sys.argv[1])
