"""The quality report: how well `repair` finds and fixes generated damage.

Run it as ``python -m textrepair.evaluate --docs 300 --seed 0``.  For each of
`docs` articles written and damaged by `textrepair.corrupt` (document ``i``
uses seed ``seed + i``; 20 to 45 sentences; damage at the seed article's
density unless ``--intensity`` says otherwise), it runs `repair`, matches the
edits against the ground truth and reports:

- per-kind **precision** (edits of that kind that touch damage, over all
  edits of the kind: `Damage.excuses`, i.e. they match some damage accepting
  the kind, or are pasted-copy kinds overlapping pasted-copy damage) and
  **recall** (damage spans of that kind matched by some edit:
  `Damage.matched_by`, accepted kind and overlapping spans), and **outside**:
  words the edits of that kind replaced or removed that lie outside every
  damage span (an edit can overlap damage and still take good words with it), with splices split into ``splice/short`` and
  ``splice/long``.  "Matches" is defined by `Damage.matched_by`: accepted kind
  and overlapping spans.  Precision for ``splice/short`` and ``splice/long``
  attributes each splice edit to the label of the damage it matches (an
  unmatched one to the label its own word count suggests);
- **residual damage**: summed word-level Levenshtein distance between the
  repaired and the achievable text, over the same between the corrupted and
  the achievable text (0 is perfect, 1 is no better than doing nothing);
- **throughput**: megabytes of corrupted text repaired per second (repair
  only; generation is not timed).

The generated documents come from the generator's own templates.  To see how
the detectors do on prose they were not tuned on, damage your own clean
articles instead: ``--prose article.txt`` (repeatable; a ``.json`` file holds
a list of articles, as strings or as objects with an ``"input"``) makes
`docs` documents by damaging the articles in turn with seeds ``seed``,
``seed + 1`` ... (`textrepair.corrupt.corrupt_text`).

Call `evaluate` from Python to get the numbers as a `QualityReport`:

>>> report = evaluate(docs=3, seed=0)
>>> 0.0 <= report.recall["gap"] <= 1.0
True
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import regex

from .config import Config
from .corrupt import (
    CorruptedArticle,
    Damage,
    clean_article,
    corrupt_article,
    corrupt_text,
    word_distance,
)
from .edits import Edit, Kind
from .pipeline import repair

__all__ = [
    "LABELS", "REPORT_INTENSITY", "QualityReport", "Tally", "damage_prose", "evaluate", "generate", "main", "score_edits"
]

#: The report's damage level: the density of the real damaged article the
#: generator is modelled on (the generator's own default is half of it).
REPORT_INTENSITY = 1.0

_WORD = regex.compile(r"\w+")

#: The labels reported, in order: one per kind, splices split by length.
LABELS: tuple[str, ...] = (
    "spacing",
    "gap",
    "speaker_tag",
    "splice/long",
    "splice/short",
    "repeated_word",
    "debris",
    "pronoun",
)


@dataclass
class Tally:
    """Counts behind precision and recall for one label."""

    found: int = 0  # damage spans matched by an edit
    missed: int = 0  # damage spans matched by no edit
    right: int = 0  # edits that match some damage
    wrong: int = 0  # edits that match none
    outside: int = 0  # words outside every damage span that the edits removed or replaced

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.missed += other.missed
        self.right += other.right
        self.wrong += other.wrong
        self.outside += other.outside

    @property
    def precision(self) -> float:
        """Right edits over all edits; 1.0 when there were no edits."""
        n = self.right + self.wrong
        return self.right / n if n else 1.0

    @property
    def recall(self) -> float:
        """Found damage over all damage; 1.0 when there was no damage."""
        n = self.found + self.missed
        return self.found / n if n else 1.0


def _edit_label(edit: Edit, matched: Sequence[Damage]) -> str:
    if edit.kind is not Kind.SPLICE:
        return str(edit.kind.value)
    for d in matched:
        if d.kind is Kind.SPLICE:
            return d.label
    return "splice/long" if len(edit.old.split()) >= 3 else "splice/short"


def score_edits(article: CorruptedArticle, edits: Iterable[Edit]) -> dict[str, Tally]:
    """Match `edits` (made on ``article.corrupted``) against the article's damage.

    Returns a `Tally` per label.  Linear in the number of edits and damage
    spans (both sorted; each edit is compared only with the damage it can
    overlap).

    >>> from textrepair.corrupt import corrupt_text
    >>> art = corrupt_text("Aleppo, Syria, was hit.", kinds={"spacing"})
    >>> t = score_edits(art, repair(art.corrupted).edits)["spacing"]
    >>> (t.found, t.missed, t.right, t.wrong)
    (3, 0, 3, 0)
    """
    tallies = {label: Tally() for label in LABELS}
    damage = article.damage
    text = article.corrupted
    # Damage as merged intervals, to tell whether an edited word was damaged.
    merged: list[list[int]] = []
    for d in damage:
        if merged and d.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], d.end)
        else:
            merged.append([d.start, d.end])
    starts = [m[0] for m in merged]
    hit = [False] * len(damage)
    ends = sorted(range(len(damage)), key=lambda i: damage[i].start)
    # A damage span can overlap an edit only if it starts before the edit ends;
    # spans are short, so a moving window over damage sorted by start suffices.
    edits = sorted(edits, key=lambda e: (e.start, e.end))
    lo = 0
    longest = max((d.end - d.start for d in damage), default=0)
    for e in edits:
        while lo < len(ends) and damage[ends[lo]].start < e.start - longest - 1:
            lo += 1
        matched: list[Damage] = []
        excused: list[Damage] = []
        k = lo
        while k < len(ends) and damage[ends[k]].start <= e.end:
            d = damage[ends[k]]
            if d.matched_by(e):
                matched.append(d)
                hit[ends[k]] = True
            elif d.excuses(e):
                excused.append(d)
            k += 1
        label = _edit_label(e, matched or excused)
        tally = tallies.setdefault(label, Tally())
        if matched or excused:
            tally.right += 1
        else:
            tally.wrong += 1
        # Words outside the damage that the edit does not keep (`he <copy>` ->
        # `he said` keeps `he`).
        kept = Counter(_WORD.findall(e.new))
        for w in _WORD.finditer(text, e.start, e.end):
            q = bisect.bisect_right(starts, w.start()) - 1
            if q < 0 or merged[q][1] <= w.start():
                if kept[w.group()] > 0:
                    kept[w.group()] -= 1
                else:
                    tally.outside += 1
    for d, h in zip(damage, hit):
        tally = tallies.setdefault(d.label, Tally())
        if h:
            tally.found += 1
        else:
            tally.missed += 1
    return tallies


@dataclass
class QualityReport:
    """The numbers `evaluate` measures.  `precision` and `recall` are keyed by label."""

    docs: int
    seed: int
    intensity: float
    tallies: dict[str, Tally]
    residual: float
    bytes: int
    seconds: float
    words_damaged: int = 0
    words_left: int = 0
    config: Config = field(default_factory=Config)
    generated: bool = True  # False when the documents were passed in (seed and intensity unknown)

    @property
    def precision(self) -> Mapping[str, float]:
        return {k: t.precision for k, t in self.tallies.items()}

    @property
    def recall(self) -> Mapping[str, float]:
        return {k: t.recall for k, t in self.tallies.items()}

    def to_dict(self) -> dict[str, object]:
        """The numbers as a JSON-ready dict (``--json``)."""
        return {
            "docs": self.docs,
            "seed": self.seed if self.generated else None,
            "intensity": self.intensity if self.generated else None,
            "kinds": {
                label: {
                    "damage": t.found + t.missed,
                    "found": t.found,
                    "recall": round(t.recall, 4),
                    "edits": t.right + t.wrong,
                    "right": t.right,
                    "precision": round(t.precision, 4),
                    "outside": t.outside,
                }
                for label, t in self.tallies.items()
            },
            "residual": round(self.residual, 4),
            "throughput_mb_s": round(self.throughput, 3),
        }

    @property
    def throughput(self) -> float:
        """Megabytes (10^6 bytes of UTF-8) repaired per second."""
        return self.bytes / 1e6 / self.seconds if self.seconds > 0 else float("inf")

    def format(self) -> str:
        """The report as printed by ``python -m textrepair.evaluate``."""
        lines = [
            (
                f"textrepair quality report: {self.docs} generated documents, seed {self.seed}, "
                f"intensity {self.intensity:g}"
                if self.generated
                else f"textrepair quality report: {self.docs} given documents"
            ),
            "",
            (
                f"{'kind':<15}{'damage':>8}{'found':>8}{'recall':>9}{'edits':>8}{'right':>8}{'precision':>11}"
                f"{'outside':>9}"
            ),
        ]
        for label in LABELS:
            t = self.tallies.get(label, Tally())
            lines.append(
                f"{label:<15}{t.found + t.missed:>8}{t.found:>8}{_pct(t.recall, t.found + t.missed):>9}"
                f"{t.right + t.wrong:>8}{t.right:>8}{_pct(t.precision, t.right + t.wrong):>11}"
                f"{t.outside:>9}"
            )
        lines += [
            "",
            (
                f"residual damage: {self.residual:.3f}  (word edits left {self.words_left} "
                f"/ word edits in the corrupted text {self.words_damaged})"
            ),
            (
                f"throughput: {self.throughput:.2f} MB/s  ({self.bytes / 1e6:.2f} MB in {self.seconds:.2f} s, "
                "repair only)"
            ),
        ]
        return "\n".join(lines)


def _pct(x: float, n: int) -> str:
    return f"{100 * x:.1f}%" if n else "-"


def generate(docs: int, seed: int = 0, *, intensity: float = REPORT_INTENSITY,
             sentences: tuple[int, int] = (20, 45)) -> list[CorruptedArticle]:
    """The evaluation documents: article ``i`` is written and damaged with seed ``seed + i``."""
    import random

    out = []
    for i in range(docs):
        rng = random.Random(seed + i)
        n = rng.randint(*sentences)
        out.append(corrupt_article(clean_article(rng, sentences=n), seed + i, intensity=intensity))
    return out


def damage_prose(
    articles: Sequence[str], docs: int, seed: int = 0, *, intensity: float = REPORT_INTENSITY
) -> list[CorruptedArticle]:
    """`docs` documents made from your own clean `articles`: document ``i``
    is article ``i % len(articles)`` damaged with seed ``seed + i``.

    >>> for d in damage_prose(["Homs, Syria, was hit on Sunday."], 2, seed=3):
    ...     print(repr(d.corrupted))
    'Homs , Syria , was hit on Sunday .\\n Sunday Syria Sunday '
    'Homs , Syria , was hit on Sunday .\\n Sunday Syria Syria '
    """
    if not articles:
        raise ValueError("damage_prose() needs at least one article")
    return [
        corrupt_text(articles[i % len(articles)], seed + i, intensity=intensity) for i in range(docs)
    ]


def read_prose(paths: Iterable[str]) -> list[str]:
    """The clean articles in `paths`: a ``.json`` file is a list of articles
    (strings, or objects with an ``"input"``); any other file is one article."""
    out: list[str] = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            if not path.endswith(".json"):
                out.append(f.read())
                continue
            data = json.load(f)
        items = data if isinstance(data, list) else [data]
        for k, item in enumerate(items):
            article = item.get("input") if isinstance(item, dict) else item
            if not isinstance(article, str):
                raise ValueError(f"{path}: item {k} is neither a string nor an object with a string \"input\"")
            out.append(article)
    return out


def evaluate(
    docs: int = 300,
    seed: int = 0,
    *,
    intensity: float = REPORT_INTENSITY,
    config: Config | None = None,
    articles: Sequence[CorruptedArticle] | None = None,
) -> QualityReport:
    """Generate `docs` damaged articles, repair them and measure the result.

    Pass `config` to measure a variant (``Config(splice=False)``) or
    `articles` to reuse documents across runs while tuning.
    """
    if isinstance(docs, bool) or not isinstance(docs, int) or docs < 1:
        raise ValueError(f"evaluate() takes docs as a positive int, got {docs!r}")
    config = config or Config()
    generated = articles is None
    if articles is None:
        articles = generate(docs, seed, intensity=intensity)
    tallies = {label: Tally() for label in LABELS}
    left = damaged = 0
    nbytes = 0
    seconds = 0.0
    for art in articles:
        t0 = time.perf_counter()
        result = repair(art.corrupted, config=config)
        seconds += time.perf_counter() - t0
        nbytes += len(art.corrupted.encode("utf-8"))
        for label, t in score_edits(art, result.edits).items():
            tallies.setdefault(label, Tally()).add(t)
        damaged += word_distance(art.corrupted, art.achievable)
        left += word_distance(result.text, art.achievable)
    residual = left / damaged if damaged else 0.0
    return QualityReport(
        len(articles), seed, intensity, tallies, residual, nbytes, seconds, damaged, left, config, generated
    )


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: ``python -m textrepair.evaluate [--docs N] [--seed S] [--intensity X]``."""
    parser = argparse.ArgumentParser(
        prog="python -m textrepair.evaluate",
        description="Measure textrepair on generated damaged articles: per-kind precision and recall, "
        "residual damage, throughput.",
    )
    parser.add_argument("--docs", type=int, default=300, help="number of generated documents (default 300)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first document (default 0)")
    parser.add_argument(
        "--intensity", type=float, default=REPORT_INTENSITY,
        help=f"damage level, 0 to 1 (default {REPORT_INTENSITY:g}: the seed article's density)",
    )
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--off", action="append", default=[], metavar="KIND",
                        help="switch a detector off (repeatable), e.g. --off gap")
    parser.add_argument("--prose", action="append", default=[], metavar="PATH",
                        help="damage your own clean articles instead of generated ones (repeatable; a .json "
                        "file holds a list of articles)")
    args = parser.parse_args(argv)
    if args.docs < 1:
        print("textrepair error: --docs must be at least 1", file=sys.stderr)
        return 2
    if not 0 <= args.intensity <= 1:
        print("textrepair error: --intensity must be between 0 and 1", file=sys.stderr)
        return 2
    try:
        config = Config().replace(**{Kind(k).value: False for k in args.off})
    except ValueError:
        print(f"textrepair error: --off takes a kind: {', '.join(k.value for k in Kind)}", file=sys.stderr)
        return 2
    articles = None
    if args.prose:
        try:
            prose = read_prose(args.prose)
        except (OSError, ValueError) as e:  # (json.JSONDecodeError is a ValueError)
            print(f"textrepair error: --prose: {e}", file=sys.stderr)
            return 2
        if not prose:
            print("textrepair error: --prose: no articles in the files given", file=sys.stderr)
            return 2
        articles = damage_prose(prose, args.docs, args.seed, intensity=args.intensity)
    report = evaluate(args.docs, args.seed, intensity=args.intensity, config=config, articles=articles)
    print(json.dumps(report.to_dict(), indent=1) if args.json else report.format())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
