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
from .edits import Edit, Kind, trusted_edit
from .wordlists import TITLES

__all__ = ["find_debris"]

NAME_WORD = regex.compile(r"(?:\p{Lu}[\p{L}’'\-]*\.?|\p{Lu}\.)")
WORD = regex.compile(r"\p{L}[\p{L}’'\-]*")
# A character a `WORD` may hold.  A maximal run of them is one word: the run
# without its leading apostrophes and hyphens (`’s`, `-Assad`: `s`, `Assad`).
_WORD_CHAR = regex.compile(r"[\p{L}’'\-]")
# Up to this many distinct words, each is looked for by substring search in
# the body (`str.find` runs at memory speed); more, and the body is split
# into words once instead.
_FIND_WORDS = 8
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
    distinct = set(bare)
    if len(words) < 3 and len(distinct) == len(bare):
        return []
    if len(distinct) <= _FIND_WORDS:
        if not all(_in_body(text, nl, w) for w in distinct):
            return []
    else:
        seen = set(WORD.findall(text, 0, nl))
        if not all(w in seen for w in distinct):
            return []
    # Take all the whitespace that joined the line to the body (blank lines
    # too), so no padding is left.
    start = nl
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return [
        trusted_edit(
            start,
            len(text),
            text[start:],
            "",
            Kind.DEBRIS,
            f"last line is only names already in the article ({' '.join(words)})",
            0.9,
        )
    ]


def _in_body(text: str, body_end: int, word: str) -> bool:
    """Whether `word` (a name word: a `WORD` starting with a capital) is one
    of the `WORD`s of ``text[:body_end]``: an occurrence that is a whole run
    of word characters, but for apostrophes or hyphens before it."""
    i = text.find(word, 0, body_end)
    while i != -1:
        end = i + len(word)
        if end == body_end or not _WORD_CHAR.match(text, end):
            j = i
            while j > 0 and text[j - 1] in "’'-":
                j -= 1
            # `word` starts with a letter: it begins the run's word unless a
            # letter stands before the apostrophes and hyphens.
            if j == 0 or not _WORD_CHAR.match(text, j - 1):
                return True
        i = text.find(word, i + 1, body_end)
    return False


#: Titles a full stop may end in a line of debris (`Mr.`): all of `TITLES` but four.
_TITLES = TITLES - frozenset("cmdr adm supt insp".split())
