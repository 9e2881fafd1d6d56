#!/usr/bin/env bash
# Issue 15's speed target, measured against gift-pegjs in the same run:
#   1. whole process: `sourcequiz import` of a GIFT file of at least 10,000 questions, parse, map
#      and write, against node running gift-pegjs's parse of the same file (hyperfine medians and
#      CPU time; target: ratio <= 1). Two files: the real-world-like one, bench/instructor.gift
#      (30 short questions of every common type, written as instructors write GIFT) repeated; and
#      a heavier one, the bundled bank exported as GIFT (each question carries its passage and
#      citation in its general feedback) repeated. HEAVY=0 skips the second.
#   2. in-process: questions per second of GiftReader (JMH, GiftReaderBenchmark, beside its
#      baseline of cutting the file into lines and blocks) and of gift-pegjs's parse in node,
#      timed after a warm-up in the same run.
# gift-pegjs is installed into a temporary folder, never into the project; the files are written
# to target/bench/big.gift and target/bench/bank.gift (ignored by git).
# Usage: bench/interop-speed.sh [RUNS]
#   needs node, npm and hyperfine; NO_JMH=1 skips part 2's JMH, QUICK=1 makes it short.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
heavy="${HEAVY:-1}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The launcher's build cleans target/, so it comes before the files written there.
./sourcequiz --version >/dev/null
mkdir -p target/bench
big=target/bench/big.gift
bank=target/bench/bank.gift

# $1 repeated (a blank line between copies) until it holds at least 10,000 questions, into $2.
repeat() {
  local n reps
  n=$(grep -c '^::' "$1")
  reps=$(( (10000 + n - 1) / n ))
  for _ in $(seq "$reps"); do cat "$1"; echo; done > "$2"
  echo "file $2: $((n * reps)) questions ($n repeated $reps times), $(wc -c < "$2") bytes"
}
repeat bench/instructor.gift "$big"
if [ "$heavy" = 1 ]; then
  ./sourcequiz export --format gift --out "$work/bank.gift" >/dev/null
  repeat "$work/bank.gift" "$bank"
fi
echo "uptime: $(uptime); $(nproc) cores"

(cd "$work" && npm install --silent --no-audit --no-fund gift-pegjs@1.0.2 >/dev/null)
cat > "$work/parse.js" <<'JS'
// node parse.js FILE [-v | -rate]: parse once (the whole-process run), or report questions/s
// of the parse alone, after a warm-up, as the JMH figure is taken.
const gift = require('gift-pegjs');
const fs = require('fs');
const text = fs.readFileSync(process.argv[2], 'utf8');
const parse = () => gift.parse(text).filter(q => q.type !== 'Category').length;
if (process.argv[3] === '-rate') {
  for (let i = 0; i < 5; i++) parse();
  let count = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < 15; i++) count += parse();
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(Math.round(count / s));
} else {
  const n = parse();
  if (process.argv[3] === '-v') console.log('gift-pegjs reads ' + n + ' questions');
}
JS
cat > "$work/ratio.py" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
name = sys.argv[2]
base, ours = r["gift-pegjs"]["median"], r["sourcequiz import"]["median"]
print(f"{name}: whole process, median wall: gift-pegjs parse {base:.3f} s, sourcequiz import (parse, map, write) "
      f"{ours:.3f} s: ratio {ours / base:.2f} (target <= 1)")
cpu = {k: v["user"] + v["system"] for k, v in r.items()}
print(f"{name}: whole process, mean CPU (user + system): gift-pegjs {cpu['gift-pegjs']:.2f} s, sourcequiz import "
      f"{cpu['sourcequiz import']:.2f} s: ratio {cpu['sourcequiz import'] / cpu['gift-pegjs']:.2f} (steadier on a loaded machine)")
PY

# One file against gift-pegjs, whole process then in-process: $1 the file, $2 its name in the report.
compare() {
  local file="$1" name="$2" rate
  node "$work/parse.js" "$file" -v
  ./sourcequiz import "$file" --out "$work/out-$name" | head -1
  hyperfine -N -w 2 -r "$runs" --export-json "$work/$name.json" \
    -n gift-pegjs "node $work/parse.js $file" \
    -n "sourcequiz import" "./sourcequiz import $file --out $work/out-$name"
  python3 "$work/ratio.py" "$work/$name.json" "$name"
  rate=$(node "$work/parse.js" "$file" -rate)
  echo "$name: in-process: gift-pegjs parse $rate questions/s (node $(node --version), 5 warm-up + 15 timed parses)"
  echo "$rate" > "$work/$name.rate"
}
compare "$big" instructor
if [ "$heavy" = 1 ]; then compare "$bank" bank; fi
echo "uptime after the whole-process runs: $(uptime)"
if [ "${NO_JMH:-0}" = 1 ]; then exit 0; fi

mvn -B -q -Dstyle.color=never -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
paths="$big"
if [ "$heavy" = 1 ]; then paths="$big,$bank"; fi
quick=()
if [ "${QUICK:-0}" = 1 ]; then quick=(-wi 2 -w 2 -i 3 -r 2); fi
java -cp "$cp" org.openjdk.jmh.Main GiftReaderBenchmark "${quick[@]}" -p path="$paths" \
    -rf json -rff target/bench/gift-jmh.json \
  | tee target/bench/gift-jmh.txt | grep -E '^(Benchmark|GiftReaderBenchmark)' || true
bank_rate=0
[ -f "$work/bank.rate" ] && bank_rate=$(cat "$work/bank.rate")
python3 - target/bench/gift-jmh.json "$big" "$(cat "$work/instructor.rate")" "$bank" "$bank_rate" <<'PY'
import json, sys
names = {sys.argv[2]: ("instructor", float(sys.argv[3])), sys.argv[4]: ("bank", float(sys.argv[5]))}
runs = {}
for r in json.load(open(sys.argv[1])):
    runs[(r["params"]["path"], r["benchmark"].rsplit(".", 1)[1])] = r["secondaryMetrics"]["questions"]["score"]
for path, (name, node) in names.items():
    if (path, "linesAndBlocks") not in runs:
        continue
    floor = runs[(path, "linesAndBlocks")]
    for bench, what in [("giftReader", "GiftReader.read"), ("readAndMap", "GiftReader + mapping to the model")]:
        q = runs[(path, bench)]
        print(f"{name}: JMH {what}: {q:,.0f} questions/s, {q / floor:.2f} of the lines-and-blocks baseline "
              f"({floor:,.0f}/s), {q / node:.2f}x gift-pegjs in node ({node:,.0f}/s)")
PY
echo "uptime after: $(uptime)"
