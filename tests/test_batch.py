"""Tests for textrepair.batch: repair_many and the bounded chunk pool."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from textrepair import Config, repair, repair_many
from textrepair.batch import map_chunks

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3ab38929497f8cf9.txt"
GAPPY = "The    area of the    city is    surrounded ."
TEXTS = [GAPPY, "Clean prose.", "Aleppo , Syria , was hit .", "", SEED.read_text(encoding="utf-8")]


def _double(chunk: list[int]) -> list[int]:
    return [2 * x for x in chunk]


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_equal_repair_in_input_order(jobs):
    texts = TEXTS * 5
    results = list(repair_many(iter(texts), jobs=jobs, chunksize=3))
    assert results == [repair(t) for t in texts]


def test_marker_and_config_reach_the_workers():
    config = Config(spacing=False)
    results = list(repair_many(TEXTS, jobs=2, chunksize=1, marker="<?>", config=config))
    assert results == [repair(t, marker="<?>", config=config) for t in TEXTS]
    assert "<?>" in results[0].text


def test_a_generator_is_consumed_in_bounded_windows():
    pulled = 0

    def endless():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield i

    gen = map_chunks(_double, endless(), jobs=2, chunksize=5)
    chunk, out = next(gen)
    assert chunk == [0, 1, 2, 3, 4] and out == [0, 2, 4, 6, 8]
    # At most 2 * jobs chunks in flight, plus the one being refilled.
    assert pulled <= (2 * 2 + 1) * 5 + 1
    first = [o for _, o in itertools.islice(gen, 3)]
    assert first == [[10, 12, 14, 16, 18], [20, 22, 24, 26, 28], [30, 32, 34, 36, 38]]
    gen.close()  # shuts the pool down; an endless input must not hang


def test_in_process_path_calls_the_initializer_once():
    calls = []
    out = list(map_chunks(_double, range(7), jobs=1, chunksize=3, initializer=calls.append, initargs=("x",)))
    assert calls == ["x"]
    assert out == [([0, 1, 2], [0, 2, 4]), ([3, 4, 5], [6, 8, 10]), ([6], [12])]


def test_empty_input_gives_no_results():
    assert list(repair_many([], jobs=2)) == []


def test_error_non_string_item_names_its_position():
    with pytest.raises(TypeError, match=r"repair_many\(\) takes text as str, not bytes.*\(item 1\)"):
        list(repair_many(["ok", b"bytes"], jobs=2))
    with pytest.raises(TypeError, match="takes text as str, not None"):
        list(repair_many([None], jobs=1))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"jobs": -1}, "jobs must be a whole number >= 1 (or 0 for one per CPU), got -1"),
        ({"jobs": 1.5}, "jobs must be a whole number >= 1 (or 0 for one per CPU), got 1.5"),
        ({"chunksize": 0}, "chunksize must be a whole number >= 1, got 0"),
    ],
)
def test_error_bad_jobs_or_chunksize(kwargs, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        list(repair_many(["x"], **kwargs))


def test_error_config_of_the_wrong_type():
    with pytest.raises(TypeError, match="takes config as textrepair.Config, not dict"):
        list(repair_many(["x"], config={"gap": False}))
