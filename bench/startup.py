#!/usr/bin/env python3
"""Start-up of sourcequiz against a Java HelloWorld measured in the same run: the README's targets.

  ./sourcequiz --version              <= 3x HelloWorld   (the whole process)
  ./sourcequiz validate questions     <= 6x HelloWorld   (the whole process)
  ./sourcequiz list                   (no target; a command that goes through picocli)
  ./sourcequiz to the home screen     <= 4x HelloWorld   (tmux: launch to "Question sets" drawn;
                                                          HelloWorld timed the same way, to "hello")

With NAME=DIR arguments it compares builds: each DIR is a checkout (a variant made for the
comparison, say a copy in /tmp with one change) whose own ./sourcequiz builds its own jar and
class-data archive. Every round runs each command once per build and once for HelloWorld, in an
order that rotates from round to round, so that a machine whose load changes (this one is shared)
weighs on all of them alike; the medians are compared as ratios to the first build named, and
as the share of each other build's time that the first one saves.

Medians of RUNS rounds (default 20). Needs tmux (Debian: apt-get install tmux) and python3; the
processes are timed here, from fork to exit. Not part of `mvn verify`: timings are no test.
Usage: bench/startup.py [--runs RUNS] [--only home|commands] [NAME=DIR ...]   (no NAME=DIR: this checkout alone)"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGETS = {"--version": 3.0, "validate questions": 6.0, "Home drawn (tmux)": 4.0}


def need(tool):
    if shutil.which(tool) is None:
        sys.exit(f"bench/startup.py: needs {tool} (Debian: sudo apt-get install {tool})")


def process_ms(command, env=None):
    """Milliseconds from starting `command` to its exit, and the CPU time (user + system) it and
    its children took, which a loaded machine inflates far less than the wall time."""
    start = time.perf_counter()
    p = subprocess.Popen(command, cwd=HERE, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"bench/startup.py: {' '.join(command)} exited with {p.returncode}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def until_drawn(command, text, work, socket):
    """Milliseconds from starting `command` in a 100x30 tmux pane to `text` in what it wrote.

    The pane's output is streamed to a file (pipe-pane) and read here, so no tmux client is
    started while the program runs: polling capture-pane would steal the CPU being measured.
    A new server each time: a client that finds the last one still shutting down fails."""
    log = os.path.join(work, "pane.log")
    open(log, "w").close()
    # A socket of its own each time too: a new server on a name whose last one is still shutting
    # down can exit at once ("server exited unexpectedly").
    until_drawn.runs = getattr(until_drawn, "runs", 0) + 1
    tmux = ["tmux", "-L", f"{socket}-{until_drawn.runs}"]
    subprocess.run(tmux + ["new", "-d", "-s", "b", "-x", "100", "-y", "30", "-c", HERE,
                           f"read go; exec {command}"], check=True)
    subprocess.run(tmux + ["pipe-pane", "-t", "b", "-o", f"cat >> {log}"], check=True)
    # The pane's shell execs the command (and the launcher execs java): one process throughout.
    pid = subprocess.run(tmux + ["display", "-p", "-t", "b", "#{pane_pid}"], check=True,
                         capture_output=True, text=True).stdout.strip()
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
    cpu = cpu_ms(pid)
    subprocess.run(tmux + ["kill-server"], stderr=subprocess.DEVNULL)
    return elapsed, cpu


def cpu_ms(pid):
    """User + system time of a running process and its waited-for children, from /proc (in clock ticks)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) * 1000 / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--only", choices=["home", "commands"],
                        help="home: only Home drawn; commands: only the three commands (an old build may not read today's questions/)")
    parser.add_argument("builds", nargs="*", metavar="NAME=DIR")
    args = parser.parse_args()
    builds = [tuple(b.split("=", 1)) for b in args.builds] or [("this", HERE)]
    for tool in ("tmux", "javac"):
        need(tool)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as work:
        with open(os.path.join(work, "Hello.java"), "w") as f:
            f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
        subprocess.run(["javac", "-d", work, os.path.join(work, "Hello.java")], check=True)
        hello = ["java", "-cp", work, "Hello"]
        launcher = {name: os.path.join(os.path.abspath(d), "sourcequiz") for name, d in builds}
        home_env = {}
        for name, path in launcher.items():
            # Builds the jar and its class archive when needed, so no run below pays for them.
            subprocess.run([path, "--version"], check=True, stdout=subprocess.DEVNULL)
            home_env[name] = os.path.join(work, "data-" + name)
        # What is timed: (label, {build or "HelloWorld": a function giving one figure}).
        kinds = [("--version", ["--version"]), ("validate questions", ["validate", "questions"]), ("list", ["list"])]
        plans = []
        for label, argv in (kinds if args.only != "home" else []):
            runs = {"HelloWorld": lambda: process_ms(hello)}
            for name, path in launcher.items():
                env = dict(os.environ, SOURCEQUIZ_HOME=home_env[name])
                runs[name] = lambda path=path, argv=argv, env=env: process_ms([path] + argv, env)
            plans.append((label, runs))
        socket = f"sourcequiz-bench-{os.getpid()}-{{}}"
        home = {"HelloWorld": lambda: until_drawn("java -cp " + work + " Hello", "hello", work, socket.format("h"))}
        for name, path in launcher.items():
            home[name] = lambda name=name, path=path: until_drawn(
                f"env SOURCEQUIZ_HOME={home_env[name]} {path}", "Question sets", work, socket.format(name))
        if args.only != "commands":
            plans.append(("Home drawn (tmux)", home))

        figures = {label: {who: [] for who in runs} for label, runs in plans}
        for label, runs in plans:
            for run in runs.values():
                run()  # a warm-up each: the page cache, the first tmux server
        for i in range(args.runs):
            for label, runs in plans:
                order = list(runs)
                order = order[i % len(order):] + order[:i % len(order)]
                for who in order:
                    figures[label][who].append(runs[who]())
            print(f"round {i + 1} of {args.runs} done", file=sys.stderr)

    print(f"medians of {args.runs} interleaved rounds; load average (1 min) {load_before:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores")
    first = builds[0][0]
    print("wall: launch to exit (Home: to drawn); cpu: user + system time of the process tree (Home: until drawn, 10 ms ticks)")
    print(f"{'command':20} {'build':14} {'wall':>7} {'vs Hello':>8} {'target':>9}" + (f"  {'wall vs ' + first:>26}" if len(builds) > 1 else "")
          + f" {'cpu':>7}" + (f"  {'cpu vs ' + first:>13}" if len(builds) > 1 else ""))
    for label, runs in plans:
        wall = {who: statistics.median(w for w, _ in v) for who, v in figures[label].items()}
        cpu = {who: statistics.median(c for _, c in v) if v[0][1] is not None else None for who, v in figures[label].items()}
        base = wall["HelloWorld"]
        print(f"{label:20} {'HelloWorld':14} {base:5.0f}ms" + " " * (47 if len(builds) > 1 else 19)
              + (f" {cpu['HelloWorld']:5.0f}ms" if cpu["HelloWorld"] is not None else ""))
        for name, _ in builds:
            ratio = wall[name] / base
            target = TARGETS.get(label)
            mark = "" if target is None else f"{target:4.1f}x {'ok' if ratio <= target else 'NO'}"
            line = f"{'':20} {name:14} {wall[name]:5.0f}ms {ratio:7.2f}x {mark:>9}"
            if len(builds) > 1:
                line += f"  {saving(wall, name, first):>26}"
            if cpu[name] is not None:
                line += f" {cpu[name]:5.0f}ms" + (f"  {saving(cpu, name, first):>13}" if len(builds) > 1 else "")
            print(line)


def saving(medians, name, first):
    """How the first build compares: its median as a ratio, and the share of this one's time it saves."""
    if name == first:
        return ""
    return f"{medians[first] / medians[name]:.2f}x, {(1 - medians[first] / medians[name]) * 100:+.0f}%"


if __name__ == "__main__":
    main()
