"""The public API: errors, the Edit and Config value objects, the result.

Error tests are named ``test_error_*`` and assert the exact message: the
message is part of the API (it tells the caller what to pass instead).
"""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import textrepair
from textrepair import (
    DEFAULT_MARKER,
    Config,
    Edit,
    EditError,
    Kind,
    RepairResult,
    apply_edits,
    repair,
    revert_edits,
)
from textrepair.edits import resolve_overlaps

DAMAGED = (
    "BEIRUT , Lebanon   —    The remaining hospitals on the    side of Aleppo , Syria , "
    "have been damaged , the W. H. O. said . Russia has allied with the the Syrian government ."
    "\n Aleppo Syria Syria "
)
REPAIRED = (
    "BEIRUT, Lebanon — The remaining hospitals on the [...] side of Aleppo, Syria, "
    "have been damaged, the W.H.O. said. Russia has allied with the Syrian government."
)


# --- errors: what repair() accepts -------------------------------------------------


def test_error_bytes() -> None:
    with pytest.raises(TypeError) as info:
        repair(b"Aleppo , Syria")  # type: ignore[arg-type]
    assert str(info.value) == (
        "repair() takes text as str, not bytes; decode it first, e.g. repair(data.decode('utf-8'))"
    )


def test_error_bytearray() -> None:
    with pytest.raises(TypeError) as info:
        repair(bytearray(b"Aleppo"))  # type: ignore[arg-type]
    assert str(info.value) == (
        "repair() takes text as str, not bytearray; decode it first, e.g. repair(data.decode('utf-8'))"
    )


def test_error_none() -> None:
    with pytest.raises(TypeError) as info:
        repair(None)  # type: ignore[arg-type]
    assert str(info.value) == "repair() takes text as str, not None; pass '' for an empty document"


def test_error_int() -> None:
    with pytest.raises(TypeError) as info:
        repair(42)  # type: ignore[arg-type]
    assert str(info.value) == "repair() takes text as str, not int; pass the article's text"


def test_error_list_of_lines() -> None:
    with pytest.raises(TypeError) as info:
        repair(["Aleppo , Syria"])  # type: ignore[arg-type]
    assert str(info.value) == "repair() takes text as str, not list; pass the article's text"


def test_error_text_as_keyword() -> None:
    with pytest.raises(TypeError, match="positional-only"):
        repair(text="Aleppo , Syria")  # type: ignore[call-arg]


def test_error_marker_positional() -> None:
    with pytest.raises(TypeError, match="positional argument"):
        repair("Aleppo , Syria", "[...]")  # type: ignore[misc]


def test_error_bad_marker() -> None:
    with pytest.raises(TypeError) as info:
        repair("on the    side", marker=None)  # type: ignore[arg-type]
    assert str(info.value) == "repair() takes marker as str, not NoneType; use marker='' for none"


def test_error_bad_marker_bytes() -> None:
    with pytest.raises(TypeError) as info:
        repair("on the    side", marker=b"[...]")  # type: ignore[arg-type]
    assert str(info.value) == "repair() takes marker as str, not bytes; use marker='' for none"


def test_error_config_as_dict() -> None:
    with pytest.raises(TypeError) as info:
        repair("Aleppo , Syria", config={"gap": False})  # type: ignore[arg-type]
    assert str(info.value) == (
        "repair() takes config as textrepair.Config, not dict; build one with Config(gap=False, ...)"
    )


# --- errors: Config ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("min_confidence", 1.5, "Config.min_confidence must be between 0 and 1, got 1.5"),
        ("min_confidence", -0.1, "Config.min_confidence must be between 0 and 1, got -0.1"),
        ("gap_min_spaces", 1, "Config.gap_min_spaces must be between 2 and 100, got 1"),
        ("splice_min_words", 1, "Config.splice_min_words must be between 2 and 50, got 1"),
        ("debris_max_words", 0, "Config.debris_max_words must be between 1 and 100, got 0"),
    ],
)
def test_error_config_out_of_range(field: str, value: object, message: str) -> None:
    with pytest.raises(ValueError) as info:
        Config(**{field: value})  # type: ignore[arg-type]
    assert str(info.value) == message


def test_error_config_unknown_field() -> None:
    with pytest.raises(TypeError, match="no_such_option"):
        Config(no_such_option=True)  # type: ignore[call-arg]


def test_error_config_only_unknown_kind() -> None:
    with pytest.raises(ValueError, match="'gaps' is not a valid Kind"):
        Config.only("gaps")


# --- errors: Edit --------------------------------------------------------------------


def test_error_edit_reversed_offsets() -> None:
    with pytest.raises(ValueError) as info:
        Edit(5, 3, "", "", Kind.SPACING, "x")
    assert str(info.value) == "Edit offsets must satisfy 0 <= start <= end, got 5:3"


def test_error_edit_negative_offset() -> None:
    with pytest.raises(ValueError) as info:
        Edit(-1, 0, "a", "", Kind.SPACING, "x")
    assert str(info.value) == "Edit offsets must satisfy 0 <= start <= end, got -1:0"


def test_error_edit_old_length() -> None:
    with pytest.raises(ValueError) as info:
        Edit(0, 3, "ab", "", Kind.SPACING, "x")
    assert str(info.value) == "Edit.old has length 2 but spans 0:3"


def test_error_edit_confidence() -> None:
    with pytest.raises(ValueError) as info:
        Edit(0, 1, " ", "", Kind.SPACING, "x", 1.5)
    assert str(info.value) == "Edit.confidence must be in 0..1, got 1.5"


def test_error_edit_unknown_kind() -> None:
    with pytest.raises(ValueError, match="'typo' is not a valid Kind"):
        Edit(0, 1, " ", "", "typo", "x")  # type: ignore[arg-type]


# --- errors: apply_edits / revert_edits ---------------------------------------------------


def test_error_apply_edits_not_str() -> None:
    with pytest.raises(TypeError) as info:
        apply_edits(b"Aleppo , Syria", [])  # type: ignore[arg-type]
    assert str(info.value) == "apply_edits() needs the original text as str, got bytes"


def test_error_revert_edits_not_str() -> None:
    with pytest.raises(TypeError) as info:
        revert_edits(None, [])  # type: ignore[arg-type]
    assert str(info.value) == "revert_edits() needs the repaired text as str, got NoneType"


def test_error_apply_edits_mismatch_draws_caret() -> None:
    text = "Aleppo , Syria , was hit ."
    bad = Edit(8, 9, "x", "", Kind.SPACING, "x")  # text[8] is a space
    with pytest.raises(EditError) as info:
        apply_edits(text, [bad])
    err = info.value
    assert isinstance(err, ValueError)
    assert err.position == 8 and err.text == text
    first, snippet, caret = str(err).split("\n")
    assert first == (
        f"edit {bad!r} does not match the text: it holds ' ' there; were these edits made for another text?"
    )
    assert snippet == "    " + text
    assert caret == "    " + " " * 8 + "^"


def test_error_apply_edits_overlap() -> None:
    text = "Aleppo , Syria"
    a = Edit(6, 8, " ,", ",", Kind.SPACING, "x")
    b = Edit(7, 9, ", ", ",", Kind.SPACING, "x")
    with pytest.raises(EditError) as info:
        apply_edits(text, [a, b])
    message = str(info.value)
    assert message.startswith(
        "edits overlap or are out of order at offset 7; sort them by start and resolve overlaps first"
    )
    assert message.splitlines()[-1] == "    " + " " * 7 + "^"


def test_error_apply_edits_out_of_order() -> None:
    text = "Aleppo , Syria , was hit"
    first = Edit(6, 7, " ", "", Kind.SPACING, "x")
    second = Edit(14, 15, " ", "", Kind.SPACING, "x")
    with pytest.raises(EditError, match="out of order at offset 6"):
        apply_edits(text, [second, first])


def test_error_revert_edits_mismatch() -> None:
    result = repair("on the    side of Aleppo")
    with pytest.raises(EditError, match="does not match the repaired text"):
        revert_edits("Something else entirely", result.edits)


def test_error_edit_error_without_position_has_no_caret() -> None:
    err = EditError("plain message")
    assert str(err) == "plain message"


# --- Edit ------------------------------------------------------------------------------


def test_edit_is_frozen_and_hashable() -> None:
    e = Edit(6, 7, " ", "", Kind.SPACING, "space before a comma", 0.98)
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.start = 0  # type: ignore[misc]
    assert len({e, Edit(6, 7, " ", "", Kind.SPACING, "space before a comma", 0.98)}) == 1


def test_edit_kind_from_string() -> None:
    e = Edit(0, 1, " ", "", "gap", "x")  # type: ignore[arg-type]
    assert e.kind is Kind.GAP


def test_edit_repr_is_short() -> None:
    e = Edit(0, 300, "x" * 300, "", Kind.DEBRIS, "a long line of names")
    assert len(repr(e)) < 80
    assert "debris" in repr(e) and "0:300" in repr(e)


def test_edit_dict_round_trip() -> None:
    for e in repair(DAMAGED).edits:
        assert Edit.from_dict(json.loads(json.dumps(e.to_dict()))) == e


def test_kind_values_are_the_vocabulary() -> None:
    assert [k.value for k in Kind] == [
        "spacing",
        "gap",
        "speaker_tag",
        "splice",
        "repeated_word",
        "debris",
        "pronoun",
    ]


# --- Config --------------------------------------------------------------------------


def test_config_is_frozen() -> None:
    c = Config()
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.gap = False  # type: ignore[misc]


def test_config_has_a_switch_per_kind() -> None:
    c = Config()
    assert all(c.enabled(k) for k in Kind)
    for k in Kind:
        assert not Config().replace(**{k.value: False}).enabled(k)


def test_config_switch_turns_detector_off() -> None:
    assert repair(DAMAGED, config=Config(spacing=False)).count(Kind.SPACING) == 0
    assert repair(DAMAGED, config=Config(gap=False)).count(Kind.GAP) == 0
    only_gap = repair(DAMAGED, config=Config.only("gap"))
    assert set(only_gap.counts) == {"gap"}


# --- the result ---------------------------------------------------------------------------


def test_repair_result_fields() -> None:
    r = repair(DAMAGED)
    assert isinstance(r, RepairResult)
    assert r.text == REPAIRED
    assert r.original == DAMAGED
    assert r.marker == DEFAULT_MARKER == "[...]"
    assert isinstance(r.edits, tuple)
    assert all(r.original[e.start : e.end] == e.old for e in r.edits)


def test_repair_result_is_immutable() -> None:
    r = repair(DAMAGED)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.text = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        r.counts["gap"] = 0  # type: ignore[index]


def test_repair_result_unpacks() -> None:
    text, edits = repair(DAMAGED)
    assert text == REPAIRED
    assert edits == repair(DAMAGED).edits


def test_counts_per_kind() -> None:
    r = repair(DAMAGED)
    assert dict(r.counts) == {"spacing": 10, "gap": 1, "repeated_word": 1, "debris": 1}
    assert list(r.counts) == ["spacing", "gap", "repeated_word", "debris"]  # vocabulary order
    assert sum(r.counts.values()) == len(r.edits)
    assert r.count("gap") == r.count(Kind.GAP) == 1
    assert r.count("splice") == 0
    assert r.changed and not repair("Clean prose.").changed


def test_edits_are_sorted_and_disjoint() -> None:
    edits = repair(DAMAGED).edits
    assert all(a.end <= b.start for a, b in zip(edits, edits[1:]))


def test_reverted_gives_back_the_original() -> None:
    r = repair(DAMAGED)
    assert r.reverted() == DAMAGED
    assert revert_edits(r.text, r.edits) == DAMAGED


def test_marker_choices() -> None:
    assert "[...]" in repair("on the    side of Aleppo").text
    assert repair("on the    side of Aleppo", marker="").text == "on the side of Aleppo"
    assert repair("on the    side of Aleppo", marker="▯").text == "on the ▯ side of Aleppo"


def test_to_dict_is_json_and_replays() -> None:
    r = repair(DAMAGED)
    data = json.loads(json.dumps(r.to_dict()))
    assert data["text"] == r.text
    assert data["counts"] == dict(r.counts)
    edits = [Edit.from_dict(d) for d in data["edits"]]
    assert apply_edits(DAMAGED, edits) == r.text


def test_repr_of_result() -> None:
    assert repr(repair("Clean prose.")) == "RepairResult(12 chars, 0 edits: none)"
    assert re.fullmatch(r"RepairResult\(\d+ chars, 13 edits: spacing=10, .*\)", repr(repair(DAMAGED)))


def test_public_names() -> None:
    assert {"repair", "Edit", "Kind", "Config", "RepairResult", "apply_edits"} <= set(textrepair.__all__)


def test_resolve_overlaps_prefers_the_priority_kind() -> None:
    gap = Edit(6, 10, "    ", " [...] ", Kind.GAP, "x")
    spacing = Edit(6, 10, "    ", " ", Kind.SPACING, "x")
    assert resolve_overlaps([spacing, gap], [Kind.GAP, Kind.SPACING]) == (gap,)
    assert resolve_overlaps([spacing, gap], [Kind.SPACING, Kind.GAP]) == (spacing,)


def test_empty_text() -> None:
    r = repair("")
    assert (r.text, r.edits, dict(r.counts)) == ("", (), {})


# --- one property: every result replays ---------------------------------------------------

# Text biased towards what the detectors look at (spaces, punctuation, quotes,
# clitics, newlines), mixed with arbitrary Unicode.
_PIECES = st.sampled_from(
    [" ", "  ", "    ", " , ", " . ", ' " ', " ’s", " n’t", "the the ", "—", "\n", "Mr.", "W. H. O. ", "Syria"]
)
_TEXTS = st.one_of(st.text(), st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join))


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_every_result_replays(original: str) -> None:
    r = repair(original)
    assert apply_edits(original, r.edits) == r.text
    assert r.reverted() == original


def test_every_config_field_is_documented() -> None:
    from pathlib import Path

    page = (Path(__file__).parent.parent / "docs" / "options.md").read_text(encoding="utf-8")
    missing = [f.name for f in dataclasses.fields(Config) if f"`{f.name}`" not in page]
    assert missing == [], f"add these Config fields to docs/options.md: {missing}"


@pytest.mark.parametrize("enabled", [True, False])
def test_repair_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    import gc

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        repair(DAMAGED)
        assert gc.isenabled() is enabled
        with pytest.raises(TypeError):
            repair(None)  # type: ignore[arg-type]
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_huge_input_is_repaired_in_segments_with_original_offsets() -> None:
    from textrepair.pipeline import SEGMENT_CHARS

    line = "Aleppo , Syria , was hit on the    side of the city .\n"
    text = line * (3 * SEGMENT_CHARS // len(line))
    r = repair(text)
    assert apply_edits(text, r.edits) == r.text
    assert r.text == "Aleppo, Syria, was hit on the [...] side of the city.\n" * (3 * SEGMENT_CHARS // len(line))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"min_confidence": "0.5"}, "Config.min_confidence must be a number between 0 and 1, got '0.5'"),
        ({"gap": "no"}, "Config.gap must be True or False, got 'no'"),
        ({"gap_min_spaces": 2.5}, "Config.gap_min_spaces must be a whole number, got 2.5"),
    ],
)
def test_error_config_wrong_type(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError) as err:
        Config(**kwargs)  # type: ignore[arg-type]
    assert str(err.value) == message
