#!/usr/bin/env bash
# A first search in a new process against `sourcequiz --version`, both through the launcher and
# measured in the same hyperfine run (issue 16's target: at most 3x). Needs hyperfine
# (Debian: apt-get install hyperfine). Usage: bench/search-startup.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-20}"
command -v hyperfine >/dev/null || { echo "bench/search-startup.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
"$here/sourcequiz" --version >/dev/null # builds the jar and its class-data archive first
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
hyperfine -N --style basic --warmup 3 --runs "$runs" --export-json "$out" \
  "$here/sourcequiz --version" "$here/sourcequiz search Krums" "$here/sourcequiz search --json Lukashneko \"Union State\""
python3 - "$out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
base = r[0]["median"]
for x in r:
    print(f'{x["command"].split("/")[-1]:60s} median {x["median"]*1000:7.1f} ms  {x["median"]/base:5.2f}x --version')
PY
