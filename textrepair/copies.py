"""Find spans that repeat earlier text of the same document.

Shared by the `speaker_tag` and `splice` detectors.  Matching is on a
normalised form (letters and digits only, casefolded), so a pasted copy
matches its source even when their whitespace and tokenisation differ
(``Roma, who`` against ``Roma , who``; ``Assad’s`` against ``Assad ’s``;
compressed gaps).  Word n-grams are hashed once, left to right, so the search
is linear in the length of the text; no pair of sentences is ever compared.

A repeated span is only a *candidate*: names, titles and fixed phrases repeat
legitimately.  The detectors decide from the breakage around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

__all__ = ["Copy", "Words", "find_copies", "words_of"]

WORD = regex.compile(r"[\p{L}\p{N}]+")

#: The longest copy followed; longer repeats are cut here (keeps every step linear).
MAX_COPY_WORDS = 120
#: How many earlier occurrences of an n-gram are remembered as possible sources.
MAX_SOURCES = 4


@dataclass(frozen=True, slots=True)
class Words:
    """The word tokens of a text: character spans and normalised forms."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    norms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Copy:
    """Words ``first .. first+count-1`` repeat words ``source .. source+count-1``."""

    first: int
    count: int
    source: int
    start: int  # character span of the copy
    end: int
    src_start: int  # character span of the source
    src_end: int


@lru_cache(maxsize=4)
def words_of(text: str) -> Words:
    """Tokenise `text` into words (cached: several detectors share one pass)."""
    starts: list[int] = []
    ends: list[int] = []
    norms: list[str] = []
    for m in WORD.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
        norms.append(m.group().casefold())
    return Words(tuple(starts), tuple(ends), tuple(norms))


@lru_cache(maxsize=4)
def find_copies(text: str, min_words: int = 3) -> tuple[Copy, ...]:
    """Maximal spans of at least `min_words` words that repeat earlier words.

    The scan goes left to right; once a repeat is found the scan resumes after
    it, so each word is extended over at most once.

    >>> t = "Abu Roma , who fights , spoke . Then he Abu Roma, who fights said so"
    >>> [t[c.start:c.end] for c in find_copies(t)]
    ['Abu Roma, who fights']
    """
    w = words_of(text)
    norms = w.norms
    n = len(norms)
    k = min_words
    seen: dict[tuple[str, ...], list[int]] = {}
    out: list[Copy] = []
    j = 0
    while j + k <= n:
        key = norms[j : j + k]
        sources = seen.get(key)
        best_len = 0
        best_src = -1
        if sources:
            for i in sources:
                if i + k > j:
                    continue
                length = k
                limit = min(n - j, j - i, MAX_COPY_WORDS)
                while length < limit and norms[i + length] == norms[j + length]:
                    length += 1
                if length > best_len:
                    best_len, best_src = length, i
        if best_len:
            out.append(
                Copy(
                    j,
                    best_len,
                    best_src,
                    w.starts[j],
                    w.ends[j + best_len - 1],
                    w.starts[best_src],
                    w.ends[best_src + best_len - 1],
                )
            )
            for q in range(j, j + best_len):
                _remember(seen, norms[q : q + k], q)
            j += best_len
        else:
            _remember(seen, key, j)
            j += 1
    return tuple(out)


def _remember(seen: dict[tuple[str, ...], list[int]], key: tuple[str, ...], pos: int) -> None:
    lst = seen.get(key)
    if lst is None:
        seen[key] = [pos]
    elif len(lst) < MAX_SOURCES:
        lst.append(pos)
    else:
        lst[-1] = pos  # keep the earliest few and the most recent
