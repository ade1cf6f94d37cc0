"""Repeated words: accidental doublings go, grammatical ones stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from textrepair import Config, Kind, repair
from textrepair.repeats import NEVER_DOUBLED

SEED = (Path(__file__).parent.parent / "seeds" / "000_3ab38929497f8cf9.txt").read_text(encoding="utf-8")


def test_seed_the_the() -> None:
    assert "the the" in SEED
    text = repair(SEED, config=Config(splice=False, speaker_tag=False)).text
    assert "the the" not in text
    assert "allied with the Syrian government" in text


@pytest.mark.parametrize("word", sorted(NEVER_DOUBLED))
def test_function_word_doubling_is_removed(word: str) -> None:
    r = repair(f"They spoke {word} {word} time.")
    assert r.text == f"They spoke {word} time."
    assert [e.kind for e in r.edits] == [Kind.REPEATED_WORD]


@pytest.mark.parametrize(
    "text",
    [
        "They had had enough.",
        "She said that that was wrong.",
        "Bye bye, Syria.",
        "It was very, very bad.",
        "What it is is money.",
        "He came in in May.",
        "He gave her her passport.",
        "She looked at at least six houses.",
        "My my, what a day.",
        "the\nthe end",
    ],
)
def test_grammatical_doubling_is_kept(text: str) -> None:
    assert repair(text).edits == ()


def test_doubled_name_is_not_a_repeated_word() -> None:
    # `one Syria Syria is no more`: whatever else it is, not a doubled function word.
    assert repair("bye bye one Syria Syria is no more.").count(Kind.REPEATED_WORD) == 0
