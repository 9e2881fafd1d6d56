#!/usr/bin/env python3
"""Writes a class's results files for the analyze benchmark, in the shape `quiz --results` writes.

Usage: bench/analyze-results.py DIR [FILES] [QUESTIONS]. Deterministic (seeded): each student has an
ability, each question a difficulty; a third of the questions are choice questions with four
options, the rest numbers. Every file holds the tallies a real one holds, so its size is real too.
"""
import json
import os
import random
import sys
import uuid

out = sys.argv[1]
files = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
count = int(sys.argv[3]) if len(sys.argv) > 3 else 50
rnd = random.Random(17)
questions = []
for i in range(count):
    kind = "choice" if i % 3 == 0 else "number"
    questions.append({"id": "bench-q%02d" % i, "kind": kind, "difficulty": rnd.uniform(-1.5, 1.5),
                      "options": ["option %d of q%02d" % (k, i) for k in range(4)] if kind == "choice" else None})
os.makedirs(out, exist_ok=True)
for s in range(files):
    ability = rnd.gauss(0, 1)
    qs = []
    right_total = 0
    for q in questions:
        right = rnd.random() < 1 / (1 + 2.718281828 ** (q["difficulty"] - ability))
        skipped = not right and rnd.random() < 0.05
        if q["kind"] == "choice":
            expected = q["options"][0]
            given = "" if skipped else expected if right else rnd.choice(q["options"][1:])
        else:
            expected = "65,089"
            given = "" if skipped else "65089" if right else str(rnd.randint(1000, 99999))
        right_total += right
        qs.append({"id": q["id"], "set": "bench", "source": "integration-imitation", "kind": q["kind"],
                   "tags": ["bench"], "verdict": "skipped" if skipped else "right" if right else "wrong",
                   "points": 1.0 if right else 0.0, "max_points": 1.0, "seconds": round(rnd.uniform(3, 40), 3),
                   "given": given, "expected": expected})
    tally = {"questions": count, "right": right_total, "partial": 0, "wrong": count - right_total, "skipped": 0,
             "points": float(right_total), "max_points": float(count), "percentage": round(100 * right_total / count, 2)}
    doc = {"session": str(uuid.UUID(int=rnd.getrandbits(128))), "profile": "student-%05d" % s,
           "finished": "2026-03-02T09:%02d:%02dZ" % (s // 60 % 60, s % 60), "mode": "exam", "seed": 42,
           "selection": {"sets": ["bench"], "tags": [], "sources": [], "kinds": [], "count": count},
           "points": float(right_total), "max_points": float(count), "percentage": tally["percentage"],
           "seconds": 600.0, "time_up": False, "not_reached": 0, "longest_streak": 5, "questions": qs,
           "by_set": {"bench": tally}, "by_tag": {"bench": tally}, "by_source": {"integration-imitation": tally},
           "by_kind": {"choice": tally, "number": tally}, "missed": []}
    with open(os.path.join(out, "student-%05d.json" % s), "w", encoding="utf-8") as f:
        # Jackson's indenting printer writes "key" : value; indent 2 is the same size.
        json.dump(doc, f, indent=2, ensure_ascii=False, separators=(",", " : "))
        f.write("\n")
