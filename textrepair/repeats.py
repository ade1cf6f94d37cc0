"""Remove accidental doubled function words: ``allied with the the Syrian government``.

Why this happens in the wild: a pasted fragment that starts with the word it
was pasted after, or a careless edit, leaves a function word twice in a row.

Only words that cannot double in grammatical English are touched (articles,
`of`, `and`, possessive determiners ...).  Grammatical doublings are left
alone: ``had had``, ``that that``, ``is is``, ``bye bye``, ``very, very``,
``gave her her book``, ``looked at at least``, ``came in in May``.
"""

from __future__ import annotations

import regex

from .analysis import Document
from .config import Config
from .edits import Edit, Kind

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
    prev: regex.Match[str] | None = None  # the last word kept
    prev_end = -1  # where the text before the next word starts (after any removed copy)
    for m in WORD.finditer(text):
        if prev is not None and prev_end + 1 == m.start() and text[prev_end] == " ":
            first, second = prev.group(), m.group()
            low = first.lower()
            if low == second.lower() and low in NEVER_DOUBLED and _accidental(text, prev, first, second):
                a, b = prev_end, m.end()
                edits.append(
                    Edit(
                        a,
                        b,
                        text[a:b],
                        "",
                        Kind.REPEATED_WORD,
                        f"'{first} {second}': the function word '{low}' cannot repeat",
                        0.95,
                    )
                )
                # `the the the`: the next copy is compared with the word kept.
                prev_end = m.end()
                continue
        prev, prev_end = m, m.end()
    return edits


def _accidental(text: str, prev: regex.Match[str], first: str, second: str) -> bool:
    """Rule out the doublings that may be names or titles."""
    at_start = bool(_SENTENCE_START.search(text, max(0, prev.start() - 12), prev.start()))
    # `Vitamin A a day`: a capital single letter may be a name.
    if first == "A" and not at_start:
        return False
    # `listening to To Kill a Mockingbird`, `the The Hague office`: a
    # capitalised second word after a lowercase one may start a title.
    if second[0].isupper() and first[0].islower():
        return False
    return True
