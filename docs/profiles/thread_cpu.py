"""Where a build's CPU goes, per process and per JVM thread (docs/benchmarks.md, twenty-first session).

    python3 docs/profiles/thread_cpu.py sample <checkout> cpu.json &   # while the build runs; stop it after
    python3 docs/profiles/thread_cpu.py report cpu.json

`sample` reads /proc every 5 s (read only) and keeps the last CPU time (user + system) of every process whose
working directory is under <checkout> (Maven, the test JVMs, the apps and training processes tests start, the
PostgreSQL servers, Chromium), and of every thread of those that are JVMs. A process or thread that ends between two
samples loses at most its last 5 s. `report` sums them by kind of process and, for the test JVMs, by thread name
(digits folded, but the C1 and C2 compiler threads kept apart). Thread names are the kernel's, cut at 15
characters; native threads (ONNX Runtime's) carry the name of the thread that started them.
"""
import collections
import json
import os
import re
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def stat(path):
    with open(path) as f:
        s = f.read()
    end = s.rfind(")")
    fields = s[end + 2:].split()
    return s[s.find("(") + 1:end], (int(fields[11]) + int(fields[12])) / TICKS, fields[19]


def sample(root, out):
    procs, threads = {}, {}
    while True:
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                if not os.readlink(f"/proc/{pid}/cwd").startswith(root):
                    continue
                comm, cpu, start = stat(f"/proc/{pid}/stat")
                key = f"{pid}:{start}"
                if procs.get(key, {}).get("comm") != comm:  # new, or exec'd into another program (mvnw: java)
                    with open(f"/proc/{pid}/cmdline", "rb") as f:
                        procs[key] = {"comm": comm, "cmd": f.read().replace(b"\0", b" ").decode(errors="replace")[:300]}
                procs[key]["cpu"] = cpu
                if comm == "java":
                    for tid in os.listdir(f"/proc/{pid}/task"):
                        try:
                            name, tcpu, tstart = stat(f"/proc/{pid}/task/{tid}/stat")
                            threads[f"{key}/{tid}:{tstart}"] = [name, tcpu]
                        except OSError:
                            pass
            except (OSError, IndexError, ValueError):
                pass
        with open(out + ".tmp", "w") as f:
            json.dump({"procs": procs, "threads": threads}, f)
        os.replace(out + ".tmp", out)
        time.sleep(5)


def kind(p):
    cmd = p["cmd"]
    if p["comm"] != "java":
        return "postgres" if "postgres" in p["comm"] or "postgres" in cmd else p["comm"]
    if "surefirebooter" in cmd:
        return "test JVMs (surefire, failsafe)"
    if "plexus-classworlds" in cmd:
        return "Maven"
    return "other JVMs (apps, trainings)"


def report(path):
    d = json.load(open(path))
    by_kind, count = collections.Counter(), collections.Counter()
    for p in d["procs"].values():
        by_kind[kind(p)] += p["cpu"]
        count[kind(p)] += 1
    for k, cpu in by_kind.most_common():
        print(f"{cpu:9.1f} s  {count[k]:5d}  {k}")
    tests = {key for key, p in d["procs"].items() if kind(p).startswith("test JVMs")}
    by_thread = collections.Counter()
    for key, (name, cpu) in d["threads"].items():
        if key.split("/")[0] in tests:
            by_thread[name if name.startswith(("C1 ", "C2 ")) else re.sub(r"\d+", "#", name)] += cpu
    print("test JVMs by thread:")
    for name, cpu in by_thread.most_common(15):
        print(f"{cpu:9.1f} s  {name}")


if __name__ == "__main__":
    if sys.argv[1] == "sample":
        sample(os.path.abspath(sys.argv[2]), sys.argv[3])
    else:
        report(sys.argv[2])
