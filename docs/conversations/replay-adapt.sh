#!/usr/bin/env bash
# replay-adapt.sh REPO OUTDIR [SET_REGEX]: like replay.sh, English plans of sets 14-34 only (the sample FAQ),
# FollowUpProbe with -Dadapt=1 (the adapted model served as the jar serves English; ADAPT=0: the shipped model).
# Extra JVM flags in $PROBE_OPTS (e.g. -DadaptScale, -Dcombine=agree: see FollowUpProbe).
set -euo pipefail
REPO=$(readlink -f "$1"); OUT=$(readlink -m "$2"); RX=${3:-'^(1[4-9]|2[0-9]|3[0-4])$'}
mkdir -p "$OUT"; cd "$REPO"
python3 docs/conversations/judge.py --make-list "$OUT" > "$OUT/all.txt"
python3 - "$OUT/all.txt" "$RX" > "$OUT/list.txt" <<'PY'
import re, sys
for line in open(sys.argv[1]):
    m = re.search(r"/s(\d+)-en\.txt$", line.strip())
    if m and re.search(sys.argv[2], m.group(1)): print(line.strip())
PY
PROBE_OPTS="${PROBE_OPTS-}"; [ "${ADAPT:-1}" = 1 ] && PROBE_OPTS="-Dadapt=1 $PROBE_OPTS"; export PROBE_OPTS
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
xargs -P 2 -L 1 sh -c 'java -Xss2m $PROBE_OPTS -cp "$0" org.answerdesk.eval.FollowUpProbe "$1" "$2" "$3" > "$4" 2> "$4.err" || echo "FAILED $2" >&2' "$CP" < "$OUT/list.txt"
python3 docs/conversations/judge.py "$OUT/list.txt"
