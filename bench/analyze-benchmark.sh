#!/usr/bin/env bash
# Times `sourcequiz analyze` on a class of results files (default 10,000 files of 50 questions,
# written once by bench/analyze-results.py into target/bench/analyze-FILES), whole process as a
# user runs it, against two baselines measured in the same run: `sourcequiz --version` (a start
# of the same JVM and jar) and `cat` of the same files (reading them at all).
# Not part of `mvn verify`. Needs hyperfine (apt-get install hyperfine).
# Usage: bench/analyze-benchmark.sh [FILES] [QUESTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."

files="${1:-10000}"
questions="${2:-50}"
dir="target/bench/analyze-$files-$questions"
if [ ! -f "$dir/.complete" ]; then
  rm -rf "$dir"
  python3 bench/analyze-results.py "$dir" "$files" "$questions"
  touch "$dir/.complete"
fi
./sourcequiz --version >/dev/null # builds the jar and its class-data archive if the sources changed
hyperfine -N --warmup 2 --runs 10 --export-markdown target/bench/analyze-latest.md \
  -n "sourcequiz --version" "./sourcequiz --version" \
  -n "cat the $files files" "sh -c 'find $dir -name \"*.json\" -exec cat {} + >/dev/null'" \
  -n "sourcequiz analyze ($files files, $questions questions)" "sh -c './sourcequiz analyze $dir --json >/dev/null'"
