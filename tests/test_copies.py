"""The copy search: its memory-saving split must not change what it finds, and
copies end where lone punctuation or a source sentence end says they must."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textrepair import copies
from textrepair.analysis import Document, lowercase_vocabulary
from textrepair.corrupt import clean_article, corrupt_article


def _texts() -> list[str]:
    articles = [corrupt_article(clean_article(i), seed=i).corrupted for i in range(6)]
    return [*articles, "\n".join(articles), "a b a b a b c a b", "x y z " * 40]


@pytest.mark.parametrize("k", [1, 2, 3, 5])
def test_split_table_finds_the_same_repeats(k: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Half tables (long texts) and one table (short texts) give identical repeats and copies."""
    for text in _texts():
        norms = copies.words_of(text).norms
        if len(norms) < 2 * k:
            continue
        monkeypatch.setattr(copies, "_ONE_TABLE", 10**9)
        one = copies._repeats(norms, k), copies.find_copies(text, k)
        monkeypatch.setattr(copies, "_ONE_TABLE", 0)
        assert (copies._repeats(norms, k), copies.find_copies(text, k)) == one


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], text[c.src_start : c.src_end]) for c in copies.copies_in(text, 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Lone punctuation in the repeat is original text: the copy ends
        # before it, and a copy can start right after it.
        (
            "Farmers voted , the students who vote by mail left . He voted , the students who vote by mail came .",
            [("the students who vote by mail", "the students who vote by mail")],
        ),
        (
            "Farmers voted . The students who vote by mail left . He voted , the students who vote by mail came .",
            [("the students who vote by mail", "The students who vote by mail")],
        ),
        # A sentence end in the source: `Abu Fadi said . The` is no source
        # for `Abu Fadi said the eastern part`.
        (
            "Abu Fadi said . The eastern part of Aleppo was hit . Abu Fadi said the eastern part of Aleppo fell .",
            [("Abu Fadi said", "Abu Fadi said"), ("the eastern part of Aleppo", "The eastern part of Aleppo")],
        ),
        # An untokenised copy of a tokenised source keeps its attached comma.
        (
            "Abu Roma , who fights , spoke . Then he Abu Roma, who fights said so",
            [("Abu Roma, who fights", "Abu Roma , who fights")],
        ),
    ],
)
def test_copies_end_at_lone_punctuation_and_source_sentence_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


_VOCABULARY_WORDS = (
    "the said iPhone eBay café naïve x2y aÉb ǅemal straße İstanbul ΟΔΟΣ οδοΣ Aleppo ab½ ⅰⅱ aⅠ k\u0301a ﬁne aﬁ 3rd "
    "[...] a[...]b ’s , ."
).split(" ")


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(st.sampled_from(_VOCABULARY_WORDS), st.sampled_from([" ", "", "\n", "  ", "-"])), max_size=25))
def test_lowercase_vocabulary_from_the_word_table_is_the_plain_one(pieces: list[tuple[str, str]]) -> None:
    # With a `Document` (and no `_`) the vocabulary is read off the word
    # table; without one it is the plain `findall`: the two agree.
    text = "".join(w + sep for w, sep in pieces)
    assert lowercase_vocabulary(text, Document(text)) == lowercase_vocabulary(text)


def _english_by_definition(text: str) -> bool:
    """`copies._english` as first written: a capital is `str.isupper` of a word's first character."""
    w = copies._words(text)
    n = len(w.norms)
    if sum(w in copies.ENGLISH_MARKERS for w in w.norms) * 25 < n:
        return False
    capitalised = sum(text[s].isupper() for s in w.starts)
    return n < 8 or 50 * capitalised >= n and 100 * capitalised <= 85 * n


_ENGLISH_WORDS = "the of and The Aleppo Élan ǅemal İstanbul ΟΔΟΣ Ⅳ ß über X said , .".split(" ")


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_ENGLISH_WORDS), max_size=60))
def test_english_counts_capitals_as_str_isupper_does(words: list[str]) -> None:
    text = " ".join(words)
    assert copies._english(text, copies._words(text), None) == _english_by_definition(text)
