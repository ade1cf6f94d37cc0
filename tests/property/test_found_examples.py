"""Failing examples the property tests once found, kept as data so they are
never lost when the generator changes and Hypothesis explores elsewhere.

Each entry of found_examples.json has a label, the property it broke, a
comment (what went wrong, when it was found) and the text.  An entry marked
``known_failure`` is a strict xfail: when a detector fix makes it pass, the
test fails until the flag is removed, so the fix is recorded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textrepair import Kind, repair

pytestmark = pytest.mark.property

ENTRIES = json.loads((Path(__file__).parent / "found_examples.json").read_text(encoding="utf-8"))


def _hard_edits(text: str) -> list[object]:
    return [e for e in repair(text).edits if e.kind is not Kind.SPACING]


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param(e, id=e["label"], marks=[pytest.mark.xfail(reason=e["comment"], strict=True)])
        if e.get("known_failure")
        else pytest.param(e, id=e["label"])
        for e in ENTRIES
    ],
)
def test_found_example(entry: dict[str, object]) -> None:
    text = str(entry["text"])
    if entry["property"] == "idempotence":
        assert _hard_edits(repair(text).text) == []
    elif entry["property"] == "no-hard-edits":
        assert _hard_edits(text) == []
    else:  # pragma: no cover - a typo in the data file
        raise AssertionError(f"unknown property {entry['property']!r} in found_examples.json")


def test_entries_are_well_formed() -> None:
    labels = [e["label"] for e in ENTRIES]
    assert len(labels) == len(set(labels))
    assert all({"label", "property", "comment", "text"} <= set(e) for e in ENTRIES)
