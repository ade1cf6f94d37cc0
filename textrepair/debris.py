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

# The last non-blank line of the text, and the whitespace before it.
LAST_LINE = regex.compile(r"(?<=\S)(\s*\n)([^\n]*\S)(\s*)\Z")
NAME_WORD = regex.compile(r"(?:\p{Lu}[\p{L}’'\-]*\.?|\p{Lu}\.)")
WORD = regex.compile(r"\p{L}[\p{L}’'\-]*")


def find_debris(text: str, config: Config | None = None, *, doc: Document | None = None) -> list[Edit]:
    """Find a trailing line of names from the body; return one `debris` edit.

    >>> t = "Mr. Assad spoke in Syria .\\n Mr. Assad Syria Syria "
    >>> find_debris(t)
    [Edit(debris 26:50 '\\n Mr. Assa…yria Syria ')]
    >>> find_debris("He spoke in Syria.\\nReporting by Anne Barnard")
    []
    """
    config = config or Config()
    m = LAST_LINE.search(text, max(0, len(text) - 2000))
    if not m:
        return []
    line = m.group(2)
    words = line.split()
    if not 1 <= len(words) <= config.debris_max_words:
        return []
    if not all(NAME_WORD.fullmatch(w) for w in words):
        return []
    body = text[: m.start(1)]
    seen = set(WORD.findall(body))
    bare = [w.rstrip(".") for w in words]
    if not all(w in seen for w in bare):
        return []
    if len(words) < 3 and len(set(bare)) == len(bare):
        return []
    # Take the whitespace that joined the line to the body, so no padding is left.
    start = m.start(1)
    while start > 0 and text[start - 1] in " \t":
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
