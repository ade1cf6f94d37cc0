"""Tests for textrepair.score: the damage score and the sentence policy."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textrepair import Edit, Kind, apply_edits, repair
from textrepair.score import (
    damage_units,
    document_damage,
    drop_damaged_sentences,
    sentence_damage,
)

GAP = " [...] "


def gap_at(text: str, run: str = "    ", nth: int = 0) -> Edit:
    start = -1
    for _ in range(nth + 1):
        start = text.index(run, start + 1)
    return Edit(start, start + len(run), run, GAP, Kind.GAP, "x", 1.0)


@pytest.mark.parametrize(
    ("kind", "old", "units"),
    [
        (Kind.GAP, "   ", 1.0),
        (Kind.SPEAKER_TAG, "Abu Roma, who uses", 1.0),
        (Kind.SPLICE, "the Syrian government", 3.0),
        (Kind.SPLICE, "…", 1.0),  # a copy with no word still overwrote one
        (Kind.PRONOUN, "his", 0.5),
        (Kind.REPEATED_WORD, "the ", 0.25),
        (Kind.SPACING, " ", 0.0),
        (Kind.DEBRIS, "\n Mr. Assad Syria", 0.0),
    ],
)
def test_units_per_kind_scale_with_confidence(kind, old, units):
    assert damage_units(Edit(0, len(old), old, "", kind, "x", 1.0)) == units
    assert damage_units(Edit(0, len(old), old, "", kind, "x", 0.5)) == units * 0.5


def test_document_damage_is_units_per_word_capped_at_one():
    text = "one two three four    five six seven eight nine ten"
    assert document_damage(text, [gap_at(text)]) == pytest.approx(0.1)
    short = "a    b"
    edits = [gap_at(short), Edit(0, 1, "a", "", Kind.SPLICE, "x")]
    assert document_damage(short, edits) == 1.0
    assert document_damage("", []) == 0.0


def test_tokenisation_alone_is_no_damage():
    r = repair('" We no longer have hospitals to operate in , " he said .')
    assert r.edits and {e.kind for e in r.edits} == {Kind.SPACING}
    assert r.damage == 0.0


def test_result_damage_matches_the_function():
    text = "The    area of the city is surrounded by    forces."
    r = repair(text)
    assert r.damage == document_damage(text, r.edits) > 0


def test_sentence_damage_attributes_edits_to_repaired_sentences():
    text = "A fine sentence with six words. The    was    here. Last one is fine."
    edits = [gap_at(text, nth=0), gap_at(text, nth=1)]
    repaired = apply_edits(text, edits)
    sents = sentence_damage(repaired, edits)
    assert [repaired[s.start : s.end] for s in sents] == [
        "A fine sentence with six words. ",
        "The [...] was [...] here. ",
        "Last one is fine.",
    ]
    assert [s.words for s in sents] == [6, 3, 4]
    assert [s.units for s in sents] == [0.0, 2.0, 0.0]
    assert sents[1].damage == pytest.approx(2 / 3)


def test_drop_damaged_sentences_keeps_the_rest_verbatim():
    text = "A fine sentence with six words. The    was    here. Last one is fine."
    edits = [gap_at(text, nth=0), gap_at(text, nth=1)]
    repaired = apply_edits(text, edits)
    assert drop_damaged_sentences(repaired, edits, max_damage=0.5) == "A fine sentence with six words. Last one is fine."
    assert drop_damaged_sentences(repaired, edits, max_damage=0.7) == repaired


def test_error_drop_threshold_out_of_range():
    with pytest.raises(ValueError, match="max_damage must be between 0 and 1, got 1.5"):
        drop_damaged_sentences("x", [], max_damage=1.5)


@given(st.text(alphabet="ab .\n", max_size=80))
def test_damage_is_between_zero_and_one(text):
    r = repair(text)
    assert 0.0 <= r.damage <= 1.0
    total = sum(s.units for s in sentence_damage(r.text, r.edits, marker=r.marker))
    assert total == pytest.approx(sum(damage_units(e) for e in r.edits))
