"""Build the JSONL corpus for the throughput benchmark: N lines, 5 of them malformed.

    python bench/make_corpus.py /tmp/corpus.jsonl            # 1,995 articles from the seed + 5 bad lines
    python bench/make_corpus.py /tmp/corpus.jsonl --generator  # from textrepair.corrupt instead

Articles are variations of the seed (a random run of its sentences, 30-100 %
of its length, deterministic per article), so they carry the seed's damage:
tokenisation, gaps, speaker tags, splices.  With --generator they come from
`textrepair.corrupt` (clean generated prose, damaged like the seed).

The five malformed lines, one of each kind the CLI must report by line
number: bad JSON, a truncated object, a missing field, a non-string value,
invalid UTF-8.  Their line numbers are printed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3ab38929497f8cf9.txt"

MALFORMED = [
    b'{"id": "bad-json", "text": "unterminated}\n',
    b'{"id": "truncated", "text": "Aleppo , Syria\n',
    b'{"id": "missing-field", "body": "no text field here"}\n',
    b'{"id": "not-a-string", "text": 42}\n',
    b'{"id": "bad-utf8", "text": "caf\xe9 , Syria"}\n',
]


def seed_variants(n: int) -> list[str]:
    seed = SEED.read_text(encoding="utf-8")
    body, _, debris = seed.partition("\n")
    # Tokenised sentence ends: `word . Next`.
    sentences = re.split(r"(?<= [.?!]) (?=\S)", body)
    out = []
    for i in range(n):
        rng = random.Random(i)
        k = max(3, int(len(sentences) * rng.uniform(0.3, 1.0)))
        start = rng.randrange(0, len(sentences) - k + 1)
        text = " ".join(sentences[start : start + k])
        if rng.random() < 0.3:
            text += "\n" + debris
        out.append(text)
    return out


def generated(n: int) -> list[str]:
    from textrepair.corrupt import clean_article, corrupt_article

    return [corrupt_article(clean_article(i), seed=i).corrupted for i in range(n)]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("path")
    p.add_argument("-n", type=int, default=2000, help="number of lines, malformed included (default 2000)")
    p.add_argument("--generator", action="store_true", help="use textrepair.corrupt instead of the seed")
    args = p.parse_args()
    good = args.n - len(MALFORMED)
    texts = generated(good) if args.generator else seed_variants(good)
    lines = [json.dumps({"id": f"doc-{i}", "text": t}, ensure_ascii=False).encode() + b"\n" for i, t in enumerate(texts)]
    total = len(lines) + len(MALFORMED)
    # Spread the malformed lines through the file, at fixed positions.
    positions = [round((j + 1) * total / (len(MALFORMED) + 1)) for j in range(len(MALFORMED))]
    for pos, bad in zip(positions, MALFORMED):
        lines.insert(pos - 1, bad)
    with open(args.path, "wb") as f:
        f.writelines(lines)
    print(f"{args.path}: {len(lines)} lines ({good} articles, {len(MALFORMED)} malformed at lines {positions}), "
          f"{sum(map(len, lines)) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
