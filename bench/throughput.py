"""Throughput of `textrepair.repair` against the tools users already run (issue 6).

    pip install -e ".[bench]"
    python bench/throughput.py                        # 2,000 documents, medians of 5
    python bench/throughput.py --docs 500 --repeat 3  # quicker
    python bench/throughput.py --json /tmp/throughput.json
    python bench/throughput.py --profile 200          # cProfile of repair() over 200 documents

The corpus is built deterministically by `textrepair.corrupt`: document i is
``corrupt_article(clean_article(SEED + i), seed=SEED + i).corrupted``, a
seed-like damaged article (tokenised punctuation, curly apostrophes and
quotes, gaps, speaker tags, splices, debris).

Everything is timed in this one process over the same corpus: full `repair`;
each detector alone (``Config.only(kind)``); ``none`` (``Config.only()``, no
detector: the fixed cost of checking, building the shared `Document`,
resolving and applying); and the anchors ftfy.fix_text, sacremoses
``MosesDetokenizer(lang="en").detokenize(text.split())`` and NLTK
``TreebankWordDetokenizer().detokenize(text.split())``.  Repeats are
interleaved (round 1 of every candidate, then round 2, ...) so that a burst of
load on a shared machine hits all of them; the median of the rounds is
reported.  MB/s counts UTF-8 bytes of input.  The ratios are full repair's
MB/s over each anchor's (issue 6 asks for >= 1.0x sacremoses and >= 2x ftfy).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import gc
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import textrepair
from textrepair import Config, Kind
from textrepair.corrupt import clean_article, corrupt_article

#: The first generator seed of the corpus; document i uses SEED + i.
SEED = 0

Candidate = Callable[[str], object]


def build_corpus(n: int, seed: int = SEED) -> list[str]:
    """`n` corrupted seed-like articles; the same `n` and `seed` give the same corpus."""
    return [corrupt_article(clean_article(seed + i), seed=seed + i).corrupted for i in range(n)]


def anchor_candidates() -> dict[str, Candidate]:
    """The third-party anchors, imported only when asked for (the ``bench`` extra)."""
    try:
        import ftfy
        from nltk.tokenize.treebank import TreebankWordDetokenizer
        from sacremoses import MosesDetokenizer
    except ImportError as exc:
        sys.exit(
            f"bench/throughput.py: the anchors need the bench extra ({exc}); "
            'install them with  pip install -e ".[bench]"  or run with --no-anchors'
        )
    moses = MosesDetokenizer(lang="en")
    treebank = TreebankWordDetokenizer()
    return {
        "ftfy": ftfy.fix_text,
        "sacremoses": lambda t: moses.detokenize(t.split()),
        "nltk": lambda t: treebank.detokenize(t.split()),
    }


def repair_candidates() -> dict[str, Candidate]:
    """Full repair, each detector alone, and no detector at all."""
    out: dict[str, Candidate] = {"repair (all)": textrepair.repair}
    for kind in Kind:
        config = Config.only(kind)
        out[f"only {kind.value}"] = lambda t, c=config: textrepair.repair(t, config=c)
    none = Config.only()
    out["none (overhead)"] = lambda t: textrepair.repair(t, config=none)
    return out


def time_once(func: Candidate, docs: list[str]) -> float:
    gc.collect()
    start = time.perf_counter()
    for doc in docs:
        func(doc)
    return time.perf_counter() - start


def measure(candidates: dict[str, Candidate], docs: list[str], repeat: int, *, quiet: bool = False) -> dict[str, list[float]]:
    """Seconds per pass over `docs`, `repeat` interleaved rounds per candidate."""
    warm = docs[:20]
    for func in candidates.values():  # compile patterns, fill import-time tables
        time_once(func, warm)
    times: dict[str, list[float]] = {name: [] for name in candidates}
    for rnd in range(repeat):
        for name, func in candidates.items():
            times[name].append(time_once(func, docs))
        if not quiet:
            print(f"  round {rnd + 1}/{repeat}: " + ", ".join(f"{n} {t[-1]:.2f}s" for n, t in times.items()),
                  file=sys.stderr, flush=True)
    return times


def machine() -> dict[str, object]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--", "textrepair"], cwd=ROOT,
                                    capture_output=True, text=True, check=True).stdout.strip())
    except (OSError, subprocess.CalledProcessError):
        commit, dirty = "unknown", False
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "textrepair_uncommitted_changes": dirty,
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "load_avg_1min": round(os.getloadavg()[0], 2),
    }


def describe(info: dict[str, object]) -> str:
    """One line: when, at which commit, on what, under how much load."""
    dirty = " (+ uncommitted textrepair changes)" if info["textrepair_uncommitted_changes"] else ""
    return (f"{info['date']}  commit {info['commit']}{dirty}  {info['cpus']} CPUs {info['cpu_model']}  "
            f"Python {info['python']}  load {info['load_avg_1min']} -> {info.get('load_avg_1min_after', '?')}")


def report(times: dict[str, list[float]], mb: float) -> tuple[str, dict[str, float]]:
    """The printed table and each candidate's median MB/s."""
    rate = {name: mb / statistics.median(t) for name, t in times.items()}
    full = rate.get("repair (all)")
    lines = [f"{'candidate':<22} {'median s':>9} {'min s':>8} {'MB/s':>8} {'x repair':>9}"]
    for name, t in times.items():
        rel = f"{rate[name] / full:8.2f}x" if full else ""
        lines.append(f"{name:<22} {statistics.median(t):9.3f} {min(t):8.3f} {rate[name]:8.2f} {rel:>9}")
    if full:
        lines.append("")
        for anchor, bar in (("sacremoses", 1.0), ("ftfy", 2.0), ("nltk", None)):
            if anchor in rate:
                ratio = full / rate[anchor]
                goal = f"  (goal >= {bar:.1f}x: {'met' if ratio >= bar else 'NOT met'})" if bar else ""
                lines.append(f"repair / {anchor:<10} = {ratio:5.2f}x{goal}")
    return "\n".join(lines), rate


def profile(docs: list[str], top: int = 15) -> str:
    """cProfile of full `repair` over `docs`: the top functions by cumulative and by own time."""
    textrepair.repair(docs[0])
    prof = cProfile.Profile()
    prof.enable()
    for doc in docs:
        textrepair.repair(doc)
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).strip_dirs()
    out.write(f"cProfile of repair() over {len(docs)} documents ({sum(len(d.encode()) for d in docs) / 1e6:.2f} MB)\n")
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--docs", type=int, default=2000, help="documents in the corpus (default 2000)")
    p.add_argument("--repeat", type=int, default=5, help="timed rounds per candidate; the median is shown (default 5)")
    p.add_argument("--seed", type=int, default=SEED, help=f"first generator seed (default {SEED})")
    p.add_argument("--json", metavar="PATH", help="also write the results as JSON here")
    p.add_argument("--no-anchors", action="store_true", help="skip ftfy, sacremoses and NLTK")
    p.add_argument("--only", nargs="+", metavar="NAME",
                   help="time only these candidates (e.g. 'repair (all)' sacremoses ftfy)")
    p.add_argument("--profile", type=int, metavar="N", help="instead of timing, cProfile repair() over N documents")
    args = p.parse_args(argv)
    if args.docs < 1 or args.repeat < 1:
        p.error("--docs and --repeat must be at least 1")

    info = machine()
    if args.profile:
        print(profile(build_corpus(args.profile, args.seed)))
        return
    anchors = {} if args.no_anchors else anchor_candidates()  # fail before the slow corpus build
    t0 = time.perf_counter()
    docs = build_corpus(args.docs, args.seed)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {mb:.2f} MB UTF-8 (mean {mb * 1e6 / len(docs):.0f} bytes), "
          f"seed {args.seed}, built in {time.perf_counter() - t0:.1f} s", flush=True)
    candidates = {**repair_candidates(), **anchors}
    if args.only:
        unknown = set(args.only) - set(candidates)
        if unknown:
            p.error(f"unknown candidate(s) {sorted(unknown)}; choose from {list(candidates)}")
        candidates = {k: v for k, v in candidates.items() if k in args.only}
    times = measure(candidates, docs, args.repeat)
    info["load_avg_1min_after"] = round(os.getloadavg()[0], 2)
    table, rate = report(times, mb)
    print(describe(info))
    print(f"{len(docs)} documents, {mb:.2f} MB, median of {args.repeat}")
    print(table)
    if args.json:
        Path(args.json).write_text(json.dumps({
            "machine": info, "docs": len(docs), "mb": mb, "repeat": args.repeat, "seed": args.seed,
            "seconds": times, "mb_per_s": rate,
        }, indent=2) + "\n")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
