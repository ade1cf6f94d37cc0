"""Pronouns: the fast search for attribution tags finds what the plain one does."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from textrepair.copies import looks_english
from textrepair.pronouns import _AFTER_DETERMINER, _PRONOUN_NOUN, _TAG_SUBJECT, _by_first_letter, find_pronouns
from textrepair.wordlists import SAY_VERBS

# An attribution verb with the whitespace character before it, wherever it stands.
SAY_VERB = re.compile(r"\s(?:" + _by_first_letter(SAY_VERBS) + r")\b")


def _tag_subjects_by_definition(text: str) -> list[tuple[int, int, str]]:
    """The pronouns `_TAG_SUBJECT` finds before each `SAY_VERB` match, every verb tried."""
    out = []
    for v in SAY_VERB.finditer(text):
        tag = _TAG_SUBJECT.search(text, max(0, v.start() - 12), v.start() + 1)
        if tag is not None:
            out.append((tag.start(1), tag.end(1), tag.group(1)))
    return out


_WORDS = (
    'his him her hers them their us our me my His Her Them HIS he she I said says told asked saidx Said '
    '" ” . ? ! , with the x “ ourselves'
).split(" ")
_SEPARATORS = [" ", " ", " ", "  ", "   ", "    ", "\n", " \n", "\n ", "\t", "\u00a0", ""]


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=30))
@example([("his", " "), ("said", " "), (".", "\n"), ("his", " "), ("said", " "), ('"', "   "), ("their", "  "),
          ("said", "")])
def test_tag_pronouns_are_the_ones_every_verb_would_find(pieces: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in pieces)
    found = [(e.start, e.end, e.old) for e in find_pronouns(text) if "attribution verb" in e.reason]
    # (Text that does not read as English gets no pronoun edit at all.)
    assert found == (_tag_subjects_by_definition(text) if looks_english(text) else [])


# `_PRONOUN_NOUN` as first written: a leading lookbehind, tried at every character.
PRONOUN_NOUN_BY_DEFINITION = re.compile(r"(?:^|(?<=[\s\"“]))(he|she|we|they|He|She|We|They) ([a-z][a-z’'-]*) (\S+)")
_PRONOUN_PIECES = "he she we they He She We They HE the these wet them sheep shed thew x family ca - ’ . \" “ ,".split(" ")


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(st.sampled_from(_PRONOUN_PIECES), st.sampled_from(_SEPARATORS)), max_size=20))
@example([("x", ""), ("he", " "), ("family", " "), ("ca", "\n"), ("She", " "), ("sheep", " "), ("x", "")])
def test_pronoun_noun_scan_finds_what_the_plain_pattern_does(pieces: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in pieces)
    expected = [(m.span(), m.groups()) for m in PRONOUN_NOUN_BY_DEFINITION.finditer(text)]
    assert [(m.span(), m.groups()) for m in _PRONOUN_NOUN.finditer(text)] == expected


# `_AFTER_DETERMINER` as first written: a leading word boundary, tried at every character.
AFTER_DETERMINER_BY_DEFINITION = re.compile(
    r"\b(?i:the|a|an|his|her|their|our|its|my|this|that|every|each) ([a-z][a-z’'-]*)"
    r"(?=\s*(?:[,.;:!?\"”)]|$|[’']s\b)|\s+(?:of|in|on|at|to|for|with|from|by|and|or|but|is|was|are|were|has|had|have"
    r"|will|would|could|can|said|says)\b)"
)
# Every determiner in other cases (`ı` and `İ` match `i` case-insensitively,
# `ſ` matches `s`), words that start or end like one, and what may follow.
_DETERMINER_PIECES = (
    "the a an his her their our its my this that every each The THE A An HIS Their İts ıts hiſ thiſ "
    "xthe _a 2a athe thee anx hi the’ plan family law county of in said is , . \" ” ) x-y é ’s 's"
).split(" ")


@settings(max_examples=1000, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(st.sampled_from(_DETERMINER_PIECES), st.sampled_from(_SEPARATORS)), max_size=20))
@example([("their", " "), ("the", " "), ("is", ",")])
@example([("x", ""), ("İts", " "), ("plan", "."), ("_a", " "), ("law", "")])
def test_noun_scan_finds_what_the_plain_pattern_does(pieces: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in pieces)
    expected = [(m.span(), m.groups()) for m in AFTER_DETERMINER_BY_DEFINITION.finditer(text)]
    assert [(m.span(), m.groups()) for m in _AFTER_DETERMINER.finditer(text)] == expected
