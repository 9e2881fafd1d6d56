#!/usr/bin/env bash
# JMH benchmarks of the two targets of issue 6, each beside a baseline measured in the same run:
#   - loading a generated bank of 100,000 questions (YAML and JSON): >= 50,000 questions/s, against
#     Jackson parsing the same files into plain trees; then one load in a JVM of its own, as the
#     launcher runs it (its JVM flags, read from ./sourcequiz), for its peak heap and peak RSS
#     (<= 256 MB), against the same plain parse; and the same for a bank of the largest files the
#     loader accepts (4,000 questions, 3.7 MB each), whose readers hold the most at once;
#   - a keystroke to a redrawn question screen on the virtual terminal: <= 5 ms (mean and p99),
#     against a bare Lanterna screen refreshed with the same cells.
# Not part of `mvn verify`. The machine is shared: read the ratios, and the load average printed.
# Usage: bench/jmh.sh            3 warmup + 5 measured iterations, one fork (about 10 minutes)
#        QUICK=1 bench/jmh.sh    a smoke run on 10,000 questions with single short iterations
set -euo pipefail
cd "$(dirname "$0")/.."

questions=100000
jmh_opts=()
if [ "${QUICK:-0}" = 1 ]; then
  questions=10000
  jmh_opts=(-wi 1 -i 1 -w 1s -r 1s)
fi
out=target/bench
mkdir -p "$out"

mvn -B -q -Dstyle.color=never -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

for format in yaml json; do
  java -cp "$cp" org.sourcequiz.bench.BankGenerator "target/bench-bank/$format-$questions" "$questions" 1000 "$format"
done
java -cp "$cp" org.sourcequiz.bench.BankGenerator "target/bench-bank/yaml-$questions-large-files" "$questions" 4000 yaml

java -cp "$cp" org.openjdk.jmh.Main 'BankLoadBenchmark|KeystrokeBenchmark' -p questions="$questions" \
    "${jmh_opts[@]}" -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt" | grep -E '^(Benchmark|o\.s\.)' | grep -v ':p0\.\(0\|9[05]\|999\|9999\)\|:p1\.00' || true

# One load per process, with the launcher's own JVM flags (its `jvm=(...)` line), no heap limit.
eval "$(grep '^jvm=(' sourcequiz)"
timer=()
if [ -x /usr/bin/time ]; then
  timer=(/usr/bin/time -v)
else
  echo "/usr/bin/time is missing (Debian package 'time'): no peak RSS" >&2
fi
for run in jackson:yaml-$questions loader:yaml-$questions jackson:yaml-$questions-large-files loader:yaml-$questions-large-files; do
  mode=${run%%:*} bank=${run#*:}
  "${timer[@]}" java "${jvm[@]}" -cp "$cp" org.sourcequiz.bench.LoadMemory \
      "$mode" "target/bench-bank/$bank" >"$out/memory-$mode-${bank#yaml-$questions}.txt" 2>&1
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$out" "$questions" <<'EOF'
import json, re, sys
out, questions = sys.argv[1], int(sys.argv[2])
runs = json.load(open(f"{out}/jmh.json"))

def jmh(name, param, value):
    for r in runs:
        if r["benchmark"].endswith("." + name) and r["params"].get(param) == value:
            return r
    return None

def qps(name, fmt):
    r = jmh(name, "format", fmt)
    return r and r["secondaryMetrics"]["questions"]["score"]

def ms(name, kind, stat):
    r = jmh(name, "input", kind)
    if not r:
        return None
    m = r["primaryMetric"]
    return (m["score"] if stat == "mean" else m["scorePercentiles"]["99.0"]) / 1000.0

def memory(mode, bank=""):
    text = open(f"{out}/memory-{mode}-{bank}.txt").read()
    m = dict(re.findall(r"(\w+)=([\d.]+)", text.split("mode=", 1)[1].splitlines()[0])) if "mode=" in text else {}
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    m["rss_mb"] = int(rss.group(1)) / 1024 if rss else None
    return m

jackson, loader = memory("jackson"), memory("loader")
jackson_large, loader_large = memory("jackson", "-large-files"), memory("loader", "-large-files")
def f(key, m):
    v = m.get(key)
    return float(v) if v is not None else None

rows = [
    (f"load {questions:,} YAML, steady (q/s)", qps("loader", "yaml"), qps("jacksonTree", "yaml"), ">=", 50000),
    (f"load {questions:,} JSON, steady (q/s)", qps("loader", "json"), qps("jacksonTree", "json"), ">=", 50000),
    ("load YAML, one cold load as launched (q/s)", f("qps", loader), f("qps", jackson), ">=", 50000),
    ("  peak heap in that load (MB)", f("peak_heap_mb", loader), f("peak_heap_mb", jackson), "<=", 256),
    ("  heap live after it (MB)", f("live_heap_mb", loader), f("live_heap_mb", jackson), None, None),
    ("  peak RSS of the process (MB)", loader.get("rss_mb"), jackson.get("rss_mb"), "<=", 256),
    ("the same in files of 4,000 questions (q/s)", f("qps", loader_large), f("qps", jackson_large), None, None),
    ("  peak heap in that load (MB)", f("peak_heap_mb", loader_large), f("peak_heap_mb", jackson_large), "<=", 256),
    ("  peak RSS of the process (MB)", loader_large.get("rss_mb"), jackson_large.get("rss_mb"), "<=", 256),
    ("keystroke choice ↓↑, mean (ms)", ms("keystroke", "choice", "mean"), ms("bareRefresh", "choice", "mean"), "<=", 5),
    ("keystroke choice ↓↑, p99 (ms)", ms("keystroke", "choice", "p99"), ms("bareRefresh", "choice", "p99"), "<=", 5),
    ("keystroke text a/⌫, mean (ms)", ms("keystroke", "text", "mean"), ms("bareRefresh", "text", "mean"), "<=", 5),
    ("keystroke text a/⌫, p99 (ms)", ms("keystroke", "text", "p99"), ms("bareRefresh", "text", "p99"), "<=", 5),
]

def num(v):
    if v is None:
        return "n/a"
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.2f}"

print()
print(f"{'what':<56} {'figure':>10} {'baseline':>10} {'ratio':>7}  {'target':<10} result")
for what, fig, base, op, target in rows:
    ratio = f"{fig / base:.2f}" if fig is not None and base else "n/a"
    goal = f"{op} {target:,}" if op else "-"
    if op is None or fig is None:
        result = "-"
    else:
        result = "pass" if (fig >= target if op == ">=" else fig <= target) else "FAIL"
    print(f"{what:<56} {num(fig):>10} {num(base):>10} {ratio:>7}  {goal:<10} {result}")
key = ms("keyOnly", "choice", "mean")
print()
print("baselines: loads against Jackson parsing the same files to plain trees (no validation, no model);")
print("keystrokes against a bare Lanterna screen given the same two 100x30 screens cell by cell and refreshed;")
print(f"a key put in and read back with no drawing takes {num(key and key * 1000)} µs (mean).")
print(f"the cold load took {loader.get('seconds')} s of wall time and {loader.get('cpu_s')} s of CPU (all threads, JIT and GC too);"
      f" the plain parse {jackson.get('seconds')} s and {jackson.get('cpu_s')} s.")
if questions != 100000:
    print(f"QUICK run on {questions:,} questions: a smoke test, not a measurement against the targets.")
EOF
