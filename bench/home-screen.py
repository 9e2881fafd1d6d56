#!/usr/bin/env python3
"""Time from launching ./sourcequiz to its home screen drawn in tmux, against a Java HelloWorld
run the same way in the same run. Needs tmux and python3 (Debian packages) and a built jar.
Usage: bench/home-screen.py [RUNS]"""
import os, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 10
TMUX = ["tmux", "-L", "sourcequiz-bench"]

def until(command, text):
    subprocess.run(TMUX + ["kill-server"], stderr=subprocess.DEVNULL)
    start = time.perf_counter()
    subprocess.run(TMUX + ["new", "-d", "-s", "b", "-x", "100", "-y", "30", command + "; sleep 5"], check=True)
    while text not in subprocess.run(TMUX + ["capture-pane", "-p", "-t", "b"], capture_output=True, text=True).stdout:
        time.sleep(0.005)
    elapsed = (time.perf_counter() - start) * 1000
    subprocess.run(TMUX + ["kill-server"], stderr=subprocess.DEVNULL)
    return elapsed

with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "Hello.java"), "w") as f:
        f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
    subprocess.run(["javac", "-d", tmp, os.path.join(tmp, "Hello.java")], check=True)
    hello, home = [], []
    for _ in range(RUNS):
        hello.append(until(f"java -cp {tmp} Hello", "hello"))
        home.append(until(f"SOURCEQUIZ_HOME={tmp}/data {HERE}/sourcequiz", "Question sets"))
    h, q = statistics.median(hello), statistics.median(home)
    print(f"HelloWorld      median {h:6.0f} ms  (n={RUNS})")
    print(f"home screen     median {q:6.0f} ms  ratio {q / h:.1f}x HelloWorld")
