"""Mark runs of spaces that stand where words were dropped.

Why this happens in the wild: some news dumps drop every hyphenated word
(``pro-government``, ``al-Assad``) but keep the spaces around it, leaving
``on the    side of Aleppo`` or, untokenised, ``the  ’s transition team``.
Lost words cannot be recovered; the gap is replaced by the marker.

Not gaps: spaces padding a dash (``Lebanon   —    The``: a `spacing` fix),
two spaces after a full stop (a typing style), indentation and trailing space
around line breaks.  Accepted false positive: a stray double space between
two words in otherwise clean prose (``gap_min_spaces=3`` avoids it).
"""

from __future__ import annotations

import regex

from .analysis import Document
from .config import Config
from .edits import Edit, Kind

__all__ = ["find_gaps"]

# A run of spaces between two visible characters on one line.
SPACE_RUN = regex.compile(r"(?<=\S)( {2,})(?=\S)")
# Text before a run that ends a sentence: `.`, `?`, `!` or `:`, maybe closed by
# a quote or bracket.  Checked on a short window before the run.
SENTENCE_END = regex.compile(r"(?:^|\s)(\S*?)[.?!:][\"”’)\]]*$")
# A full stop after these is an abbreviation, not a sentence end, so a run
# after `Mr.` is still a gap (`Mr.    said`).
TITLES = frozenset(
    "mr mrs ms dr gen sen rep gov st lt col sgt capt prof rev maj cmdr adm pres supt insp".split()
)
_OPENERS = frozenset("([{“‘")
_CLOSERS = frozenset(",.;:?!)]}”")
_DASHES = frozenset("—–")
_CLITIC = regex.compile(r"[’'](?:s|d|ll|re|ve|m)(?!\w)")


def _is_sentence_end(text: str, run_start: int) -> bool:
    m = SENTENCE_END.search(text, max(0, run_start - 24), run_start)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    return word not in TITLES


def find_gaps(
    text: str, config: Config | None = None, *, marker: str = "[...]", doc: Document | None = None
) -> list[Edit]:
    """Find runs of spaces that stand for dropped words; return `gap` edits.

    The run becomes the marker with single spaces around it (none before
    closing punctuation or after an opening bracket).  With ``marker=""`` it
    becomes one space (or none before punctuation).

    >>> from textrepair import apply_edits
    >>> t = "on the    side of Aleppo, said President Bashar   of Syria."
    >>> apply_edits(t, find_gaps(t))
    'on the [...] side of Aleppo, said President Bashar [...] of Syria.'
    >>> apply_edits(t, find_gaps(t, marker=""))
    'on the side of Aleppo, said President Bashar of Syria.'
    >>> find_gaps("Lebanon   —    The end.  Two spaces after a stop are fine.")
    []
    """
    config = config or Config()
    edits: list[Edit] = []
    for m in SPACE_RUN.finditer(text):
        a, b = m.span(1)
        if b - a < config.gap_min_spaces:
            continue
        prev, nxt = text[a - 1], text[b]
        if prev in _DASHES or nxt in _DASHES or prev == "\t" or nxt == "\t":
            continue
        if _is_sentence_end(text, a):
            continue
        left = "" if prev in _OPENERS else " "
        right = "" if (nxt in _CLOSERS or _CLITIC.match(text, b)) else " "
        if marker:
            new = left + marker + right
        else:
            new = " " if (left and right) else ""
        conf = 0.6 if b - a == 2 else 0.9
        edits.append(
            Edit(a, b, text[a:b], new, Kind.GAP, f"run of {b - a} spaces where words were dropped", conf)
        )
    return edits
