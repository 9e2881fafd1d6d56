#!/usr/bin/env bash
# Fills a history with a million answers (once; the file is kept in target/bench) and times the
# stats report and the choice of the next review batch, in-process and as whole commands.
# Not part of `mvn verify`: filling takes minutes. Usage: bench/history-benchmark.sh [ANSWERS] [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

answers="${1:-1000000}"
data="${2:-target/bench}"

mvn -B -q -DskipTests clean package dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
mkdir -p "$data"
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    org.sourcequiz.store.HistoryBenchmark "$data" "$answers"

# Whole commands as a user runs them: a new JVM each time, as the launcher starts it.
run() {
  local start end
  start=$(date +%s%N)
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -jar target/sourcequiz.jar \
      --data-dir "$data" "$@" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
# `list` reads the bank but no history: the baseline the history adds to.
for cmd in "list" "stats" "review --list"; do
  # shellcheck disable=SC2086
  times=$(for _ in 1 2 3 4 5; do run $cmd; done | sort -n | tr '\n' ' ')
  echo "sourcequiz $cmd (whole process, 5 runs, sorted ms): $times"
done
