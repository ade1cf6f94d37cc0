"""Hypothesis strategies for damaged news articles with ground truth.

Why: a text-cleaning pipeline is only trustworthy if it is tested on the
damage it will meet.  These strategies write clean news-style prose and
damage it the way scraped news dumps are damaged (see `textrepair.corrupt`),
so that your tests can check *your* pipeline: that it repairs what it should
(`CorruptedArticle.achievable`, `CorruptedArticle.damage`) and leaves clean
prose alone.

Needs the ``hypothesis`` extra: ``pip install textrepair[hypothesis]``.

>>> from hypothesis import given, settings
>>> @settings(max_examples=5, database=None)
... @given(corrupted_articles(kinds={"gap"}))
... def test_gaps_are_marked(article):
...     assert repair(article.corrupted).text.count("[...]") >= len(article.spans("gap")) - 1
>>> test_gaps_are_marked()
"""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .corrupt import (
    DAMAGE_KINDS,
    DEFAULT_INTENSITY,
    CleanArticle,
    CorruptedArticle,
    _kinds,
    clean_article,
    corrupt_article,
)
from .edits import Kind
from .pipeline import repair  # noqa: F401  (used by the module doctest)

__all__ = ["MAX_SENTENCES", "clean_articles", "corrupted_articles"]

#: The longest article the strategies write, in sentences.
MAX_SENTENCES = 200

_SEEDS = st.integers(min_value=0, max_value=2**32 - 1)

# The most copies of each kind an article of `n` sentences gets at intensity
# 1.0: about twice the seed article's density per word (the generated
# sentences average 17 words), so shrinking has room.
_CAP_PER_SENTENCE = {
    Kind.SPEAKER_TAG: 0.15,
    Kind.PRONOUN: 0.08,
    Kind.REPEATED_WORD: 0.03,
    "splice/long": 0.17,
    "splice/short": 0.34,
}


def _check_sentences(func: str, min_sentences: object, max_sentences: object) -> None:
    for name, value in (("min_sentences", min_sentences), ("max_sentences", max_sentences)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{func}() takes {name} as int, got {value!r}")
        if not 1 <= value <= MAX_SENTENCES:
            raise ValueError(f"{func}() takes {name} between 1 and {MAX_SENTENCES}, got {value!r}")
    assert isinstance(min_sentences, int) and isinstance(max_sentences, int)
    if min_sentences > max_sentences:
        raise ValueError(
            f"{func}() takes min_sentences <= max_sentences, got min_sentences={min_sentences}, "
            f"max_sentences={max_sentences}"
        )


def clean_articles(*, min_sentences: int = 3, max_sentences: int = 12) -> SearchStrategy[CleanArticle]:
    """Clean news articles of `min_sentences` to `max_sentences` sentences.

    Each is written by `textrepair.corrupt.clean_article`: a dateline, quotes
    with attributions (``"...," he said.``), speakers introduced with a
    description, names repeated across sentences, titles, numbers,
    abbreviations and hyphenated words.  Clean prose: `repair` should leave it
    unchanged.

    Shrinks towards fewer sentences (`min_sentences`) and seed 0.

    >>> clean_articles(min_sentences=0)
    Traceback (most recent call last):
    ...
    ValueError: clean_articles() takes min_sentences between 1 and 200, got 0
    """
    _check_sentences("clean_articles", min_sentences, max_sentences)
    return st.builds(
        clean_article,
        _SEEDS,
        sentences=st.integers(min_value=min_sentences, max_value=max_sentences),
    )


def corrupted_articles(
    *,
    kinds: Iterable[Kind | str] = DAMAGE_KINDS,
    intensity: float = DEFAULT_INTENSITY,
    min_sentences: int = 3,
    max_sentences: int = 12,
) -> SearchStrategy[CorruptedArticle]:
    """Damaged news articles with their ground truth (`CorruptedArticle`).

    `kinds` are the damage families to apply, as `Kind` values or their
    strings (default: all).  ``spacing`` (tokenisation, padded dashes) and
    ``gap`` (dropped hyphenated words) apply to the whole article when chosen;
    the pasted-copy kinds (``speaker_tag``, ``splice``, ``pronoun``,
    ``repeated_word``) and ``debris`` are placed between none and a maximum
    that `intensity` (0 to 1; 1.0 is about twice the seed article's density)
    scales.  Articles have `min_sentences` to `max_sentences` sentences.

    Shrinks towards less damage: fewer pasted copies of each kind (none
    first), no debris line, fewer sentences, and seed 0.

    >>> corrupted_articles(intensity=1.5)
    Traceback (most recent call last):
    ...
    ValueError: corrupted_articles() takes intensity between 0 and 1, got 1.5
    >>> corrupted_articles(kinds={"gaps"})
    Traceback (most recent call last):
    ...
    ValueError: corrupted_articles() takes kinds from {spacing, gap, speaker_tag, splice, repeated_word, debris, pronoun}, got 'gaps'
    """
    func = "corrupted_articles"
    kind_set = _kinds(kinds, func)
    if not kind_set:
        raise ValueError(f"{func}() takes at least one kind; use clean_articles() for undamaged prose")
    if isinstance(intensity, bool) or not isinstance(intensity, (int, float)):
        raise TypeError(f"{func}() takes intensity as a float, got {intensity!r}")
    if not 0 <= intensity <= 1:
        raise ValueError(f"{func}() takes intensity between 0 and 1, got {intensity!r}")
    _check_sentences(func, min_sentences, max_sentences)
    frozen = frozenset(kind_set)
    level = float(intensity)

    @st.composite
    def _articles(draw: st.DrawFn) -> CorruptedArticle:
        sentences = draw(st.integers(min_value=min_sentences, max_value=max_sentences))
        article = clean_article(draw(_SEEDS), sentences=sentences)
        counts: dict[Kind | str, int] = {}
        for key, rate in _CAP_PER_SENTENCE.items():
            kind = Kind.SPLICE if isinstance(key, str) else key
            if kind in frozen:
                cap = round(rate * level * sentences + 0.49) if level > 0 else 0
                counts[key] = draw(st.integers(min_value=0, max_value=cap))
        if Kind.DEBRIS in frozen and level > 0:
            counts[Kind.DEBRIS] = int(draw(st.booleans()))
        return corrupt_article(article, draw(_SEEDS), kinds=frozen, intensity=level, counts=counts)

    return _articles()
