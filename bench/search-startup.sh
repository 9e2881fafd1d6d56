#!/usr/bin/env bash
# A first search in a new process against `sourcequiz --version`, both through the launcher, in
# one run with the commands interleaved (issue 16's target: at most 3x). Each round runs every
# command once, in turn, so a change of load on the machine weighs on all of them alike; the
# medians over the rounds, and their ratios to --version's, are printed with the wall time and the
# CPU time (user + system, which other work on the machine changes less), and uptime's load.
# The search index is cached in the data folder: the warm-up round makes it, the rounds open it.
# Usage: bench/search-startup.sh [ROUNDS] [OTHER_LAUNCHER...]   (other launchers: an A/B of builds)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-20}"
shift || true
launchers=("$here/sourcequiz" "$@")
for l in "${launchers[@]}"; do
  "$l" --version >/dev/null # builds the jar and its class-data archive first
done
uptime
python3 - "$rounds" "${launchers[@]}" <<'PY'
import os, statistics, subprocess, sys, time
rounds, launchers = int(sys.argv[1]), sys.argv[2:]
commands = [[launchers[0], "--version"]]
for l in launchers:
    commands += [[l, "search", "Krums"], [l, "search", "--json", "Lukashneko", '"Union State"']]

def once(cmd):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench/search-startup.sh: {' '.join(cmd)} failed")
    return wall, usage.ru_utime + usage.ru_stime

for cmd in commands:  # warm-up: page cache, and the search index's cache
    once(cmd)
walls, cpus = [[] for _ in commands], [[] for _ in commands]
for _ in range(rounds):
    for i, cmd in enumerate(commands):
        w, c = once(cmd)
        walls[i].append(w)
        cpus[i].append(c)
base_w, base_c = statistics.median(walls[0]), statistics.median(cpus[0])
for i, cmd in enumerate(commands):
    w, c = statistics.median(walls[i]), statistics.median(cpus[i])
    name = (cmd[0] if len(launchers) > 1 else "sourcequiz") + " " + " ".join(cmd[1:])
    print(f"{name:58s} wall {w*1000:7.1f} ms {w/base_w:5.2f}x   cpu {c*1000:6.1f} ms {c/base_c:5.2f}x")
print(f"medians of {rounds} interleaved rounds; ratios against --version's medians")
PY
uptime
