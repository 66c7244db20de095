#!/usr/bin/env bash
# replay.sh REPO OUTDIR [SET_REGEX]: FollowUpProbe on every plan of sets 8 onwards (or those whose set number matches
# SET_REGEX, e.g. '^3[12]$'), on REPO's compiled classes (target/classes, target/test-classes, target/bench.cp), two at a
# time; then the automatic judge. Needs in REPO: ./mvnw -o -q test-compile dependency:build-classpath \
#   -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
set -euo pipefail
REPO=$(readlink -f "$1"); OUT=$(readlink -m "$2"); RX=${3:-.}
mkdir -p "$OUT"; cd "$REPO"
python3 docs/conversations/judge.py --make-list "$OUT" > "$OUT/all.txt"
python3 - "$OUT/all.txt" "$RX" > "$OUT/list.txt" <<'PY'
import re, sys
for line in open(sys.argv[1]):
    m = re.search(r"/s(\d+)-\w+\.txt$", line.strip())
    if m and re.search(sys.argv[2], m.group(1)): print(line.strip())
PY
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
xargs -P 2 -L 1 sh -c 'java -Xss2m -cp "$0" org.answerdesk.eval.FollowUpProbe "$1" "$2" "$3" > "$4" 2> "$4.err" || echo "FAILED $2" >&2' "$CP" < "$OUT/list.txt"
python3 docs/conversations/judge.py "$OUT/list.txt"
