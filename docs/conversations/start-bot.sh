#!/usr/bin/env bash
# start-bot.sh JAR PORT LANG FAQ_CSV|sample  -> starts the jar with a fresh data dir, waits until ready,
# prints "PID <pid> DATA <dir> LOG <log>". English on the sample FAQ waits for its adaptation to be served.
# The management port is PORT+1: two bots need ports two apart. Waits at most READY_SECONDS (default 3600); when the
# bot is not ready by then it says so on stderr and exits 2, the bot left running (its PID on stdout as above).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=$(readlink -f "$1"); PORT=$2; LANGS=$3; FAQ=${4:-sample}
DATA=$(mktemp -d "${TMPDIR:-/tmp}/bot-$PORT-XXXX")
LOG=$DATA/bot.log
ENVS=(ANSWERDESK_DATA_DIR=$DATA SERVER_PORT=$PORT ANSWERDESK_MANAGEMENT_PORT=$((PORT+1)) ANSWERDESK_LANGUAGES=$LANGS)
[ "$FAQ" != sample ] && ENVS+=(ANSWERDESK_FAQ_SAMPLE=$(readlink -f "$FAQ"))
( cd "$DATA"; env "${ENVS[@]}" nohup java @"$ROOT/deploy/jvm.options" -jar "$JAR" > "$LOG" 2>&1 & echo $! > "$DATA/pid" )
PID=$(cat "$DATA/pid")
READY=no
for i in $(seq 1 "${READY_SECONDS:-3600}"); do
  if ! kill -0 "$PID" 2>/dev/null; then echo "DIED; log $LOG" >&2; exit 1; fi
  if grep -q "act phrasings in" "$LOG"; then
    if [ "$LANGS" != en ] || grep -q "FAQ served by .* adapted to it" "$LOG"; then READY=yes; break; fi
  fi
  sleep 1
done
echo "PID $PID DATA $DATA LOG $LOG"
if [ $READY = no ]; then echo "NOT READY after ${READY_SECONDS:-3600} s; log $LOG" >&2; exit 2; fi
