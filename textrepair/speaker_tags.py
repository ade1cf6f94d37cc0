"""Restore attribution verbs overwritten by a copy of the speaker's description.

Why this happens in the wild: a coreference-style rewrite replaced the verb of
``" he said ,`` with the speaker's earlier description, copied untokenised:
``martyrs , " he Abu Roma, who uses a nom de guerre ..., referring to``.
The damage proves the lost word: a closing quote, a subject pronoun and a
copy of how the speaker was introduced can only have been an attribution, so
the copy is replaced by the article's own attribution verb (``said`` or
``says``, whichever its attributions use more).

Evidence required: a closing quote, then ``he``/``she``/``they``, then either
a repeat of 3+ earlier words or a capitalised name seen earlier, ending at
punctuation or the line end.  Accepted miss: tags whose copy is shorter than
that and not a known name.
"""

from __future__ import annotations

import regex

from .analysis import Document
from .config import Config
from .edits import Edit, Kind
from .copies import Copy
from .splices import copies_in, source_in_tag, speaker_tag_start
from .wordlists import SAY_VERBS

__all__ = ["find_speaker_tags", "attribution_verb"]

SAID = regex.compile(r"\b(said|says)\b")
# `" he Mr. Hiltermann .`: a short name where the verb should be.
SHORT_TAG = regex.compile(
    r"[\"”]\s+(?:he|she|they|He|She|They)\s+"
    r"((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?=\s*[,.]|\s*$)",
    regex.MULTILINE,
)


def attribution_verb(text: str) -> str:
    """`said` or `says`, whichever the article's attributions use more (ties: `said`).

    >>> attribution_verb('"Yes," she says. "No," he says. "Maybe," he said.')
    'says'
    """
    said = says = 0
    for m in SAID.finditer(text):
        if m.group(1) == "said":
            said += 1
        else:
            says += 1
    return "says" if says > said else "said"


def find_speaker_tags(text: str, config: Config | None = None, *, doc: Document | None = None) -> list[Edit]:
    """Find attribution verbs overwritten by a copy; return `speaker_tag` edits restoring the verb.

    >>> t = ('"It is bad," said Abu Roma, who leads the Zinki group. '
    ...      '"We will win," he Abu Roma, who leads the Zinki group, referring to the city.')
    >>> from textrepair import apply_edits
    >>> apply_edits(t, find_speaker_tags(t)).split(". ")[1]
    '"We will win," he said, referring to the city.'
    """
    config = config or Config()
    verb = attribution_verb(text)
    edits: list[Edit] = []
    taken: set[int] = set()
    for c in copies_in(text, config.splice_min_words):
        tag = speaker_tag_start(text, c)
        end, src_start, src_end = c.end, c.src_start, c.src_end
        if tag is None and source_in_tag(text, c):
            # The description comes after the quote: the earlier span is the copy.
            tag = speaker_tag_start(text, Copy(c.source, c.count, c.first, src_start, src_end, c.start, c.end))
            end, src_start, src_end = src_end, c.start, c.end
        if tag is None or tag in taken:
            continue
        start = tag
        first = text[start:end].split()[0].casefold()
        if not text[start].isupper() and first not in ("the", "a", "an"):
            continue  # a description starts with a name or a determiner
        if first in SAY_VERBS:
            continue  # the verb is there: nothing was overwritten
        src = text[src_start:src_end]
        src = src if len(src) <= 40 else src[:37] + "..."
        edits.append(
            Edit(
                start, end, text[start:end], verb, Kind.SPEAKER_TAG,
                f"after a closing quote and a pronoun, a copy of the speaker's description "
                f"('{src}') stands where the verb was; restored '{verb}', the article's attribution verb",
                0.95,
            )
        )
        taken.add(start)
    for m in SHORT_TAG.finditer(text):
        a, b = m.span(1)
        if a in taken:
            continue
        name = regex.sub(r"\s+", " ", m.group(1))
        if text.find(name, 0, m.start()) == -1 and text.find(m.group(1), 0, m.start()) == -1:
            continue
        edits.append(
            Edit(
                a, b, text[a:b], verb, Kind.SPEAKER_TAG,
                f"after a closing quote and a pronoun, the name '{name}' stands where the verb was; "
                f"restored '{verb}', the article's attribution verb",
                0.9,
            )
        )
    return edits
