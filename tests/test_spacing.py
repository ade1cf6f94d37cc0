"""Spacing: tokenisation undone on the seed, only where the text is tokenised,
in linear time.  Rule-by-rule examples are data cases (tests/cases/)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from textrepair import Kind, repair
from textrepair.analysis import Document, _count_signs
from textrepair.debris import find_debris
from textrepair.gaps import find_gaps
from textrepair.repeats import find_repeated_words
from textrepair.spacing import _spaces_before, find_spacing

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


def _colloquial_by_definition(text: str, s: int, a: int) -> bool:
    """`gon na`, `wan na`, `got ta` split at `a`: the first word (any case) starts
    a word on the line, the syllable is all lowercase or all capitals."""
    first, syllable = text[a - 3 : a].lower(), text[a + 1 : a + 3]
    starts_word = a - 3 >= s and (a - 3 == 0 or not (text[a - 4].isalnum() or text[a - 4] == "_"))
    return starts_word and (
        (first in ("gon", "wan") and syllable in ("na", "NA")) or (first == "got" and syllable in ("ta", "TA"))
    )


# The rules of `spacing` (listed at `spacing._PUNCT`) as one plain pattern: a
# run of spaces with a visible character before it (not the line start, nor
# the tail of a longer run), and after it what one of the rules names.  Each
# named group is one rule (the match's `lastindex` is the rule's number).
# Tried at every space; `find_spacing` finds the same runs faster.
SPACE_BEFORE = re.compile(
    r" (?<=[^ \n] ) *(?="
    r"(?P<punct>[,;:?!](?:\s|$|[\"”’)\]]))"
    r"|(?P<stop>\.(?![.\w])(?! \.)(?:\s|$|[\"”’)\]]))"
    r"|(?P<neg>[nN][’'][tT](?![\w’']))"
    r"|(?P<clitic>[’'](?:[sdm]|ve|re|ll|[SDM]|VE|RE|LL)(?![\w’']))"
    r"|(?P<poss>[’'](?: |$))"
    r"|(?P<pct>%)"
    r"|(?P<close>[)\]”](?:\s|$|[,.;:?!]))"
    r"|(?P<trail>$)"
    r"|(?P<colloquial>[nNtT][aA]\b)"
    r")",
    re.MULTILINE,
)


def _spaces_before_by_definition(text: str, s: int, e: int) -> set[tuple[int, int, int]]:
    """`spacing._spaces_before` the slow, plain way: every `SPACE_BEFORE` match
    and the checks on the word before it, as the rules state them."""
    out = set()
    for m in SPACE_BEFORE.finditer(text, s, e):
        a, b = m.span()
        rule = m.lastindex
        assert rule is not None
        name = SPACE_BEFORE.groupindex
        single = rule in (name["neg"], name["clitic"], name["poss"], name["pct"], name["colloquial"])
        if single and b - a != 1:
            continue
        prev = text[a - 1]
        if rule == name["pct"] and not prev.isdigit():
            continue
        if rule == name["poss"] and (prev != "s" or a < 2 or not text[a - 2].isalnum()):
            continue
        if rule == name["colloquial"] and not _colloquial_by_definition(text, s, a):
            continue
        if rule in (name["neg"], name["clitic"]) and not (prev.isalnum() or prev == "_"):
            continue
        if rule == name["stop"] and prev == ".":
            continue
        out.add((a, b, rule))
    return out


# Pieces of tokenised text that each `SPACE_BEFORE` rule (and its near misses) needs.
_PIECES = (
    "gon na got ta wan Na NA TA Gon n N n’t N'T n't ’s 's ’S ’ ' ’ve 'll ’m ’d ve % 4 12 , . .. ... ; : ? ! "
    ") ] ” “ ‘ ( [ $ — - -- U. S. the A. x_ é word ca do countries bus Is x_s \" 5\" a\"b"
).split(" ")
_SEPARATORS = [" ", " ", " ", "  ", "   ", "", "\n", " \n", "\n ", "\t"]


# Each rule after a single space and after a run (which only some rules take).
_EACH_RULE = "Syria , said . U.S. . ca n’t country ’s countries ’ x 4 % ( x ) x gon na ".split(" ")


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=40))
@example([(w, sep) for sep in (" ", "  ") for w in _EACH_RULE])
# Each case of a split colloquial contraction, mixed case included.
@example([(w, " ") for w in "x gon Na x Gon na x WAN NA x got Ta x GOT TA x wan na $ 5 x".split(" ")])
def test_fast_space_scan_finds_what_space_before_defines(pieces: list[tuple[str, str]]) -> None:
    text = "".join(p + sep for p, sep in pieces)
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        assert sorted(_spaces_before(text, s, e)) == sorted(_spaces_before_by_definition(text, s, e))
        pos = e + 1


# Signs that a line went through a PTB/spaCy tokeniser: punctuation standing
# alone as a token, split contractions and clitics.  Ellipses are excluded
# (``wait ... what`` and ``wait . . . what`` are good prose), and so is a
# lone `'` (a closing quote) and a clitic-like letter in quotes (``the 'd'``).
# Tried at every space; `analysis._count_signs` counts the same signs faster.
TOKENISED_SIGN = re.compile(
    r" (?:[,;:?!](?=\s|$)"                          # `Aleppo , Syria` / `U. S. ,`
    r"|\.(?![.\w])(?! \.)(?=\s|$)"                  # `said .`
    r"|[nN][’'][tT](?![\w’'])"                       # `ca n’t`
    r"|[’'](?:s|ve|re|ll|d|m)(?![\w’']))",           # `country ’s`
    re.MULTILINE,
)


def _count_signs_by_definition(text: str, s: int, e: int) -> int:
    """`analysis._count_signs` the plain way: the `TOKENISED_SIGN` matches,
    each checked against the character before its space."""
    n = 0
    for m in TOKENISED_SIGN.finditer(text, s, e):
        i = m.start()
        if i == s:
            continue
        prev, sign = text[i - 1], text[i + 1]
        if prev.isalnum() or prev == "_":
            n += 1
        elif sign == ".":
            n += prev in "\"”’')]"
        elif sign in ",;:?!":
            n += prev in "\"”’')]."
    return n


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=40))
@example([(w, sep) for sep in (" ", "  ") for w in _EACH_RULE + ['x"', ",", "”", ".", ")", ";", "U.", ","]])
def test_fast_sign_count_counts_what_tokenised_sign_defines(pieces: list[tuple[str, str]]) -> None:
    text = "".join(p + sep for p, sep in pieces)
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        assert _count_signs(text, s, e) == _count_signs_by_definition(text, s, e)
        pos = e + 1
