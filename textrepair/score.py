"""A damage score: how much of a document was lost or had to be guessed.

Why: a scraped corpus mixes articles with one stray ``Aleppo , Syria`` and
articles where every other sentence lost words.  Both come back repaired, but
only the first is as good as clean text.  The score turns the edit record into
one number per document (and per sentence) so that a pipeline can keep, flag
or drop documents and sentences.

The score is an estimate of the fraction of the document's words that were
lost or overwritten, from the edits alone:

======================  ===============================================
edit kind               damage units (times the edit's confidence)
======================  ===============================================
``gap``                 1: at least one word was dropped there
``splice``              the words of the pasted copy (at least 1): it
                        stood over about as many original words
``speaker_tag``         1: the attribution verb was overwritten
``pronoun``             0.5: a word was damaged, but it is recoverable
``repeated_word``       0.25: a slip, nothing lost
``spacing``, ``debris`` 0: cosmetic; nothing of the article was lost
======================  ===============================================

``damage = min(1, units / words)`` where ``words`` counts the words of the
original.  0 is clean; 0.02 is two damaged spots per 100 words.  It is a
quality signal, not a measurement: the true number of lost words is unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from .diff import wrap_spans
from .edits import Edit, Kind

__all__ = ["SentenceDamage", "damage_units", "document_damage", "drop_damaged_sentences", "sentence_damage"]

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*")

_FIXED_UNITS = {
    Kind.GAP: 1.0,
    Kind.SPEAKER_TAG: 1.0,
    Kind.PRONOUN: 0.5,
    Kind.REPEATED_WORD: 0.25,
    Kind.SPACING: 0.0,
    Kind.DEBRIS: 0.0,
}


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Number of words (runs of letters and digits) in ``text[start:end]``."""
    return sum(1 for _ in _WORD.finditer(text, start, len(text) if end is None else end))


def damage_units(edit: Edit) -> float:
    """How many words one edit stands for as lost or overwritten (see the module doc).

    >>> damage_units(Edit(3, 7, "    ", " [...] ", Kind.GAP, "x", 0.9))
    0.9
    >>> damage_units(Edit(0, 25, "Mr. Hiltermann government", "", Kind.SPLICE, "x"))
    3.0
    """
    if edit.kind is Kind.SPLICE:
        units = float(max(1, count_words(edit.old)))
    else:
        units = _FIXED_UNITS.get(edit.kind, 1.0)
    return units * edit.confidence


def document_damage(original: str, edits: Iterable[Edit]) -> float:
    """The damage score of a document, 0 (clean) to 1 (see the module doc).

    >>> from textrepair import Edit, Kind
    >>> document_damage("Aleppo , Syria", [Edit(6, 7, " ", "", Kind.SPACING, "x")])
    0.0
    >>> text = "The    area of the city is surrounded by government forces."
    >>> round(document_damage(text, [Edit(3, 7, "    ", " [...] ", Kind.GAP, "x")]), 3)
    0.1
    """
    units = sum(damage_units(e) for e in edits)
    if units == 0:
        return 0.0
    return min(1.0, units / max(1, count_words(original)))


@dataclass(frozen=True, slots=True)
class SentenceDamage:
    """The damage of one sentence of the repaired text.

    `start`/`end` are offsets into the repaired text; `words` counts its words
    (a marker counts as none); `damage` is units / max(words, 1), capped at 1.
    """

    start: int
    end: int
    words: int
    units: float
    damage: float


def sentence_damage(text: str, edits: Sequence[Edit], *, marker: str = "[...]") -> list[SentenceDamage]:
    """Damage per sentence of the repaired `text` made from `edits`.

    An edit counts in the sentence of the repaired text where its replacement
    starts.  Sentences are found with the diff's sentence splitter.
    """
    spans = wrap_spans(text, 0, len(text), max(len(text), 10)) if text else []
    units = [0.0] * len(spans)
    shift = 0
    j = 0
    for e in edits:
        pos = e.start + shift
        while j < len(spans) - 1 and spans[j][1] <= pos:
            j += 1
        if spans:
            units[j] += damage_units(e)
        shift += e.shift
    out = []
    for (lo, hi), u in zip(spans, units):
        seg = text[lo:hi].replace(marker, " ") if marker else text[lo:hi]
        words = count_words(seg)
        out.append(SentenceDamage(lo, hi, words, u, min(1.0, u / max(1, words)) if u else 0.0))
    return out


def drop_damaged_sentences(
    text: str, edits: Sequence[Edit], *, max_damage: float, marker: str = "[...]"
) -> str:
    """The repaired `text` without the sentences whose damage exceeds `max_damage`.

    A policy for training corpora where a sentence with most of its words lost
    is worse than no sentence.  This is applied after `repair`, outside the
    edit record: the edits still describe the repair, not the dropping.

    >>> from textrepair import Edit, Kind
    >>> text = "A fine sentence here. The    was    . Another fine one."
    >>> gaps = [Edit(25, 29, "    ", " [...] ", Kind.GAP, "x"), Edit(32, 36, "    ", " [...] ", Kind.GAP, "x")]
    >>> from textrepair import apply_edits
    >>> drop_damaged_sentences(apply_edits(text, gaps), gaps, max_damage=0.5)
    'A fine sentence here. Another fine one.'
    """
    if not 0.0 <= max_damage <= 1.0:
        raise ValueError(f"max_damage must be between 0 and 1, got {max_damage!r}")
    keep = [
        text[s.start : s.end] for s in sentence_damage(text, edits, marker=marker) if s.damage <= max_damage
    ]
    return "".join(keep).rstrip() if len(keep) else ""
