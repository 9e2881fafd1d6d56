#!/usr/bin/env bash
# Whole-process import of a GIFT file of at least 10,000 questions (the bundled bank exported as
# GIFT, repeated) against gift-pegjs parsing the same file in node, measured in the same run.
# gift-pegjs is installed into a temporary folder, never into the project.
# Usage: bench/interop-speed.sh [RUNS]     (needs node, npm and hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./sourcequiz export --format gift --out "$work/bank.gift" >/dev/null
n=$(grep -c '^::' "$work/bank.gift")
reps=$(( (10000 + n - 1) / n ))
for _ in $(seq "$reps"); do cat "$work/bank.gift"; done > "$work/big.gift"
echo "file: $((n * reps)) questions, $(wc -c < "$work/big.gift") bytes"

(cd "$work" && npm install --silent --no-audit --no-fund gift-pegjs@1.0.2 >/dev/null)
cat > "$work/parse.js" <<'JS'
const gift = require('gift-pegjs');
const fs = require('fs');
const questions = gift.parse(fs.readFileSync(process.argv[2], 'utf8')).filter(q => q.type !== 'Category');
if (process.argv[3] === '-v') console.log(questions.length + ' questions');
JS
node "$work/parse.js" "$work/big.gift" -v
./sourcequiz import "$work/big.gift" --out "$work/out" | head -1

hyperfine -w 2 -r "$runs" --export-json "$work/result.json" \
  -n gift-pegjs "node $work/parse.js $work/big.gift" \
  -n "sourcequiz import" "./sourcequiz import $work/big.gift --out $work/out"
python3 - "$work/result.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
base, ours = r["gift-pegjs"]["median"], r["sourcequiz import"]["median"]
print(f"median: gift-pegjs {base:.3f} s, sourcequiz import (parse, map, write) {ours:.3f} s: ratio {ours / base:.2f}x")
PY
