"""The copy search: its memory-saving split must not change what it finds."""

from __future__ import annotations

import pytest

from textrepair import copies
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
