#!/usr/bin/env python3
"""Start-up of sourcequiz against a Java HelloWorld measured in the same run: the issue-6 targets.

  ./sourcequiz --version              <= 3x HelloWorld   (hyperfine, whole process)
  ./sourcequiz validate questions     <= 6x HelloWorld   (hyperfine, whole process)
  ./sourcequiz to the home screen     <= 4x HelloWorld   (tmux: launch to "Question sets" drawn;
                                                          HelloWorld timed the same way, to "hello")

Medians of RUNS runs (default 30). Needs hyperfine and tmux (Debian: apt-get install hyperfine
tmux) and python3. Not part of `mvn verify`: timings belong to a quiet machine, not to a test.
Usage: bench/startup.py [RUNS]"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 30
LAUNCHER = os.path.join(HERE, "sourcequiz")


def need(tool):
    if shutil.which(tool) is None:
        sys.exit(f"bench/startup.py: needs {tool} (Debian: sudo apt-get install {tool})")


def hyperfine(commands, work):
    out = os.path.join(work, "hyperfine.json")
    subprocess.run(["hyperfine", "-N", "--style", "none", "--warmup", "3", "--runs", str(RUNS),
                    "--export-json", out] + commands, check=True, stdout=subprocess.DEVNULL)
    with open(out) as f:
        return [r["median"] * 1000 for r in json.load(f)["results"]]


def until_drawn(command, text, work, socket):
    # A new server each time: a client that finds the last one still shutting down fails.
    """Milliseconds from starting `command` in a 100x30 tmux pane to `text` in what it wrote.

    The pane's output is streamed to a file (pipe-pane) and read here, so no tmux client is
    started while the program runs: polling capture-pane would steal the CPU being measured."""
    log = os.path.join(work, "pane.log")
    open(log, "w").close()
    tmux = ["tmux", "-L", socket]
    subprocess.run(tmux + ["new", "-d", "-s", "b", "-x", "100", "-y", "30",
                           f"read go; exec {command}"], check=True)
    subprocess.run(tmux + ["pipe-pane", "-t", "b", "-o", f"cat >> {log}"], check=True)
    time.sleep(0.3)
    start = time.perf_counter()
    subprocess.run(tmux + ["send-keys", "-t", "b", "Enter"], check=True)
    wanted = text.encode()
    with open(log, "rb") as f:
        seen = b""
        while wanted not in seen:
            chunk = f.read()
            if chunk:
                seen += chunk
            elif time.perf_counter() - start > 30:
                sys.exit(f"bench/startup.py: {command!r} drew no {text!r} within 30 s")
            else:
                time.sleep(0.001)
    elapsed = (time.perf_counter() - start) * 1000
    subprocess.run(tmux + ["kill-server"], stderr=subprocess.DEVNULL)
    return elapsed


def main():
    for tool in ("hyperfine", "tmux", "javac"):
        need(tool)
    with tempfile.TemporaryDirectory() as work:
        with open(os.path.join(work, "Hello.java"), "w") as f:
            f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
        subprocess.run(["javac", "-d", work, os.path.join(work, "Hello.java")], check=True)
        hello = f"java -cp {work} Hello"
        # Builds the jar and its class archive when needed, so no run below pays for them.
        subprocess.run([LAUNCHER, "--version"], check=True, stdout=subprocess.DEVNULL)
        os.chdir(HERE)
        h, version, validate = hyperfine([hello, f"{LAUNCHER} --version", f"{LAUNCHER} validate questions"], work)

        socket = f"sourcequiz-bench-{os.getpid()}-{{}}"
        data = os.path.join(work, "data")
        tmux_hello, home = [], []
        for i in range(RUNS):
            tmux_hello.append(until_drawn(hello, "hello", work, socket.format(f"h{i}")))
            home.append(until_drawn(f"env SOURCEQUIZ_HOME={data} {LAUNCHER}", "Question sets", work, socket.format(f"q{i}")))
        th, hm = statistics.median(tmux_hello), statistics.median(home)

    rows = [("./sourcequiz --version", version, h, 3.0),
            ("./sourcequiz validate questions", validate, h, 6.0),
            ("./sourcequiz to Home drawn (tmux)", hm, th, 4.0)]
    print(f"medians of {RUNS} runs; HelloWorld: {h:.0f} ms as a process, {th:.0f} ms to drawn in tmux")
    print(f"{'what':36} {'median':>8} {'baseline':>9} {'ratio':>6} {'target':>7}  ok")
    for what, figure, base, target in rows:
        ratio = figure / base
        print(f"{what:36} {figure:6.0f}ms {base:7.0f}ms {ratio:5.1f}x {target:6.1f}x  {'yes' if ratio <= target else 'NO'}")


if __name__ == "__main__":
    main()
