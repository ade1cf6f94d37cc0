"""Gaps on the seed: every redacted run of spaces is a gap edit, and nothing else is."""

from __future__ import annotations

import re
from pathlib import Path

from textrepair import Config, Kind, repair

SEED = (Path(__file__).parent.parent / "seeds" / "000_3ab38929497f8cf9.txt").read_text(encoding="utf-8")
OTHERS_OFF = Config(speaker_tag=False, splice=False, pronoun=False)


def _runs(text: str) -> list[tuple[int, int]]:
    """Runs of 2+ spaces between visible characters, except those padding a dash."""
    return [
        m.span()
        for m in re.finditer(r"(?<=\S) {2,}(?=\S)", text)
        if text[m.start() - 1] not in "—–" and text[m.end()] not in "—–"
    ]


def test_every_redacted_gap_is_a_gap_edit() -> None:
    runs = _runs(SEED)
    assert len(runs) == 22
    gaps = [(e.start, e.end) for e in repair(SEED, config=OTHERS_OFF).edits if e.kind is Kind.GAP]
    assert gaps == runs


def test_every_gap_is_marked_or_inside_a_larger_repair() -> None:
    """With every detector on, a gap inside a removed copy goes with the copy."""
    edits = repair(SEED).edits
    for a, b in _runs(SEED):
        assert any(e.start <= a and b <= e.end for e in edits), SEED[a - 30 : b + 30]


def test_dash_padding_is_not_a_gap() -> None:
    edits = repair(SEED, config=OTHERS_OFF).edits
    for m in re.finditer(r" +[—–] +", SEED):
        inside = [e for e in edits if m.start() <= e.start and e.end <= m.end()]
        assert inside and all(e.kind is Kind.SPACING for e in inside)


def test_seed_gap_markers() -> None:
    text = repair(SEED, config=OTHERS_OFF).text
    assert text.count("[...]") == 22
    assert "on the [...] side of Aleppo" in text
    assert "President Bashar [...] of Syria." in text
    plain = repair(SEED, marker="", config=OTHERS_OFF).text
    assert "[...]" not in plain and "  " not in plain
    assert "on the side of Aleppo" in plain


def test_gap_confidence_grows_with_evidence() -> None:
    t = "The    area and the  districts nearby, said the  ’s team."
    conf = {e.old: e.confidence for e in repair(t).edits if e.kind is Kind.GAP}
    assert conf["    "] == 0.9
    weak = [e for e in repair(t).edits if e.kind is Kind.GAP and e.old == "  "]
    assert sorted(e.confidence for e in weak) == [0.6, 0.8]
