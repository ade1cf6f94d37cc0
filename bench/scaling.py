"""Time per megabyte and peak memory of `textrepair.repair` on one document of growing size (issue 6).

    python bench/scaling.py                         # 10 KB, 100 KB, 1 MB, 10 MB
    python bench/scaling.py --sizes 10K 1M          # a quicker look
    python bench/scaling.py --json /tmp/scaling.json

The document is generated articles (``textrepair.corrupt``, the same seeds as
bench/throughput.py) joined with newlines and cut at each size in UTF-8 bytes,
so every size is a prefix of the next.  Time: each size is timed in this
process, median of --repeat samples (3); a sample repeats `repair` until it
has run for at least --min-sample seconds (so 10 KB is not a
timer-resolution number) and divides.  The largest size gets one sample, and
two more if that one took under --big-budget seconds.

Memory: each size is repaired once more in a fresh child process, which
reports the tracemalloc peak of the `repair` call (Python allocations only,
the input excluded, the result included) and how far the process's peak
resident size (VmHWM) rose above its resident size just before the call (the
whole process, C allocations included; coarse).  Both are divided by
the input's UTF-8 size; a str of this text takes about 2 bytes per character
(curly quotes make CPython store it as UCS-2), so 2x is the floor for any copy.

Issue 6's bar: time/MB at 10 MB within 1.3x of that at 10 KB; peak <= 20x input.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from throughput import describe, machine  # bench/ is on sys.path: it is the script's folder

import textrepair
from textrepair.corrupt import clean_article, corrupt_article

SEED = 0
UNITS = {"K": 1_000, "M": 1_000_000}


def parse_size(text: str) -> int:
    """``10K`` -> 10000, ``1M`` -> 1000000, ``512`` -> 512 (bytes; decimal units)."""
    unit = UNITS.get(text[-1:].upper())
    try:
        return int(float(text[:-1]) * unit) if unit else int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 10K, 1M or 512, got {text!r}") from None


def label(size: int) -> str:
    return f"{size / 1e6:g} MB" if size >= 1_000_000 else f"{size / 1e3:g} KB"


def build_document(size: int, seed: int = SEED) -> str:
    """Generated articles joined with newlines, cut to `size` UTF-8 bytes (at a character end)."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        text = corrupt_article(clean_article(seed + i), seed=seed + i).corrupted
        parts.append(text)
        total += len(text.encode("utf-8")) + 1
        i += 1
    return "\n".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")


def sample(text: str, min_seconds: float) -> float:
    """Seconds per `repair(text)`, from as many calls as fill `min_seconds`."""
    gc.collect()
    calls = 0
    start = time.perf_counter()
    while True:
        textrepair.repair(text)
        calls += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return elapsed / calls


def _rss(field: str) -> int:
    """Resident bytes now (``VmRSS``) or at the peak (``VmHWM``), from /proc; else ru_maxrss.

    Not ru_maxrss where /proc exists: Linux carries the parent's peak into a
    child across exec, so a child's ru_maxrss can start above its own peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def memory_child(path: str) -> None:
    """Run in a fresh process: repair the file's text once, print the memory figures as JSON."""
    text = Path(path).read_text(encoding="utf-8")
    textrepair.repair(text[:2000])  # imports and pattern compilation are not the document's cost
    gc.collect()
    try:  # reset VmHWM to the current RSS, so the peak read after is this call's
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    rss_before = _rss("VmRSS")
    result = textrepair.repair(text)
    rss_after = _rss("VmHWM")
    del result
    gc.collect()
    tracemalloc.start()
    result = textrepair.repair(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"tracemalloc_peak": peak, "rss_delta": rss_after - rss_before,
                      "rss_before": rss_before, "edits": len(result.edits)}))


def memory(text: str) -> dict[str, int]:
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write(text)
    try:
        out = subprocess.run([sys.executable, __file__, "--memory-child", f.name], capture_output=True,
                             text=True, check=True).stdout
    finally:
        Path(f.name).unlink()
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", nargs="+", type=parse_size, default=[10_000, 100_000, 1_000_000, 10_000_000],
                   help="document sizes in UTF-8 bytes, e.g. 10K 100K 1M 10M (the default)")
    p.add_argument("--repeat", type=int, default=3, help="samples per size; the median is shown (default 3)")
    p.add_argument("--min-sample", type=float, default=0.5, help="seconds a sample runs at least (default 0.5)")
    p.add_argument("--big-budget", type=float, default=40.0,
                   help="the largest size is repeated only if one run takes less than this (default 40 s)")
    p.add_argument("--no-memory", action="store_true", help="skip the memory runs")
    p.add_argument("--json", metavar="PATH", help="also write the results as JSON here")
    p.add_argument("--memory-child", metavar="FILE", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.memory_child:
        memory_child(args.memory_child)
        return
    sizes = sorted(args.sizes)
    info = machine()

    t0 = time.perf_counter()
    full = build_document(sizes[-1])
    print(f"document: {len(full.encode('utf-8')) / 1e6:.2f} MB, {len(full):,} characters, "
          f"built in {time.perf_counter() - t0:.1f} s", flush=True)
    textrepair.repair(full[:2000])
    rows = []
    for size in sizes:
        text = full.encode("utf-8")[:size].decode("utf-8", "ignore")
        nbytes = len(text.encode("utf-8"))
        if size == sizes[-1] and len(sizes) > 1:
            first = sample(text, 0.0)
            times = [first] + ([sample(text, 0.0) for _ in range(args.repeat - 1)] if first < args.big_budget else [])
        else:
            times = [sample(text, args.min_sample) for _ in range(args.repeat)]
        median = statistics.median(times)
        row = {"size": size, "bytes": nbytes, "chars": len(text), "seconds": times, "median_s": median,
               "s_per_mb": median / (nbytes / 1e6)}
        if not args.no_memory:
            row.update(memory(text))
            row["peak_x_input"] = row["tracemalloc_peak"] / nbytes
            row["rss_x_input"] = row["rss_delta"] / nbytes
        rows.append(row)
        print(f"  {label(size)}: {median:.3f} s (samples {', '.join(f'{t:.3f}' for t in times)})"
              + (f", tracemalloc peak {row['peak_x_input']:.1f}x input" if "peak_x_input" in row else ""),
              file=sys.stderr, flush=True)

    info["load_avg_1min_after"] = round(os.getloadavg()[0], 2)
    print(describe(info))
    print(f"{'size':>8} {'samples':>7} {'median s':>9} {'s/MB':>7} {'MB/s':>6} {'x s/MB@' + label(sizes[0]):>12}"
          + ("" if args.no_memory else f" {'tracemalloc peak':>17} {'x input':>8} {'peak RSS rise':>13} {'x input':>8}"))
    base = rows[0]["s_per_mb"]
    for r in rows:
        line = (f"{label(r['size']):>8} {len(r['seconds']):>7} {r['median_s']:9.3f} {r['s_per_mb']:7.3f} "
                f"{1 / r['s_per_mb']:6.2f} {r['s_per_mb'] / base:11.2f}x")
        if not args.no_memory:
            line += (f" {r['tracemalloc_peak'] / 1e6:14.1f} MB {r['peak_x_input']:7.1f}x"
                     f" {r['rss_delta'] / 1e6:10.1f} MB {r['rss_x_input']:7.1f}x")
        print(line)
    ratio = rows[-1]["s_per_mb"] / base
    print(f"\ntime/MB at {label(sizes[-1])} / time/MB at {label(sizes[0])} = {ratio:.2f}x "
          f"(goal <= 1.3x: {'met' if ratio <= 1.3 else 'NOT met'})")
    if not args.no_memory:
        worst = max(r["peak_x_input"] for r in rows)
        print(f"largest tracemalloc peak = {worst:.1f}x input (goal <= 20x: {'met' if worst <= 20 else 'NOT met'})")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": info, "rows": rows, "time_ratio": ratio}, indent=2) + "\n")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
