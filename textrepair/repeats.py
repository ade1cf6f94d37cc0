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

# Function words whose immediate repetition is never grammatical.
NEVER_DOUBLED = frozenset(
    "the a an of and or with from his its their our my these those this".split()
)
# A word, spaces, and the same word again (any case).  Linear: after a failed
# repetition the engine only retries from the next word boundary.
DOUBLED = regex.compile(r"\b(\p{L}+)( +)(\p{L}+)\b")
_SENTENCE_START = regex.compile(r"(?:^|[.?!][\"”’)\]]*\s+)$")


def find_repeated_words(text: str, config: Config | None = None, *, doc: Document | None = None) -> list[Edit]:
    """Find doubled function words; return `repeated_word` edits removing the second.

    >>> from textrepair import apply_edits
    >>> t = "allied with the the Syrian government, and that that was that."
    >>> apply_edits(t, find_repeated_words(t))
    'allied with the Syrian government, and that that was that.'
    """
    edits: list[Edit] = []
    for m in DOUBLED.finditer(text, overlapped=True):
        first, second = m.group(1), m.group(3)
        low = first.lower()
        if low != second.lower() or low not in NEVER_DOUBLED:
            continue
        # `Vitamin A a day`: a capital single letter may be a name, unless it
        # starts a sentence.
        if first == "A" and not _SENTENCE_START.search(text, max(0, m.start() - 8), m.start()):
            continue
        a, b = m.end(1), m.end(3)
        edits.append(
            Edit(a, b, text[a:b], "", Kind.REPEATED_WORD, f"'{first} {second}': the function word '{low}' cannot repeat", 0.95)
        )
    return edits
