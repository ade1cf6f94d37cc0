"""Repair many documents: in order, with bounded memory, on several processes.

Why: a corpus is millions of articles read from a file or a database cursor.
`repair_many` takes any iterable (a generator is fine), hands documents to
worker processes in chunks, keeps only a few chunks in flight, and yields the
results in input order as soon as they are ready.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, TypeVar

from .config import DEFAULT_MARKER, Config
from .edits import Edit, Kind
from .pipeline import check_text, repair
from .result import RepairResult

__all__ = ["map_chunks", "repair_many"]

T = TypeVar("T")
R = TypeVar("R")

#: Per-process state set once by a pool initializer, so options are pickled
#: once per worker instead of once per document.
_STATE: dict[str, Any] = {}


def _check_jobs(jobs: object, chunksize: object) -> tuple[int, int]:
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"jobs must be a whole number >= 1 (or 0 for one per CPU), got {jobs!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a whole number >= 1, got {chunksize!r}")
    return (jobs or os.cpu_count() or 1), chunksize


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: workers fork from a clean server that imported textrepair
    # once (fast start, no fork-with-threads hazards); spawn where it is missing.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["textrepair"])
        return ctx
    return multiprocessing.get_context("spawn")


def map_chunks(
    func: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    jobs: int = 1,
    chunksize: int = 64,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Generator[tuple[list[T], list[R]], None, None]:
    """Apply `func` to chunks of `items`; yield ``(chunk, func(chunk))`` in order.

    With ``jobs > 1`` the chunks run on a pool of worker processes, and at
    most ``2 * jobs`` chunks are in flight, so memory stays bounded however
    long `items` is.  `func` and `initializer` must be importable module-level
    functions.  With ``jobs == 1`` everything runs in this process.
    """
    jobs, chunksize = _check_jobs(jobs, chunksize)
    it = iter(items)
    if jobs == 1:
        if initializer is not None:
            initializer(*initargs)
        while chunk := list(islice(it, chunksize)):
            yield chunk, func(chunk)
        return
    window: deque[tuple[list[T], Future[list[R]]]] = deque()
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(), initializer=_init_worker, initargs=(initializer, initargs)
    )
    try:
        exhausted = False
        while True:
            while not exhausted and len(window) < 2 * jobs:
                chunk = list(islice(it, chunksize))
                if not chunk:
                    exhausted = True
                    break
                window.append((chunk, pool.submit(func, chunk)))
            if not window:
                break
            chunk, future = window.popleft()
            yield chunk, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _init_worker(initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    # Ctrl-C reaches every process of the terminal's group: let the parent
    # alone handle it (it cancels the pending chunks and cleans up).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)


def _init_repair(marker: str, config: Config | None) -> None:
    _STATE["marker"] = marker
    _STATE["config"] = config


def _repair_chunk(texts: list[str]) -> list[tuple[str, list[tuple[Any, ...]]]]:
    # Send back only what the parent lacks: the text and plain edit tuples.
    out = []
    for t in texts:
        r = repair(t, marker=_STATE["marker"], config=_STATE["config"])
        out.append((r.text, [(e.start, e.end, e.old, e.new, e.kind.value, e.reason, e.confidence) for e in r.edits]))
    return out


def repair_many(
    texts: Iterable[str],
    *,
    jobs: int = 1,
    chunksize: int = 64,
    marker: str = DEFAULT_MARKER,
    config: Config | None = None,
) -> Iterator[RepairResult]:
    """Repair every text of `texts`, yielding one `RepairResult` each, in order.

    `jobs` is the number of worker processes (1: none, this process; 0: one
    per CPU).  Documents go to workers `chunksize` at a time; larger chunks
    cost less overhead, smaller ones balance uneven documents better.  At most
    ``2 * jobs`` chunks are in flight, so a generator of any length streams in
    bounded memory.  `marker` and `config` are as for `repair`, sent to each
    worker once.

    >>> [r.text for r in repair_many(["on the    side of Aleppo", "Clean prose."])]
    ['on the [...] side of Aleppo', 'Clean prose.']
    """
    if not isinstance(marker, str):
        raise TypeError(f"repair_many() takes marker as str, not {type(marker).__name__}; use marker='' for none")
    if config is not None and not isinstance(config, Config):
        raise TypeError(
            f"repair_many() takes config as textrepair.Config, not {type(config).__name__}; "
            "build one with Config(gap=False, ...)"
        )
    jobs, chunksize = _check_jobs(jobs, chunksize)
    if jobs == 1:
        for t in texts:
            yield repair(t, marker=marker, config=config)
        return

    def checked() -> Iterator[str]:
        for i, t in enumerate(texts):
            try:
                yield check_text(t, "repair_many")
            except TypeError as exc:
                raise TypeError(f"{exc} (item {i})") from None

    for chunk, results in map_chunks(
        _repair_chunk, checked(), jobs=jobs, chunksize=chunksize, initializer=_init_repair, initargs=(marker, config)
    ):
        for original, (text, edits) in zip(chunk, results):
            rebuilt = tuple(Edit(e[0], e[1], e[2], e[3], Kind(e[4]), e[5], e[6]) for e in edits)
            yield RepairResult(text, original, rebuilt, marker)
