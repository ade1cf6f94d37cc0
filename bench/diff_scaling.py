"""How `unified_diff` and `inline_diff` scale with document length.

    python bench/diff_scaling.py

Dense: the seed article repeated on one line (the worst case for a line
diff), 7 KB ... 3.8 MB, edits everywhere (one long hunk).  Sparse: clean
sentences with a gap every 20th sentence (thousands of small hunks).  The
edits are computed once per size, then only the diff views are timed (best
of 3).  Linear scaling shows as a flat MB/s column.
"""

from __future__ import annotations

import time
from pathlib import Path

from textrepair import repair
from textrepair.diff import inline_diff, unified_diff

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3ab38929497f8cf9.txt"


def best(f, *args, **kw) -> float:
    times = []
    for _ in range(3):
        t = time.perf_counter()
        f(*args, **kw)
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    body = SEED.read_text(encoding="utf-8").split("\n")[0]
    print(f"{'case':>11}  {'size':>9}  {'edits':>7}  {'unified s':>9}  {'MB/s':>6}  {'inline s':>8}  {'MB/s':>6}")
    sparse = " ".join(
        f"Sentence {i} stays as it was written." if i % 20 else f"Sentence {i} lost a    word." for i in range(400)
    )
    cases = [(f"dense x{c}", " ".join([body] * c)) for c in (1, 8, 64, 512)]
    cases += [(f"sparse x{c}", " ".join([sparse] * c)) for c in (1, 8, 64)]
    for name, text in cases:
        edits = repair(text).edits
        u = best(unified_diff, text, edits)
        i = best(inline_diff, text, edits)
        mb = len(text.encode()) / 1e6
        print(f"{name:>11}  {mb * 1e3:7.0f}KB  {len(edits):7d}  {u:9.4f}  {mb / u:6.1f}  {i:8.4f}  {mb / i:6.1f}")


if __name__ == "__main__":
    main()
