#!/usr/bin/env python3
"""Scores `rauchmelder eval nab --results DIR` files with an independent Python port of
NAB's sweeper (nab/sweeper.py: calcSweepScore + calcScoreByThreshold) at a fixed
threshold, as a cross-check of src/detect/nab/nab_scorer.cpp (docs/detection.md).

    python3 tools/nab/score_results.py RESULTS_DIR WINDOWS_JSON PROFILE [THRESHOLD]

PROFILE is standard, low_fp or low_fn; THRESHOLD defaults to 0.5. Standard library only.
"""
import csv
import datetime
import json
import math
import os
import sys

PROFILES = {"standard": (1.0, 0.11, 1.0), "low_fp": (1.0, 0.22, 1.0), "low_fn": (1.0, 0.11, 2.0)}


def scaled_sigmoid(y):
    return -1.0 if y > 3.0 else 2.0 / (1.0 + math.exp(5.0 * y)) - 1.0


def parse(text):
    return datetime.datetime.strptime(text.split(".")[0], "%Y-%m-%d %H:%M:%S")


def score_file(times, scores, windows, tp, fp, fn, threshold):
    windows = [(parse(a), parse(b)) for a, b in windows]
    max_tp = scaled_sigmoid(-1.0)
    probation = min(math.floor(0.15 * len(times)), 0.15 * 5000)
    cur = cur_right = cur_width = prev_right = prev_width = None
    points = []
    for i, (t, a) in enumerate(zip(times, scores)):
        if windows and t == windows[0][0]:
            cur = windows.pop(0)
            cur_right = times.index(cur[1])
            cur_width = float(cur_right - times.index(cur[0]) + 1)
        if cur is not None:
            weight, name = scaled_sigmoid(-(cur_right - i + 1) / cur_width) * tp / max_tp, str(cur)
        else:
            name = None
            if prev_right is None:
                weight = -fp
            else:
                weight = scaled_sigmoid(abs(prev_right - i) / float(prev_width - 1)) * fp
        points.append((a, weight, "probationary" if i < probation else name))
        if cur is not None and t == cur[1]:
            prev_right, prev_width, cur = i, cur_width, None
    scorable = [p for p in points if p[2] != "probationary"]
    parts = {"fp": 0.0}
    for _, _, name in scorable:
        if name is not None:
            parts[name] = -fn
    for a, weight, name in scorable:
        if a >= threshold:
            if name is None:
                parts["fp"] += weight
            else:
                parts[name] = max(parts[name], weight)
    return sum(parts.values()), len(parts) - 1


def main():
    results, windows_json, profile = sys.argv[1], sys.argv[2], sys.argv[3]
    threshold = float(sys.argv[4]) if len(sys.argv) > 4 else 0.5
    tp, fp, fn = PROFILES[profile]
    raw_sum = null_sum = perfect_sum = 0.0
    for key, windows in sorted(json.load(open(windows_json)).items()):
        category, name = os.path.split(key)
        with open(os.path.join(results, category, "rauchmelder_" + name)) as f:
            rows = list(csv.DictReader(f))
        times = [parse(r["timestamp"]) for r in rows]
        scores = [float(r["anomaly_score"]) for r in rows]
        raw, n = score_file(times, scores, windows, tp, fp, fn, threshold)
        null, perfect = -fn * n, tp * n
        print(f"{key} {100 * (raw - null) / (perfect - null) if n else 0.0:.2f}")
        raw_sum, null_sum, perfect_sum = raw_sum + raw, null_sum + null, perfect_sum + perfect
    print(f"total {100 * (raw_sum - null_sum) / (perfect_sum - null_sum):.2f}")


if __name__ == "__main__":
    main()
