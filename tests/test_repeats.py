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


def test_unicode_facts_the_pair_search_relies_on() -> None:
    # `repeats._candidates` searches an ASCII-lowercased byte copy instead of
    # `text.lower()`; that finds the same pairs only while these hold.
    import sys

    from textrepair.repeats import LENGTH_CHANGING_LOWER

    letters = set("".join(NEVER_DOUBLED))
    longer, to_letters = [], []
    for code in range(sys.maxunicode + 1):
        low = chr(code).lower()
        if len(low) != 1:
            longer.append(chr(code))
        elif code > 127 and low in letters:
            to_letters.append(chr(code))
    assert "".join(longer) == LENGTH_CHANGING_LOWER
    assert to_letters == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # with `İ`, the pattern scans the whole text
        ("Émile said “the the ’s” and ſo THE the end, İ of of.", [(15, " the"), (34, " the"), (48, " of")]),
        ("Émile said “the the” and ſo on, THE the end.", [(15, " the"), (35, " the")]),
        # the substring search reads `ſ` as itself, not as `s`
        ("Émile: “the the” and thoſe those, THE the end.", [(11, " the"), (37, " the")]),
    ],
)
def test_doubling_found_beside_non_ascii_text(text: str, found: list[tuple[int, str]]) -> None:
    assert [(e.start, e.old) for e in repair(text).edits if e.kind is Kind.REPEATED_WORD] == found
