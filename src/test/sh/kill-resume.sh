#!/usr/bin/env bash
# A quiz killed with SIGKILL keeps every answer graded before the kill: answers are fed one at a
# time through a fifo, each is waited for in the history, the JVM is killed after the third, and
# the history export must still hold all three, and the next quiz must offer it back.
# Usage: src/test/sh/kill-resume.sh [JAR]   (run from the project folder; JAR defaults to target/sourcequiz.jar)
set -euo pipefail

jar=${1:-target/sourcequiz.jar}
[[ -f $jar ]] || { echo "kill-resume: $jar not found; run \`mvn package\` first" >&2; exit 2; }

tmp=$(mktemp -d)
quiz_pid=
cleanup() {
    exec 3>&- 2>/dev/null || true
    if [[ -n $quiz_pid ]] && kill -0 "$quiz_pid" 2>/dev/null; then
        kill -KILL "$quiz_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
    echo "kill-resume: FAIL: $*" >&2
    echo "--- quiz output" >&2; cat "$tmp/out" >&2 || true
    echo "--- quiz errors" >&2; cat "$tmp/err" >&2 || true
    exit 1
}

data=$tmp/data
answers() {
    java -jar "$jar" history export --format csv --data-dir "$data" 2>/dev/null | tail -n +2 | grep -c . || true
}

mkfifo "$tmp/in"
java -jar "$jar" quiz --plain --set zapad-2021 --seed 1 --data-dir "$data" <"$tmp/in" >"$tmp/out" 2>"$tmp/err" &
quiz_pid=$!
exec 3>"$tmp/in"

for n in 1 2 3; do
    sleep 0.5
    echo ":skip" >&3
    # Wait until history holds this answer before giving the next one.
    for _ in $(seq 1 60); do
        [[ $(answers) -ge $n ]] && break
        kill -0 "$quiz_pid" 2>/dev/null || fail "the quiz ended before answer $n was recorded"
        sleep 0.25
    done
    [[ $(answers) -ge $n ]] || fail "answer $n was not in the history after 15 seconds"
done

kill -KILL "$quiz_pid"
wait "$quiz_pid" 2>/dev/null || true
quiz_pid=
exec 3>&-

export_csv=$(java -jar "$jar" history export --format csv --data-dir "$data") || fail "history export failed after the kill"
rows=$(printf '%s\n' "$export_csv" | tail -n +2 | grep -c . || true)
[[ $rows -eq 3 ]] || fail "expected 3 answers in the history after the kill, found $rows: $export_csv"
skipped=$(printf '%s\n' "$export_csv" | tail -n +2 | grep -c ',zapad-2021,.*,practice,.*,skipped,' || true)
[[ $skipped -eq 3 ]] || fail "the 3 answers are not the quiz's skips: $export_csv"
sessions=$(printf '%s\n' "$export_csv" | tail -n +2 | cut -d, -f4 | sort -u | wc -l)
[[ $sessions -eq 1 ]] || fail "the 3 answers belong to $sessions sessions: $export_csv"

notice=$(echo ":quit" | java -jar "$jar" quiz --plain --set zapad-2021 --data-dir "$data" 2>&1 >/dev/null) || fail "quiz after the kill failed"
[[ $notice == *"(3 of "*"answered)"*"sourcequiz quiz --resume"* ]] || fail "no resume notice after the kill: $notice"

echo "kill-resume: ok, 3 answers kept after SIGKILL"
