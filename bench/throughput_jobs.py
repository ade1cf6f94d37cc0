"""Measure `textrepair --jobs 1` against `--jobs 2` on the benchmark corpus.

    python bench/throughput_jobs.py                 # builds /tmp/textrepair-bench/corpus.jsonl if missing
    python bench/throughput_jobs.py --repeats 5 --jobs 1 2 4

Each run is the whole command, as a user runs it (process start, reading,
repairing, writing the output atomically, the report), timed from outside.
Runs alternate between job counts so that a burst of load on a shared machine
hits both; the best and the median of the repeats are printed, with the
speed-up of each job count over --jobs 1.  Numbers are only meaningful on an
otherwise idle machine: check `uptime` before and after (both are printed).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", default="/tmp/textrepair-bench/corpus.jsonl")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    p.add_argument("--chunksize", type=int, default=32)
    args = p.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    corpus = Path(args.corpus)
    if not corpus.exists():
        corpus.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(corpus)], check=True, env=env)
    out_dir = corpus.parent
    print(f"corpus: {corpus} ({corpus.stat().st_size / 1e6:.1f} MB); cpus: {os.cpu_count()}; "
          f"load before: {os.getloadavg()[0]:.2f}")
    times: dict[int, list[float]] = {j: [] for j in args.jobs}
    for rep in range(args.repeats):
        for j in args.jobs:
            report = out_dir / f"report-{j}.json"
            cmd = [sys.executable, "-m", "textrepair", str(corpus), "--field", "text", "-o",
                   str(out_dir / f"out-{j}.jsonl"), "--jobs", str(j), "--chunksize", str(args.chunksize),
                   "--quiet", "--report", str(report)]
            t = time.perf_counter()
            subprocess.run(cmd, check=True, env=env, stderr=subprocess.DEVNULL)
            times[j].append(time.perf_counter() - t)
            docs = json.loads(report.read_text())["documents"]
            assert docs["in"] == docs["out"] + docs["rejected"] + docs["errors"], docs
            print(f"  run {rep + 1}: --jobs {j}: {times[j][-1]:.2f} s  ({docs})")
    base = min(times[args.jobs[0]])
    print(f"load after: {os.getloadavg()[0]:.2f}")
    print(f"{'jobs':>4}  {'best s':>7}  {'median s':>8}  {'docs/s':>7}  speed-up (best)")
    n = json.loads((out_dir / f"report-{args.jobs[0]}.json").read_text())["documents"]["in"]
    for j in args.jobs:
        best = min(times[j])
        print(f"{j:>4}  {best:7.2f}  {statistics.median(times[j]):8.2f}  {n / best:7.0f}  {base / best:.2f}x")
    if len(args.jobs) > 1:
        ok = base / min(times[args.jobs[1]]) >= 1.6
        print(f"--jobs {args.jobs[1]} >= 1.6x faster than --jobs {args.jobs[0]}: {'yes' if ok else 'NO'}")
    for j in args.jobs[1:]:
        a = (out_dir / f"out-{args.jobs[0]}.jsonl").read_bytes()
        b = (out_dir / f"out-{j}.jsonl").read_bytes()
        print(f"output of --jobs {j} identical to --jobs {args.jobs[0]}: {a == b}")


if __name__ == "__main__":
    main()
