"""Tests for textrepair.dask_helpers, on a real two-process Dask cluster."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from textrepair import Config, repair
from textrepair.dask_helpers import repair_partition, repair_texts

pd = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_3ab38929497f8cf9.txt").read_text(encoding="utf-8")
GAPPY = "The    area of the    city is    surrounded ."


def corpus(n: int = 48) -> list[str]:
    base = [GAPPY, "Clean prose.", "Aleppo , Syria , was hit .", SEED, SEED[:2000]]
    return [f"{base[i % len(base)]} {i} ." for i in range(n)]


def test_partition_repairs_the_column_and_adds_extras():
    df = pd.DataFrame({"id": [10, 11, 12], "text": [GAPPY, None, "Clean prose."]}, index=[5, 6, 7])
    out = repair_partition(df, extras=("edit_count", "damage", "edits"))
    assert list(out.index) == [5, 6, 7] and out["id"].tolist() == [10, 11, 12]
    assert out["text"].tolist()[0] == repair(GAPPY).text and out["text"].isna().tolist() == [False, True, False]
    assert out["repair_edit_count"].tolist() == [len(repair(GAPPY).edits), 0, 0]
    assert out["repair_damage"].tolist()[2] == 0.0 and pd.isna(out["repair_damage"].tolist()[1])
    assert df["text"].tolist()[0] == GAPPY  # the input is not modified


def test_error_partition_with_a_number_names_the_row():
    df = pd.DataFrame({"text": ["ok", 3]}, index=["a", "b"], dtype=object)
    with pytest.raises(TypeError, match="column 'text' row 'b' holds int, not str"):
        repair_partition(df)


def test_repair_texts_records_replay():
    (rec,) = repair_texts([GAPPY], records=True)
    assert rec["text"] == repair(GAPPY).text
    assert len(rec["edits"]) == len(repair(GAPPY).edits) and rec["damage"] > 0


@pytest.mark.slow
def test_local_cluster_results_equal_single_process(monkeypatch):
    distributed = pytest.importorskip("distributed")
    dd = pytest.importorskip("dask.dataframe")
    db = pytest.importorskip("dask.bag")
    from textrepair.dask_helpers import repair_bag, repair_dataframe

    # Worker processes must import this checkout of textrepair.
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    texts = corpus()
    config = Config(repeated_word=False)
    pdf = pd.DataFrame({"id": range(len(texts)), "text": texts})
    expected = repair_partition(pdf, marker="<gap>", config=config)
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=50
    ) as cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        ddf = dd.from_pandas(pdf, npartitions=6)
        got = repair_dataframe(ddf, marker="<gap>", config=config).compute()
        bag = repair_bag(db.from_sequence(texts, npartitions=5), marker="<gap>", config=config).compute()
        # Work really ran in the worker processes, not here.
        pids = client.run(os.getpid)
    assert os.getpid() not in pids.values() and len(set(pids.values())) == 2
    # Dask may store strings as Arrow strings; the values must be identical.
    got = got.sort_index()
    assert list(got.columns) == list(expected.columns) and list(got.index) == list(expected.index)
    for name in expected.columns:
        assert got[name].tolist() == expected[name].tolist(), name
    assert bag == [repair(t, marker="<gap>", config=config).text for t in texts]
