"""The data cases: one loader for every file in tests/cases/.

Each file is a JSON list of cases, in the manner of ftfy's test cases:

``label``
    a short unique name (the test id).
``comment``
    why the case exists: what it shows, what in the wild it comes from.
``input`` / ``expected``
    the text given to `repair` and the full text it must return.
``kinds`` (optional)
    the edit kinds the repair must use, exactly (``[]``: no edit at all).
``config`` / ``marker`` (optional)
    `Config` fields and the marker to repair with.

The files: ``in-the-wild.json`` (excerpts of the seed article),
``synthetic.json`` (one rule or one near-miss per case), ``negative-articles.json``
(eight whole clean articles of 900 words, name- and quote-dense), ``negative.json``
(clean prose that must come back byte-identical with zero edits) and
``known-failures.json`` (what the detectors get wrong on purpose or for now;
each is a strict xfail, so a fix shows up as a failure to move the case).

Every case, known failures included, must replay: the edits applied to the
original give the text, and the text with the edits gives back the original.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from textrepair import DEFAULT_MARKER, Config, apply_edits, repair

CASES_DIR = Path(__file__).parent / "cases"
FILES = ("in-the-wild", "synthetic", "negative", "negative-articles", "known-failures")
REQUIRED = {"label", "comment", "input", "expected"}
OPTIONAL = {"kinds", "config", "marker"}


def _load(name: str) -> list[dict[str, Any]]:
    with open(CASES_DIR / f"{name}.json", encoding="utf-8") as f:
        cases: list[dict[str, Any]] = json.load(f)
    return cases


ALL = {name: _load(name) for name in FILES}


def _params(*names: str, xfail_known: bool = True) -> list[Any]:
    """One pytest param per case; known failures are strict xfails unless `xfail_known` is off."""
    out = []
    for name in names:
        for case in ALL[name]:
            known = xfail_known and name == "known-failures"
            marks = [pytest.mark.xfail(strict=True, reason=case["comment"])] if known else []
            out.append(pytest.param(case, id=f"{name}:{case['label']}", marks=marks))
    return out


def _repair(case: dict[str, Any]) -> Any:
    config = Config(**case["config"]) if "config" in case else None
    return repair(case["input"], marker=case.get("marker", DEFAULT_MARKER), config=config)


@pytest.mark.parametrize("name", FILES)
def test_case_file_is_well_formed(name: str) -> None:
    cases = ALL[name]
    assert cases, f"{name}.json has no cases"
    labels = [c["label"] for c in cases]
    assert len(labels) == len(set(labels)), f"duplicate labels in {name}.json"
    for case in cases:
        assert REQUIRED <= case.keys() <= REQUIRED | OPTIONAL, case["label"]
        assert case["comment"].strip(), case["label"]
        if name.startswith("negative"):
            assert case["expected"] == case["input"], case["label"]
            assert case.get("kinds", []) == [] and "config" not in case, case["label"]


def test_negative_corpus_size() -> None:
    """The brief asks for at least 30 clean paragraphs; more than 30 are name-dense."""
    negative = ALL["negative"]
    assert len(negative) >= 60
    assert sum(c["label"].startswith("names-") for c in negative) >= 30


@pytest.mark.parametrize(
    "case", _params("in-the-wild", "synthetic", "negative", "negative-articles", "known-failures")
)
def test_case(case: dict[str, Any]) -> None:
    result = _repair(case)
    assert result.text == case["expected"]
    if "kinds" in case:
        assert sorted(result.counts) == sorted(case["kinds"])


@pytest.mark.parametrize("case", _params("negative", "negative-articles"))
def test_negative_case_is_untouched(case: dict[str, Any]) -> None:
    result = _repair(case)
    assert result.edits == ()
    assert result.text == case["input"]


@pytest.mark.parametrize("case", _params(*FILES, xfail_known=False))
def test_case_replays(case: dict[str, Any]) -> None:
    result = _repair(case)
    assert apply_edits(result.original, result.edits) == result.text
    assert result.reverted() == case["input"]
    assert result.original == case["input"]


@pytest.mark.parametrize("case", _params("in-the-wild", "synthetic"))
def test_case_is_idempotent(case: dict[str, Any]) -> None:
    """Repairing a repaired text changes nothing more."""
    once = _repair(case)
    twice = _repair({**case, "input": once.text})
    assert twice.text == once.text
