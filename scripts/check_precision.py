"""Precision guard for detector work: list every hard edit made on clean text.

    python scripts/check_precision.py            # negatives + 300 long clean articles
    python scripts/check_precision.py --articles 50

Clean text is the hand-written negative paragraphs and whole articles of
``tests/cases/`` and long generated clean articles (seeds 1000 and up, apart
from the 16 the tests use), each plain, doubled (twice over, so every name
is used at least twice), under a title-case headline that repeats its lede, with page
boilerplate lines flattened in, tokenised and lowercased, tokenised, and tokenised
with gaps.
A hard edit (speaker_tag, splice, pronoun) on any of them is a false
positive; the script prints each one with its context and exits 1 if any.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textrepair import Kind, repair  # noqa: E402
from textrepair.corrupt import clean_article, corrupt_text  # noqa: E402

HARD = {Kind.SPEAKER_TAG, Kind.SPLICE, Kind.PRONOUN}


_SMALL = frozenset("a an the of in on and for to at by with from".split())


def headline(text: str) -> str:
    """The first ten words of the text in title case, as a scraped headline."""
    words = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0].rstrip(".").split()[:10]
    return " ".join(w if w.lower() in _SMALL else w[:1].upper() + w[1:] for w in words)


def paged(text: str) -> str:
    """`Advertisement` or `Continue reading the main story` after every third sentence."""
    sentences: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text.strip()):
        if sentences and re.search(r"\b(?:Mr|Mrs|Ms|Dr|[A-Z])\.$", sentences[-1]):
            sentences[-1] += " " + piece  # `Mr. Poroshenko`, `Donald J. Trump`: no sentence end
        else:
            sentences.append(piece)
    out: list[str] = []
    for i, sentence in enumerate(sentences):
        out.append(sentence)
        if i % 3 == 2:
            out.append("Advertisement" if i % 2 else "Continue reading the main story")
    return "\n\n".join(out)


def variants(text: str, seed: int) -> list[tuple[str, str]]:
    # `doubled`: the text twice over, so every name is used at least twice and
    # the short-splice votes (which only judge names used twice) are in play.
    return [
        ("plain", text),
        ("doubled", text + "\n\n" + text),
        # `headlined`: a title-case headline that repeats the lede, then the text.
        ("headlined", headline(text) + "\n\n" + text),
        # `paged`: the page's boilerplate lines between sentences, flattened as a
        # tokenising pipeline would (`... medications . Advertisement We need`).
        ("paged", corrupt_text(paged(text), seed=seed, kinds={"spacing"}).corrupted),
        # `uncased`: tokenised and lowercased, as uncased NLP preprocessing leaves it.
        ("uncased", corrupt_text(text, seed=seed, kinds={"spacing"}).corrupted.lower()),
        ("tokenised", corrupt_text(text, seed=seed, kinds={"spacing"}).corrupted),
        ("gapped", corrupt_text(text, seed=seed, kinds={"spacing", "gap"}).corrupted),
    ]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=300, help="long generated clean articles (default 300)")
    args = p.parse_args()
    texts: list[tuple[str, str, int]] = []
    for name in ("negative", "negative-articles"):
        for case in json.loads((ROOT / "tests" / "cases" / f"{name}.json").read_text(encoding="utf-8")):
            texts.append((f"{name}:{case['label']}", case["input"], 1))
    for s in range(1000, 1000 + args.articles):
        texts.append((f"article:{s}", clean_article(s, sentences=60).text, s))
    bad = 0
    checked = 0
    for label, text, seed in texts:
        for form, variant in variants(text, seed):
            checked += 1
            for e in repair(variant).edits:
                if e.kind in HARD:
                    bad += 1
                    ctx = variant[max(0, e.start - 50) : e.start] + "⟦" + e.old + "⟧" + variant[e.end : e.end + 40]
                    print(f"{label} [{form}] {e.kind.value}: {ctx!r}\n    {e.reason}")
    print(f"{bad} hard edits on {checked} clean texts")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
