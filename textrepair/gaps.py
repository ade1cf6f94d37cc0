"""Mark runs of spaces that stand where words were dropped.

Why this happens in the wild: some news dumps drop every hyphenated word
(``pro-government``, ``al-Assad``) but keep the spaces around it, leaving
``on the    side of Aleppo`` or, untokenised, ``the  ’s transition team``.
Lost words cannot be recovered; the gap is replaced by the marker.

Not gaps: spaces padding a dash (``Lebanon   —    The``: a `spacing` fix),
two or more spaces after a sentence end (a typing style, or a paragraph
join), indentation and trailing space around line breaks, and layout: runs
longer than `GAP_MAX_SPACES`, runs beside a table border or other symbol
(``| cell  |``), runs beside a tab (``SPACE_RUN`` needs visible characters).

A run of three or more spaces between words is a gap.  A run of exactly two
is a gap only with more evidence, because a stray double space between two
words is a common typo in clean prose:

* it sits where no space belongs: before closing punctuation or a clitic
  (``would not seek  .``, ``the  ’s transition team``) or after an opening
  bracket or quote (``“  families,”``); or
* the document already has a gap found on its own evidence (three or more
  spaces, or a two-space run of the first sort): it comes from a source
  that drops words, and then any two-space run between words is read as a
  gap too (confidence 0.6).

Accepted misses: a two-space gap between two words in a document with no
other gap (``the  side``); a gap right after a sentence end, unless the
stop was detached by a tokeniser (``Sunday .    officials said``) and the
run is three spaces or more.  Accepted false positive: in a document
with real gaps, a stray double space between two words.
"""

from __future__ import annotations

import unicodedata

import regex

from .analysis import Document, space_runs
from .config import Config
from .edits import Edit, Kind, trusted_edit
from .wordlists import TITLES

__all__ = ["find_gaps"]

# Longer runs are layout (aligned columns), not dropped words: in the seed and
# in scraped dumps like it a gap is 2 to 5 spaces, 8 for two dropped words.
GAP_MAX_SPACES = 12
# What a run of spaces must stand between: visible characters, as `regex`
# reads ``\S`` (unlike `str.isspace`, it counts the separators \x1c-\x1f as
# visible).  The runs come from `analysis.space_runs`, which spacing shares.
_INVISIBLE = frozenset(c for c in map(chr, range(0x3000 + 1)) if c.isspace()) - frozenset("\x1c\x1d\x1e\x1f")
# Text before a run that ends a sentence: `.`, `?`, `!` or `:`, maybe closed by
# a quote or bracket.  Checked on a short window before the run; group 1 is
# the word the punctuation is attached to ('' when the stop stands alone, as
# a tokeniser leaves it: `Sunday .`).
SENTENCE_END = regex.compile(r"(?:^|\s)(\S*?)[.?!:][\"”’)\]]*$")
# A full stop after a title (`wordlists.TITLES`) is an abbreviation, not a
# sentence end, so a run after `Mr.` is still a gap (`Mr.    said`).
_OPENERS = frozenset("([{“‘")
_CLOSERS = frozenset(",.;:?!)]}”")
_DASHES = frozenset("—–")
# A hyphen or hyphen pair standing alone: a dash (see spacing.PADDED_DASH).
_LONE_HYPHEN = regex.compile(r"--?(?=\s|$)")
_CLITIC = regex.compile(r"(?:[’'](?:s|d|ll|re|ve|m)|n[’']t)(?![\w’'])")
# What the patterns above must start with or, for `SENTENCE_END`, end with:
# the engine is called only where one stands (a call costs more than the test).
_CLITIC_START = frozenset("’'n")
_END_CHARS = frozenset(".?!:\"”’)]")


def _sentence_end(text: str, run_start: int) -> str | None:
    """The word ending a sentence just before `run_start`, or None.

    Returns '' when the sentence-ending punctuation stands alone (tokenised).
    """
    m = SENTENCE_END.search(text, max(0, run_start - 24), run_start)
    if not m:
        return None
    word = str(m.group(1))
    if word.rstrip(".").lower() in TITLES:
        return None
    return word


def _is_layout(c: str) -> bool:
    """Whether a character beside a run marks layout, not prose (`| cell |`, `*`, `✅`)."""
    cat = unicodedata.category(c)
    return (cat[0] == "S" and cat != "Sc") or c in "*#_|~"


def _beside_dash(text: str, a: int, b: int) -> bool:
    """Whether the run text[a:b] touches a dash (`Aleppo   —    The`, `word  --  word`)."""
    if text[a - 1] in _DASHES or text[b] in _DASHES:
        return True
    before = text[max(0, a - 3) : a].rsplit(" ", 1)[-1]
    if before in ("-", "--") and (a - len(before) == 0 or text[a - len(before) - 1].isspace()):
        return True
    return text[b] == "-" and _LONE_HYPHEN.match(text, b) is not None


def find_gaps(
    text: str, config: Config | None = None, *, marker: str = "[...]", doc: Document | None = None
) -> list[Edit]:
    """Find runs of spaces that stand for dropped words; return `gap` edits.

    The run becomes the marker with single spaces around it (none before
    closing punctuation or a clitic, none after an opening bracket or quote).
    With ``marker=""`` it becomes one space (or none beside punctuation).

    >>> from textrepair import apply_edits
    >>> t = "on the    side of Aleppo, said President Bashar   of Syria."
    >>> apply_edits(t, find_gaps(t))
    'on the [...] side of Aleppo, said President Bashar [...] of Syria.'
    >>> apply_edits(t, find_gaps(t, marker=""))
    'on the side of Aleppo, said President Bashar of Syria.'
    >>> t = "He said the  ’s transition team would not seek  ."
    >>> apply_edits(t, find_gaps(t))
    'He said the [...]’s transition team would not seek [...].'
    >>> find_gaps("Lebanon   —    The end.  Two spaces after a stop are fine.")
    []
    >>> find_gaps("A stray  double space, with no other gap, is left alone.")
    []
    """
    config = config or Config()
    doc = doc or Document(text)
    # (start, end, strong): strong runs are gaps on their own evidence; weak
    # ones (two spaces between words) need a strong gap elsewhere.
    candidates: list[tuple[int, int, bool]] = []
    n = len(text)
    for a, b in space_runs(text, doc):
        if b - a < config.gap_min_spaces or a == 0 or b == n:
            continue
        prev, nxt = text[a - 1], text[b]
        if prev in _INVISIBLE or nxt in _INVISIBLE:
            continue  # a run at a line's edge or beside a tab
        if b - a > GAP_MAX_SPACES or _is_layout(prev) or _is_layout(nxt) or _beside_dash(text, a, b):
            continue
        # (`SENTENCE_END` needs one of these right before the run.)
        ended = _sentence_end(text, a) if prev in _END_CHARS else None
        # After a sentence end, a run is a gap only after a stop a tokeniser
        # detached (`Sunday .    officials`, `Sunday .    Baghdad shelled`):
        # tokenised text joins sentences with one space, so three or more
        # stand for dropped words.  After prose punctuation it is a typing
        # style or a paragraph join.
        if ended is not None and not (
            ended == "" and b - a >= 3 and (nxt.islower() or doc.is_tokenised_at(a))
        ):
            continue
        structural = (
            nxt in _CLOSERS
            or prev in _OPENERS
            or (nxt in _CLITIC_START and _CLITIC.match(text, b) is not None)
            or doc.closing_quotes.get(a - 1) is False
            or doc.closing_quotes.get(b) is True
        )
        candidates.append((a, b, structural or b - a >= 3))
    have_strong = any(strong for _, _, strong in candidates)
    edits: list[Edit] = []
    for a, b, strong in candidates:
        if not (strong or have_strong):
            continue
        prev, nxt = text[a - 1], text[b]
        left = "" if (prev in _OPENERS or doc.closing_quotes.get(a - 1) is False) else " "
        right = "" if (
            nxt in _CLOSERS or (nxt in _CLITIC_START and _CLITIC.match(text, b)) or doc.closing_quotes.get(b) is True
        ) else " "
        if marker:
            new = left + marker + right
        else:
            new = " " if (left and right) else ""
        if b - a >= 3:
            conf, why = 0.9, f"run of {b - a} spaces where words were dropped"
        elif strong:
            conf, why = 0.8, "two spaces where no space belongs: words were dropped there"
        else:
            conf, why = 0.6, "two spaces between words, in a text with other dropped-word gaps"
        edits.append(trusted_edit(a, b, text[a:b], new, Kind.GAP, why, conf))
    return edits
