"""Remove accidental doubled function words: ``allied with the the Syrian government``.

Why this happens in the wild: a pasted fragment that starts with the word it
was pasted after, or a careless edit, leaves a function word twice in a row.

Only words that cannot double in grammatical English are touched (articles,
`of`, `and`, possessive determiners ...).  Grammatical doublings are left
alone: ``had had``, ``that that``, ``is is``, ``bye bye``, ``very, very``,
``gave her her book``, ``looked at at least``, ``came in in May``.
"""

from __future__ import annotations

import re

import regex

from .analysis import Document
from .config import Config
from .edits import Edit, Kind, trusted_edit

__all__ = ["find_repeated_words"]

# Function words whose immediate repetition is never grammatical.  Left out
# on purpose: `my` (``My my, what a day``), `her` (``gave her her book``),
# `that`, `had`, `is`, `in`, `at` (grammatical doublings, see the module doc).
NEVER_DOUBLED = frozenset(
    "the a an of and or with from to his its their our your these those this".split()
)
# A word: letters, with inner apostrophes or hyphens (`children’s`, `al-Assad`)
# so that a part of a longer word is never compared.
WORD = regex.compile(r"\p{L}+(?:[’'\-]\p{L}+)*")
# One of those words, one space, and the same word again (any case), not
# continued as a longer word (`the the-end`).  Only the first word and the
# space are consumed, so `the the the` yields two matches and loses both
# copies.  Found by the engine in one pass (no Python loop over words).
DOUBLED = re.compile(
    r"\b(?i:(" + "|".join(sorted(NEVER_DOUBLED, key=len, reverse=True)) + r")) "
    r"(?=(?i:\1)(?![^\W_]|[’'\-][^\W\d_]))"
)
# Right after a sentence end (`[.?!]`, maybe closed by a quote or bracket,
# attached or tokenised: `said . " A a`),
# but not after an ellipsis or the gap marker (`wait... A a`, `[...] A a`).
_SENTENCE_START = regex.compile(r"(?:^|(?<!\.)[.?!](?:\s*[\"”’)\]])*\s+)$")


def find_repeated_words(text: str, config: Config | None = None, *, doc: Document | None = None) -> list[Edit]:
    """Find doubled function words; return `repeated_word` edits removing the second.

    Only two words separated by exactly one space count: a run of spaces
    between them may be a gap where words were dropped (``the    the``).
    One pass over the words, comparing each with the last word kept, so
    ``the the the`` loses both copies.

    >>> from textrepair import apply_edits
    >>> t = "allied with the the Syrian government, and that that was that."
    >>> apply_edits(t, find_repeated_words(t))
    'allied with the Syrian government, and that that was that.'
    >>> find_repeated_words("He had had enough; bye bye, it was very, very late.")
    []
    """
    edits: list[Edit] = []
    for m in _candidates(text):
        start = m.start()
        if start and text[start - 1] in "’'-" and start > 1 and text[start - 2].isalpha():
            continue  # the end of `children’s the` / `al-the`: part of a longer word
        first = m.group(1)
        a = m.end(1)
        b = a + 1 + len(first)
        second = text[a + 1 : b]
        if not _accidental(text, start, first, second):
            continue
        edits.append(
            trusted_edit(
                a,
                b,
                text[a:b],
                "",
                Kind.REPEATED_WORD,
                f"'{first} {second}': the function word '{first.lower()}' cannot repeat",
                0.95,
            )
        )
    return edits


# The one character whose lowercase is longer than itself (`İ` -> `i̇`); with
# it, offsets in a lowercased copy would not be the text's.
LENGTH_CHANGING_LOWER = "\u0130"


def _candidates(text: str) -> list[re.Match[str]]:
    """`DOUBLED` matches, found by a substring search for each doubled word
    (`bytes.find` runs at memory speed) and confirmed by the pattern."""
    if LENGTH_CHANGING_LOWER in text:
        return list(DOUBLED.finditer(text))
    # The lowercased text, with every non-ASCII character as `?`: one byte a
    # character, so offsets are the text's.  The doubled words are ASCII and
    # no non-ASCII character lowercases to one of their letters (both facts
    # are tested), so the pairs stand here exactly where `text.lower()` has
    # them; but `str.lower` on non-ASCII text allocates 12 bytes a character
    # (14 times the input at the peak), this 2.
    low = text.encode("ascii", "replace").lower()
    starts: set[int] = set()
    for word in NEVER_DOUBLED:
        pair = f"{word} {word}".encode("ascii")
        i = low.find(pair)
        while i != -1:
            starts.add(i)
            i = low.find(pair, i + 1)
    found = []
    for i in sorted(starts):
        m = DOUBLED.match(text, i)
        if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            found.append(m)
    return found


def _accidental(text: str, start: int, first: str, second: str) -> bool:
    """Rule out the doublings that may be names or titles."""
    at_start = bool(_SENTENCE_START.search(text, max(0, start - 12), start))
    # `Vitamin A a day`: a capital single letter may be a name.
    if first == "A" and not at_start:
        return False
    # `listening to To Kill a Mockingbird`, `the The Hague office`: a
    # capitalised second word after a lowercase one may start a title.
    if second[0].isupper() and first[0].islower():
        return False
    return True
