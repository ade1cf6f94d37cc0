"""Properties of `repair` on generated and arbitrary text: replay, reversibility,
idempotence, clean-prose identity, robustness and linear work."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from property_strategies import any_damaged, fragments, small_clean, small_damaged, tricky_text

import textrepair
from textrepair import Config, Kind, apply_edits, repair, revert_edits
from textrepair.corrupt import CleanArticle, CorruptedArticle

pytestmark = pytest.mark.property


@given(any_damaged)
def test_replay(article: CorruptedArticle) -> None:
    """The edit record reproduces the repaired text from the original."""
    r = repair(article.corrupted)
    assert apply_edits(article.corrupted, r.edits) == r.text


@given(any_damaged)
def test_reversibility(article: CorruptedArticle) -> None:
    """The original comes back from the repaired text and the edits alone."""
    r = repair(article.corrupted)
    assert revert_edits(r.text, r.edits) == article.corrupted
    assert r.reverted() == article.corrupted


@given(small_damaged)
def test_idempotence(article: CorruptedArticle) -> None:
    """Repairing a repaired text makes no further edit except spacing.

    In particular the gap markers ``[...]`` left by the first pass are not
    read as damage (no gap, splice or debris edit touches them).
    """
    first = repair(article.corrupted).text
    again = [e for e in repair(first).edits if e.kind is not Kind.SPACING]
    assert again == [], f"second pass edited {again} in {first!r}"


@given(small_damaged, st.sampled_from(["[...]", "…", "<gap>"]))
def test_idempotence_any_marker(article: CorruptedArticle, marker: str) -> None:
    """Idempotence holds whatever non-empty marker stands where words were lost."""
    first = repair(article.corrupted, marker=marker).text
    again = [e for e in repair(first, marker=marker).edits if e.kind is not Kind.SPACING]
    assert again == []


@given(any_damaged)
def test_repair_never_makes_an_article_worse(article: CorruptedArticle) -> None:
    """The repaired text is never further from the achievable text than the damaged one."""
    assert article.residual(repair(article.corrupted).text) <= 1.0


@given(small_clean)
def test_clean_prose_is_left_alone(article: CleanArticle) -> None:
    """Generated clean articles come back byte-identical, with no edit."""
    r = repair(article.text)
    assert r.edits == ()
    assert r.text == article.text


@given(small_damaged)
def test_achievable_text_is_left_alone(article: CorruptedArticle) -> None:
    """The achievable text is clean prose with markers: nothing to repair in it."""
    assert [e for e in repair(article.achievable).edits if e.kind is not Kind.SPACING] == []


@given(st.text())
def test_arbitrary_unicode_never_raises(text: str) -> None:
    """Any str is accepted; the record replays and reverts."""
    r = repair(text)
    assert apply_edits(text, r.edits) == r.text
    assert revert_edits(r.text, r.edits) == text


@given(tricky_text, st.sampled_from(["", "[...]"]))
def test_detector_fragments_never_raise(text: str, marker: str) -> None:
    """Text dense in what the detectors look for is accepted, and replays."""
    r = repair(text, marker=marker)
    assert apply_edits(text, r.edits) == r.text
    assert revert_edits(r.text, r.edits) == text


@given(tricky_text, st.sampled_from(list(Kind)))
def test_switched_off_kind_is_never_edited(text: str, kind: Kind) -> None:
    """A kind switched off in the config never appears among the edits."""
    r = repair(text, config=Config().replace(**{kind.value: False}))
    assert all(e.kind is not kind for e in r.edits)


# -- linear work -------------------------------------------------------------
#
# Timing belongs in the benchmarks, not in unit tests.  Instead, count the
# Python lines textrepair executes: a quadratic loop (all-pairs matching, a
# rescan per match) shows up as a line count that grows faster than the input,
# on any machine and at any load.  Regex engine steps run in C and are not
# counted; the patterns' own linearity is argued in their comments.

_PACKAGE_DIR = os.path.dirname(textrepair.__file__)


def _lines_executed(text: str, func: Callable[[str], object] = repair) -> int:
    """Lines of textrepair's own code that ``func(text)`` executes."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if not frame.f_code.co_filename.startswith(_PACKAGE_DIR):
            return None
        if event == "line":
            count += 1
        return tracer

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        func(text)
    finally:
        sys.settrace(old)
    return count


# Work on 4n copies may be at most this many times the work on n copies
# (4.0 would be exactly linear; the slack covers per-document constants).
_GROWTH_LIMIT = 5.0


@settings(max_examples=10)
@given(fragments, st.integers(min_value=20, max_value=40))
def test_work_grows_linearly_on_repeated_fragments(fragment: str, n: int) -> None:
    """Repeating a fragment 4 times as often costs at most about 4 times the work."""
    small = _lines_executed(fragment * n)
    large = _lines_executed(fragment * (4 * n))
    assert large <= _GROWTH_LIMIT * small + 2000, (small, large)


@settings(max_examples=5)
@given(small_damaged)
def test_work_grows_linearly_on_articles(article: CorruptedArticle) -> None:
    """A document made of 4 times as many damaged articles costs at most about 4 times the work."""
    one = article.corrupted.replace("\n", " ")
    small = _lines_executed(" ".join([one] * 2))
    large = _lines_executed(" ".join([one] * 8))
    assert large <= _GROWTH_LIMIT * small + 2000, (small, large)


# -- the strategies shrink towards less damage --------------------------------


def test_corrupted_articles_shrink_to_the_least_damage() -> None:
    """Asked for an article with a long splice, Hypothesis ends at one splice and no other copy."""
    from hypothesis import find

    from textrepair.strategies import corrupted_articles

    smallest = find(
        corrupted_articles(min_sentences=3, max_sentences=20, intensity=1.0),
        lambda a: bool(a.spans("splice", "long")),
        settings=settings(database=None, max_examples=200),
    )
    copies = [d for d in smallest.damage if d.kind in (Kind.SPLICE, Kind.SPEAKER_TAG, Kind.PRONOUN, Kind.DEBRIS)]
    assert [d.label for d in copies] == ["splice/long"]
    assert smallest.clean.count(".") <= 6  # few sentences: 3, plus abbreviations


def test_clean_articles_shrink_to_the_shortest() -> None:
    """Shrinking reaches the fewest sentences and seed 0."""
    from hypothesis import find

    from textrepair.corrupt import clean_article
    from textrepair.strategies import clean_articles

    smallest = find(clean_articles(min_sentences=2, max_sentences=30), lambda a: len(a.tokens) > 0,
                    settings=settings(database=None, max_examples=200))
    assert smallest == clean_article(0, sentences=2)


def _grows_linearly(func: Callable[[str], object], piece: str, n: int) -> bool:
    return _lines_executed(piece * (4 * n), func) <= _GROWTH_LIMIT * _lines_executed(piece * n, func) + 2000


def test_the_work_counter_catches_quadratic_code() -> None:
    """The linear-work check can fail: an all-pairs loop "inside textrepair" is caught."""
    source = "def all_pairs(text):\n    words = text.split()\n    for a in words:\n        for b in words:\n            pass\n"
    namespace: dict[str, Any] = {}
    exec(compile(source, os.path.join(_PACKAGE_DIR, "quadratic_example.py"), "exec"), namespace)  # noqa: S102
    assert not _grows_linearly(namespace["all_pairs"], "Aleppo , Syria ", 30)
    assert _grows_linearly(repair, "Aleppo , Syria ", 30)
