#!/usr/bin/env bash
# Runs every fuzzer with a large budget: 100,000 inputs per parser by default, a fresh seed each
# run (printed, so a failure reproduces). Not part of `mvn verify`, which runs 2,000 per parser.
# Usage: bench/fuzz.sh [INPUTS] [SEED] [TESTS]
#   TESTS: a surefire -Dtest pattern to run some fuzzers only, e.g. ReadersFuzzTest (GIFT, Aiken, XML)
# A failing input is saved under target/fuzz/ (with a shrunk copy) and named in the test report.
set -euo pipefail
cd "$(dirname "$0")/.."

inputs="${1:-100000}"
seed="${2:-$(date +%s)}"
only=()
if [ -n "${3:-}" ]; then only=(-Dtest="$3" -Dsurefire.failIfNoSpecifiedTests=false); fi

rm -f target/fuzz/summary.txt
echo "fuzzing: $inputs inputs per parser, seed $seed"
start=$(date +%s)
# The per-parser lines are printed once, below; a failure's report passes through.
set +e
mvn -B -q -P fuzz test -Dfuzz.inputs="$inputs" -Dfuzz.seed="$seed" "${only[@]}" 2>&1 | grep -v -E -e '^fuzz .* inputs in .* \(seed [0-9-]+\)$' -e 'SLF4J'
status=${PIPESTATUS[0]}
set -e
end=$(date +%s)

echo
echo "per parser (inputs, time):"
cat target/fuzz/summary.txt 2>/dev/null || echo "  (none finished)"
echo "total: $((end - start)) s including the build; exit $status"
if [ "$status" -ne 0 ]; then
  echo "a fuzzer failed: see the message above and target/fuzz/ for the input; rerun with seed $seed"
fi
exit "$status"
