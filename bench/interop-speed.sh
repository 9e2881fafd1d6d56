#!/usr/bin/env bash
# Issue 15's speed target, measured against gift-pegjs in the same run:
#   1. whole process: `sourcequiz import` of a GIFT file of at least 10,000 questions (the bundled
#      bank exported as GIFT, repeated), parse, map and write, against node running gift-pegjs's
#      parse of the same file (hyperfine medians; target: ratio <= 1);
#   2. in-process: questions per second of GiftReader (JMH, GiftReaderBenchmark, beside its
#      baseline of cutting the file into lines and blocks) and of gift-pegjs's parse in node,
#      timed after a warm-up in the same run.
# gift-pegjs is installed into a temporary folder, never into the project; the file is written to
# target/bench/big.gift (ignored by git).
# Usage: bench/interop-speed.sh [RUNS]      (needs node, npm and hyperfine; NO_JMH=1 skips part 2's JMH)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p target/bench
big=target/bench/big.gift

./sourcequiz export --format gift --out "$work/bank.gift" >/dev/null
n=$(grep -c '^::' "$work/bank.gift")
reps=$(( (10000 + n - 1) / n ))
for _ in $(seq "$reps"); do cat "$work/bank.gift"; done > "$big"
echo "file: $((n * reps)) questions, $(wc -c < "$big") bytes; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

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
node "$work/parse.js" "$big" -v
./sourcequiz import "$big" --out "$work/out" | head -1

hyperfine -N -w 2 -r "$runs" --export-json "$work/result.json" \
  -n gift-pegjs "node $work/parse.js $big" \
  -n "sourcequiz import" "./sourcequiz import $big --out $work/out"
python3 - "$work/result.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
base, ours = r["gift-pegjs"]["median"], r["sourcequiz import"]["median"]
print(f"whole process, median: gift-pegjs parse {base:.3f} s, sourcequiz import (parse, map, write) {ours:.3f} s: "
      f"ratio {ours / base:.2f} (target <= 1)")
cpu = {k: v["user"] + v["system"] for k, v in r.items()}
print(f"whole process, mean CPU (user + system): gift-pegjs {cpu['gift-pegjs']:.2f} s, sourcequiz import "
      f"{cpu['sourcequiz import']:.2f} s: ratio {cpu['sourcequiz import'] / cpu['gift-pegjs']:.2f} (steadier on a loaded machine)")
PY

node_rate=$(node "$work/parse.js" "$big" -rate)
echo "in-process: gift-pegjs parse $node_rate questions/s (node $(node --version), 5 warm-up + 15 timed parses)"
if [ "${NO_JMH:-0}" = 1 ]; then exit 0; fi

mvn -B -q -Dstyle.color=never -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
java -cp "$cp" org.openjdk.jmh.Main GiftReaderBenchmark -p path="$big" -rf json -rff target/bench/gift-jmh.json \
  | tee target/bench/gift-jmh.txt | grep -E '^(Benchmark|GiftReaderBenchmark)' || true
python3 - target/bench/gift-jmh.json "$node_rate" <<'PY'
import json, sys
runs = {r["benchmark"].rsplit(".", 1)[1]: r["secondaryMetrics"]["questions"]["score"] for r in json.load(open(sys.argv[1]))}
node = float(sys.argv[2])
floor = runs["linesAndBlocks"]
for name, what in [("giftReader", "GiftReader.read"), ("readAndMap", "GiftReader + mapping to the model")]:
    q = runs[name]
    print(f"JMH {what}: {q:,.0f} questions/s, {q / floor:.2f} of the lines-and-blocks baseline ({floor:,.0f}/s), "
          f"{q / node:.2f}x gift-pegjs in node ({node:,.0f}/s)")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
