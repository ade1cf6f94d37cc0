"""Debris: the seed's trailing line of bare names goes, and only such a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from textrepair import Kind, repair
from textrepair.debris import find_debris

SEED = (Path(__file__).parent.parent / "seeds" / "000_3ab38929497f8cf9.txt").read_text(encoding="utf-8")


def test_seed_debris_line_is_removed() -> None:
    r = repair(SEED)
    debris = [e for e in r.edits if e.kind is Kind.DEBRIS]
    assert len(debris) == 1
    assert debris[0].old.strip() == "Mr. Assad Syria Syria"
    assert debris[0].end == len(SEED)
    assert "\n" not in r.text
    assert r.text.endswith('is no more."')


@pytest.mark.parametrize(
    "text",
    [
        "He spoke in Syria.\nReporting by Anne Barnard",
        "He spoke in Syria.\nSyria, Assad",
        "Mr. Assad spoke in Syria.\nMr. Assad spoke.",
        "Syria was hit.\nSyria Damascus",
        "Mr. Assad Syria Syria",
        "Syria was hit.\n\n",
    ],
)
def test_not_debris(text: str) -> None:
    assert find_debris(text) == []


def test_debris_respects_max_words() -> None:
    from textrepair import Config

    text = "Mr. Assad spoke in Syria and Damascus.\nMr. Assad Syria Syria Damascus"
    assert find_debris(text, Config(debris_max_words=5))
    assert find_debris(text, Config(debris_max_words=4)) == []
