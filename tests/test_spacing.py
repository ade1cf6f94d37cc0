"""Spacing: tokenisation undone on the seed, only where the text is tokenised,
in linear time.  Rule-by-rule examples are data cases (tests/cases/)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from textrepair import Kind, repair
from textrepair.analysis import Document
from textrepair.debris import find_debris
from textrepair.gaps import find_gaps
from textrepair.repeats import find_repeated_words
from textrepair.spacing import find_spacing

SEED = (Path(__file__).parent.parent / "seeds" / "000_3ab38929497f8cf9.txt").read_text(encoding="utf-8")

# What a tokeniser leaves, as the "done when" lists it.
LEFTOVERS = {
    "detached punctuation": r" [,.;:?!](?![\w.])",
    "split negation": r"\w n[’']t\b",
    "split clitic": r"\w [’'](?:s|ve|re|ll|d|m)\b",
    "space-padded quote": r'(?:^| )"(?: |$)',
    "padded dash": r" {2,}[—–]|[—–] {2,}",
}


@pytest.mark.parametrize("name", LEFTOVERS)
def test_seed_has_no_tokenisation_left(name: str) -> None:
    before = re.findall(LEFTOVERS[name], SEED, flags=re.MULTILINE)
    after = re.findall(LEFTOVERS[name], repair(SEED).text, flags=re.MULTILINE)
    assert before, f"the seed should show {name}"
    assert after == []


def test_seed_keeps_pasted_untokenised_copies() -> None:
    # The speaker tag holding `Roma, who` is the lead detectors' business; with
    # them off, the pasted copy must come back exactly as it was.
    from textrepair import Config

    text = repair(SEED, config=Config(speaker_tag=False, splice=False, pronoun=False)).text
    assert "he Abu Roma, who uses a nom de guerre and is a rebel commander with the Zinki group, which" in text
    assert "Mr. Assad’s government had" in text


def test_seed_initialisms() -> None:
    text = repair(SEED).text
    assert "the W.H.O. said" in text
    assert "Donald J. Trump," in text


def test_seed_quote_directions() -> None:
    text = repair(SEED).text
    # Every straight quote in the repaired seed touches a word on exactly one side.
    for m in re.finditer('"', text):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        assert (before == " ") != (after == " "), text[max(0, m.start() - 30) : m.end() + 30]
    assert '"Although some health services' in text
    assert 'serious health conditions," the health organization' in text
    assert 'as "hostages" of the insurgents' in text
    assert 'exterminate them," Hassan Yaacoub' in text


def test_document_flags_lines() -> None:
    doc = Document("Aleppo , Syria , was hit .\nRoma, who uses a nom de guerre, said so. He left.\nIt ’s over")
    assert doc.tokenised == [True, False, True]


def test_document_quote_directions_survive_a_lost_quote() -> None:
    # The first quote's opener was lost: the alternation must not flip the rest.
    t = 'terrorists , " adding that talks would resume . " We are ready , " he said . " Fine . "'
    doc = Document(t)
    dirs = [doc.closing_quotes[m.start()] for m in re.finditer('"', t)]
    assert dirs == [True, False, True, False, True]


def test_prose_line_in_tokenised_document_is_untouched() -> None:
    prose = "The mayor said, “It is over.” Officials, who spoke on Monday, agreed."
    text = "Aleppo , Syria , was hit . It ’s over , he said .\n" + prose
    assert repair(text).text.endswith("\n" + prose)


def test_spacing_edits_only_delete_or_shrink_whitespace() -> None:
    for e in find_spacing(SEED):
        assert e.kind is Kind.SPACING
        assert e.old.strip() == "" and len(e.new) < len(e.old)


# --- no catastrophic backtracking, no quadratic pass --------------------------------------

N = 100_000
PATHOLOGICAL = {
    "long run of spaces": "a" + " " * N + "b",
    "spaces before a newline": "a" + " " * N + "\n",
    "spaces then a word": " " * N + "x",
    "lone quotes": '" ' * N,
    "detached stops": " ." * N,
    "spaced initials": "W. " * N,
    "the the the": "the " * N,
    "newlines then names": "\n" * N + "Mr. Assad Syria Syria",
    "one long word": "a" * N,
    "padded dashes": "—  " * N,
    "clitics": "x ’s " * N,
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_detectors_are_linear(name: str) -> None:
    """Each input takes well under a second here; a quadratic pass would take minutes."""
    text = PATHOLOGICAL[name]
    start = time.perf_counter()
    doc = Document(text)
    find_spacing(text, doc=doc)
    find_gaps(text, doc=doc)
    find_repeated_words(text, doc=doc)
    find_debris(text, doc=doc)
    assert time.perf_counter() - start < 10.0
