"""Run textrepair on a Dask cluster: helpers for ``dask.bag`` and ``dask.dataframe``.

Why: when one machine is not enough, the corpus already lives in a cluster
engine.  textrepair is a pure function of one document, so it runs inside the
engine's own partition map: no textrepair scheduler, no shared state.  Each
worker process imports textrepair once; `marker` and `config` travel with the
task graph (a `Config` is a small frozen dataclass).

Install with ``pip install 'textrepair[dask]'``.  The module is named
``dask_helpers`` (not ``dask``) so that ``import dask`` always means Dask.

>>> import pandas as pd
>>> df = pd.DataFrame({"id": [1, 2], "text": ["on the    side of Aleppo", None]})
>>> out = repair_partition(df)
>>> out["text"][0], out["text"].isna().tolist(), out["repair_edit_count"].tolist()
('on the [...] side of Aleppo', [False, True], [1, 0])
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from .config import DEFAULT_MARKER, Config
from .pipeline import repair
from .score import document_damage

__all__ = ["repair_bag", "repair_dataframe", "repair_partition", "repair_texts"]

_EXTRAS = ("edit_count", "damage", "edits")


def _is_null(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def repair_partition(
    df: Any,
    column: str = "text",
    *,
    marker: str = DEFAULT_MARKER,
    config: Config | None = None,
    extras: Sequence[str] = ("edit_count", "damage"),
) -> Any:
    """Repair one pandas DataFrame: the function to give ``map_partitions``.

    Returns a copy with `column` repaired and a column per `extras`
    (``repair_edit_count``, ``repair_damage``, ``repair_edits`` as JSON), the
    same names the CLI uses.  Nulls pass through (0 edits, damage NaN); any
    other non-string value raises TypeError naming its row.
    """
    import json

    import pandas as pd

    bad = [x for x in extras if x not in _EXTRAS]
    if bad:
        raise ValueError(f"unknown extra {bad[0]!r}; choose from {', '.join(_EXTRAS)}")
    texts: list[Any] = []
    counts: list[int] = []
    damages: list[float] = []
    edits: list[str | None] = []
    for label, value in df[column].items():
        if _is_null(value) or value is pd.NA:
            texts.append(None)
            counts.append(0)
            damages.append(math.nan)
            edits.append(None)
            continue
        if not isinstance(value, str):
            raise TypeError(f"column {column!r} row {label!r} holds {type(value).__name__}, not str")
        r = repair(value, marker=marker, config=config)
        texts.append(r.text)
        counts.append(len(r.edits))
        damages.append(round(document_damage(r.original, r.edits), 5))
        edits.append(json.dumps([e.to_dict() for e in r.edits], ensure_ascii=False))
    out = df.copy()
    out[column] = pd.Series(texts, index=df.index, dtype=df[column].dtype)
    if "edit_count" in extras:
        out["repair_edit_count"] = pd.Series(counts, index=df.index, dtype="int64")
    if "damage" in extras:
        out["repair_damage"] = pd.Series(damages, index=df.index, dtype="float64")
    if "edits" in extras:
        out["repair_edits"] = pd.Series(edits, index=df.index, dtype=df[column].dtype)
    return out


def repair_dataframe(
    ddf: Any,
    column: str = "text",
    *,
    marker: str = DEFAULT_MARKER,
    config: Config | None = None,
    extras: Sequence[str] = ("edit_count", "damage"),
) -> Any:
    """Repair a ``dask.dataframe.DataFrame`` lazily, partition by partition.

    ``repair_dataframe(dd.read_parquet("corpus/"), "text").to_parquet("out/")``
    """
    meta = repair_partition(ddf._meta, column, marker=marker, config=config, extras=extras)
    return ddf.map_partitions(
        repair_partition, column, marker=marker, config=config, extras=tuple(extras), meta=meta
    )


def repair_texts(
    texts: Iterable[str], *, marker: str = DEFAULT_MARKER, config: Config | None = None, records: bool = False
) -> list[Any]:
    """Repair a partition of texts: the function to give ``Bag.map_partitions``.

    Returns the repaired texts, or with ``records=True`` one dict per text:
    ``{"text", "edits", "damage"}`` (edits as `Edit.to_dict` dicts).
    """
    out: list[Any] = []
    for t in texts:
        r = repair(t, marker=marker, config=config)
        if records:
            out.append({
                "text": r.text,
                "edits": [e.to_dict() for e in r.edits],
                "damage": round(document_damage(r.original, r.edits), 5),
            })
        else:
            out.append(r.text)
    return out


def repair_bag(
    bag: Any, *, marker: str = DEFAULT_MARKER, config: Config | None = None, records: bool = False
) -> Any:
    """Repair a ``dask.bag.Bag`` of texts lazily (see `repair_texts`).

    ``repair_bag(db.read_text("articles/*.txt", linedelimiter="\\0")).compute()``
    """
    return bag.map_partitions(repair_texts, marker=marker, config=config, records=records)
