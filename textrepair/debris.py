"""Remove a trailing line of bare names: ``\\n Mr. Assad Syria Syria``.

Why this happens in the wild: scrapers that collect entity mentions or tags
sometimes append them to the body, leaving a last line that is only names
already seen in the article.

A last line is debris only when all of these hold: it follows body text; it
has at most `Config.debris_max_words` words, all capitalised (titles such as
`Mr.` allowed); it has no sentence punctuation; every word already occurs in
the body; and it has at least three words or repeats one.  Accepted miss: a
two-word tag line of distinct names (it may be a legitimate credit line).
"""

from __future__ import annotations

import regex

from .analysis import Document
from .config import Config
from .edits import Edit, Kind

__all__ = ["find_debris"]

NAME_WORD = regex.compile(r"(?:\p{Lu}[\p{L}’'\-]*\.?|\p{Lu}\.)")
WORD = regex.compile(r"\p{L}[\p{L}’'\-]*")
# Sentence punctuation that a line of names never has.  A full stop is
# allowed only as part of a title (`Mr.`), checked word by word.
_SENTENCE_PUNCT = frozenset(",;:?!\"“”()")


def _last_line(text: str) -> tuple[int, int, int] | None:
    """(line start, visible start, visible end) of the last non-blank line, or None.

    None also when that line is the first line (no body before it).  Scans
    back from the end of the text only as far as that line.
    """
    end = len(text)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    nl = text.rfind("\n", 0, end)
    if nl <= 0 or not text[:nl].strip():
        return None
    start = nl + 1
    while start < end and text[start].isspace():
        start += 1
    return nl, start, end


def find_debris(text: str, config: Config | None = None, *, doc: Document | None = None) -> list[Edit]:
    """Find a trailing line of names from the body; return one `debris` edit.

    >>> t = "Mr. Assad spoke in Syria .\\n Mr. Assad Syria Syria "
    >>> [(e.start, e.end, e.kind.value) for e in find_debris(t)]
    [(26, 50, 'debris')]
    >>> find_debris("He spoke in Syria.\\nReporting by Anne Barnard")
    []
    """
    config = config or Config()
    found = _last_line(text)
    if found is None:
        return []
    nl, a, b = found
    line = text[a:b]
    words = line.split()
    if not 1 <= len(words) <= config.debris_max_words:
        return []
    if any(c in _SENTENCE_PUNCT for c in line):
        return []
    if not all(NAME_WORD.fullmatch(w) for w in words):
        return []
    # A full stop may only end a title or an initial (`Mr.`, `J.`), never the line.
    bare = [w.rstrip(".") for w in words]
    if any(w.endswith(".") and bare_w.lower() not in _TITLES and len(bare_w) > 1 for w, bare_w in zip(words, bare)):
        return []
    body = text[:nl]
    seen = set(WORD.findall(body))
    if not all(w in seen for w in bare):
        return []
    if len(words) < 3 and len(set(bare)) == len(bare):
        return []
    # Take all the whitespace that joined the line to the body (blank lines
    # too), so no padding is left.
    start = nl
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return [
        Edit(
            start,
            len(text),
            text[start:],
            "",
            Kind.DEBRIS,
            f"last line is only names already in the article ({' '.join(words)})",
            0.9,
        )
    ]


_TITLES = frozenset("mr mrs ms dr gen sen rep gov st lt col sgt capt prof rev maj pres".split())
