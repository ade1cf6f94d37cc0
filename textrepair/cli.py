"""The ``textrepair`` command: repair one document or a whole corpus.

One document (a plain text file or stdin) prints the repaired text, or its
diff (``--diff``), inline view (``--inline``) or JSON record (``--json``).
A corpus (JSONL, CSV or Parquet) is repaired record by record, in order, and
written in the same format, optionally on several processes (``--jobs``).

Exit codes: 0 success (malformed records skipped with ``--on-error skip`` are
reported on stderr and in the report, but do not fail the run); 1 input or
data error (unreadable file, invalid UTF-8 in a plain document, a malformed
record with ``--on-error fail``, a missing column, a missing optional
package); 2 usage error (bad or conflicting options); 130 interrupted.
Every error message begins ``textrepair error:`` and says what to do.
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import os
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any, NoReturn

from .batch import map_chunks
from .config import DEFAULT_MARKER, Config
from .edits import Kind
from .pipeline import repair
from .score import document_damage, drop_damaged_sentences

__all__ = ["EXIT_DATA", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

FORMATS = ("text", "jsonl", "csv", "parquet")
#: What a record number counts, per format, in messages and the report.
_UNITS = {"jsonl": "line", "csv": "line", "parquet": "row"}
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}

#: ``--extra`` names and the column each adds.
EXTRA_COLUMNS = {"edit_count": "repair_edit_count", "damage": "repair_damage", "edits": "repair_edits"}
#: A rejected document always carries its damage and its edits (so its
#: original can be rebuilt from the rejects file alone).
_REJECT_EXTRAS = ("damage", "edits")

#: Upper edges of the damage histogram bins; the first bin is exactly 0.
HISTOGRAM_EDGES = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 1.0)
_MAX_LISTED_ERRORS = 1000
_KINDS = tuple(Kind)


class UsageError(Exception):
    """Bad or conflicting options (exit 2)."""


class DataError(Exception):
    """Unreadable input or a malformed record with --on-error fail (exit 1)."""


class _BadRecord(Exception):
    """One malformed record; reported with its line or row number."""


# ---------------------------------------------------------------------------
# Work done per record, in worker processes (or here, with --jobs 1).


@dataclass(frozen=True)
class _Job:
    """Everything a worker needs, sent once per worker process."""

    fmt: str
    name: str  # the JSONL field or the CSV/Parquet column
    column_index: int  # CSV only
    id_index: int  # CSV only: the `id` column shown in the HTML report, or -1
    marker: str
    config: Config
    extras: tuple[str, ...]
    max_damage: float | None
    drop_sentences: float | None
    html: bool


_JOB: _Job | None = None


def _init_worker(job: _Job) -> None:
    global _JOB
    _JOB = job


def _process_chunk(items: list[tuple[int, Any]]) -> list[tuple[str, int, Any, Any]]:
    job = _JOB
    assert job is not None, "_init_worker was not called"
    return [_process_one(job, number, payload) for number, payload in items]


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _BadRecord(f"invalid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def _extract(job: _Job, payload: Any) -> tuple[str, Any]:
    if job.fmt == "jsonl":
        line = _decode(payload).rstrip("\r\n").lstrip("\ufeff")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            at = "" if exc.msg.endswith(" at") else " at"
            raise _BadRecord(f"bad JSON ({exc.msg}{at} column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise _BadRecord(f"not a JSON object but a {type(obj).__name__}")
        if job.name not in obj:
            raise _BadRecord(f"missing field {job.name!r} (fields: {', '.join(map(str, obj)) or 'none'})")
        value = obj[job.name]
        if not isinstance(value, str):
            raise _BadRecord(f"field {job.name!r} holds {type(value).__name__ if value is not None else 'null'}, "
                             "not a string")
        return value, obj
    if job.fmt == "csv":
        if len(payload) <= job.column_index:
            raise _BadRecord(f"missing field {job.name!r}: the row has {len(payload)} fields")
        value = payload[job.column_index]
        bad = next((i for i, ch in enumerate(value) if "\udc80" <= ch <= "\udcff"), None)
        if bad is not None:
            raise _BadRecord(f"invalid UTF-8 in column {job.name!r} (byte 0x{ord(value[bad]) - 0xDC00:02x})")
        return value, payload
    if job.fmt == "parquet":
        if payload is None:
            raise _BadRecord(f"null in column {job.name!r}")
        return payload, None
    return _decode(payload), None


def _extra_values(job: _Job, names: tuple[str, ...], result: Any, damage: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in names:
        if n == "edit_count":
            out[EXTRA_COLUMNS[n]] = len(result.edits)
        elif n == "damage":
            out[EXTRA_COLUMNS[n]] = round(damage, 5)
        else:
            edits = [e.to_dict() for e in result.edits]
            out[EXTRA_COLUMNS[n]] = edits if job.fmt == "jsonl" else json.dumps(edits, ensure_ascii=False)
    return out


def _process_one(job: _Job, number: int, payload: Any) -> tuple[str, int, Any, Any]:
    try:
        text, record = _extract(job, payload)
    except _BadRecord as exc:
        return ("error", number, str(exc), None)
    result = repair(text, marker=job.marker, config=job.config)
    damage = document_damage(result.original, result.edits)
    rejected = job.max_damage is not None and damage > job.max_damage
    new_text = result.text
    if job.drop_sentences is not None:
        new_text = drop_damaged_sentences(result.text, result.edits, max_damage=job.drop_sentences,
                                          marker=job.marker)
    names = job.extras
    if rejected:
        names = tuple(dict.fromkeys(job.extras + _REJECT_EXTRAS))
    extras = _extra_values(job, names, result, damage)
    out: Any
    if job.fmt == "jsonl":
        record[job.name] = new_text
        record.update(extras)
        try:
            out = json.dumps(record, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (valid JSON escape, not UTF-8): keep it escaped
            out = json.dumps(record).encode("ascii")
    elif job.fmt == "csv":
        row = list(record)
        row[job.column_index] = new_text
        out = row + [str(v) for v in extras.values()]
    elif job.fmt == "parquet":
        out = (new_text, tuple(extras.values()))
    else:
        out = (new_text, result)
    counts: dict[str, int] = {}
    for e in result.edits:
        counts[e.kind.value] = counts.get(e.kind.value, 0) + 1
    fragment = None
    if job.html and result.edits:
        from .html_report import render_document

        title = f"{_UNITS.get(job.fmt, 'document')} {number}"
        ident = record.get("id") if job.fmt == "jsonl" else None
        if job.fmt == "csv" and 0 <= job.id_index < len(record):
            ident = record[job.id_index]
        if isinstance(ident, (str, int)) and not isinstance(ident, bool):
            title += f" (id {ident})"
        fragment = render_document(result.original, result.edits, title=title, damage=damage)
    return ("reject" if rejected else "ok", number, out, (len(result.edits), counts, damage, len(text), fragment))


# ---------------------------------------------------------------------------
# Output files: written to a temporary file beside the target and renamed
# into place only when the run completes.


class _AtomicFile:
    def __init__(self, path: str) -> None:
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        try:
            fd, self.tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".part")
        except OSError as exc:
            raise DataError(f"cannot write {path}: {exc.strerror}; check that the folder exists and is writable")
        self.file: IO[bytes] = os.fdopen(fd, "wb")

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        if not self.file.closed:
            self.file.close()
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def _write_atomic(path: str, data: bytes) -> None:
    f = _AtomicFile(path)
    try:
        f.file.write(data)
        f.commit()
    finally:
        f.discard()


# ---------------------------------------------------------------------------
# Sinks: route each processed record to the output or the rejects file.


class _Sink:
    def add(self, status: str, number: int, out: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _LineSink(_Sink):
    """JSONL: one JSON object per line."""

    def __init__(self, out: IO[bytes], rejects: IO[bytes] | None) -> None:
        self.files = {"ok": out, "reject": rejects}

    def add(self, status: str, number: int, out: Any) -> None:
        f = self.files.get(status)
        if f is not None:
            f.write(out + b"\n")


class _CsvSink(_Sink):
    def __init__(self, out: IO[bytes], rejects: IO[bytes] | None, header: list[str], job: _Job) -> None:
        self.wrappers: dict[str, io.TextIOWrapper] = {}
        self.writers: dict[str, Any] = {}
        extras = [EXTRA_COLUMNS[n] for n in job.extras]
        reject_extras = [EXTRA_COLUMNS[n] for n in dict.fromkeys(job.extras + _REJECT_EXTRAS)]
        for status, f, cols in (("ok", out, extras), ("reject", rejects, reject_extras)):
            if f is None:
                continue
            w = io.TextIOWrapper(f, encoding="utf-8", errors="surrogateescape", newline="", write_through=True)
            self.wrappers[status] = w
            self.writers[status] = csv.writer(w)
            self.writers[status].writerow(header + cols)

    def add(self, status: str, number: int, out: Any) -> None:
        w = self.writers.get(status)
        if w is not None:
            w.writerow(out)

    def close(self) -> None:
        for w in self.wrappers.values():
            w.flush()
            w.detach()


class _TextSink(_Sink):
    """One plain document: the repaired text, or the view asked for."""

    def __init__(self, out: IO[bytes], rejects: IO[bytes] | None, view: str, color: bool, name: str) -> None:
        self.out, self.rejects, self.view, self.color, self.name = out, rejects, view, color, name

    def add(self, status: str, number: int, out: Any) -> None:
        text, result = out
        if status == "reject":
            where = "written to --rejects" if self.rejects is not None else "not written; add --rejects PATH to keep it"
            print(f"textrepair: the document was rejected by --max-damage ({where})", file=sys.stderr)
            if self.rejects is not None:
                self.rejects.write(text.encode("utf-8"))
            return
        if self.view == "diff":
            rendered = result.diff() if not self.name else _named_diff(result, self.name)
        elif self.view == "inline":
            rendered = result.inline_diff(color=self.color)
            rendered += "" if rendered.endswith("\n") else "\n"
        elif self.view == "json":
            data = result.to_dict()
            data["text"] = text
            data["damage"] = round(document_damage(result.original, result.edits), 5)
            rendered = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        else:
            rendered = text
        self.out.write(rendered.encode("utf-8"))


def _named_diff(result: Any, name: str) -> str:
    from .diff import unified_diff

    return unified_diff(result.original, result.edits, fromfile=name, tofile=f"{name} (repaired)")


class _ParquetSink(_Sink):
    """Parquet: rebuild each input batch with the repaired column."""

    def __init__(self, out: IO[bytes] | None, rejects: IO[bytes] | None, schema: Any, job: _Job,
                 batches: deque[Any]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.job = job
        self.batches = batches
        self.pending: list[tuple[str, Any]] = []
        self.index = schema.get_field_index(job.name)
        types = {"edit_count": pa.int64(), "damage": pa.float64(), "edits": pa.string()}
        self.extras = {
            "ok": [(EXTRA_COLUMNS[n], types[n]) for n in job.extras],
            "reject": [(EXTRA_COLUMNS[n], types[n]) for n in dict.fromkeys(job.extras + _REJECT_EXTRAS)],
        }
        self.writers: dict[str, Any] = {}
        for status, f in (("ok", out), ("reject", rejects)):
            if f is not None:
                s = schema
                for name, t in self.extras[status]:
                    s = s.append(pa.field(name, t))
                self.writers[status] = pq.ParquetWriter(f, s)

    def add(self, status: str, number: int, out: Any) -> None:
        self.pending.append((status, out))
        while self.batches and len(self.pending) >= self.batches[0].num_rows:
            batch = self.batches.popleft()
            rows, self.pending = self.pending[: batch.num_rows], self.pending[batch.num_rows :]
            self._flush(batch, rows)

    def _flush(self, batch: Any, rows: list[tuple[str, Any]]) -> None:
        pa = self.pa
        table = pa.Table.from_batches([batch])
        for status, writer in self.writers.items():
            mask = [s == status for s, _ in rows]
            if not any(mask):
                continue
            chosen = [out for s, out in rows if s == status]
            sub = table.filter(pa.array(mask))
            field_ = sub.schema.field(self.index)
            sub = sub.set_column(self.index, field_, pa.array([o[0] for o in chosen], type=field_.type))
            for j, (name, t) in enumerate(self.extras[status]):
                sub = sub.append_column(pa.field(name, t), pa.array([o[1][j] for o in chosen], type=t))
            writer.write_table(sub)

    def close(self) -> None:
        for w in self.writers.values():
            w.close()


# ---------------------------------------------------------------------------
# Readers: yield (line or row number, payload) and set up the sink.


def _open_input(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise DataError(f"cannot read {path}: no such file; check the path") from None
    except IsADirectoryError:
        raise DataError(f"cannot read {path}: it is a folder; pass a file (or - for stdin)") from None
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc.strerror}; check the path and its permissions") from None


def _jsonl_items(f: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, line in enumerate(f, 1):
        if line.strip():  # blank lines are not records
            yield number, line


def _csv_items(reader: Any) -> Iterator[tuple[int, list[str]]]:
    start = reader.line_num + 1
    for row in reader:
        if row:
            yield start, row
        start = reader.line_num + 1


def _parquet_items(pf: Any, name: str, batches: deque[Any]) -> Iterator[tuple[int, Any]]:
    number = 0
    for batch in pf.iter_batches(batch_size=2048):
        batches.append(batch)
        for value in batch.column(batch.schema.get_field_index(name)).to_pylist():
            number += 1
            yield number, value


# ---------------------------------------------------------------------------
# Statistics and the report.


@dataclass
class _Stats:
    documents: int = 0
    out: int = 0
    rejected: int = 0
    changed: int = 0
    edits: int = 0
    chars: int = 0
    per_kind: dict[str, int] = field(default_factory=lambda: {k.value: 0 for k in Kind})
    histogram: list[int] = field(default_factory=lambda: [0] * len(HISTOGRAM_EDGES))
    damage_sum: float = 0.0
    damage_max: float = 0.0
    errors: list[tuple[int, str]] = field(default_factory=list)
    error_count: int = 0

    def add(self, status: str, number: int, info: Any) -> None:
        self.documents += 1
        if status == "error":
            self.error_count += 1
            if len(self.errors) < _MAX_LISTED_ERRORS:
                self.errors.append((number, info))
            return
        n_edits, counts, damage, chars, _ = info
        if status == "ok":
            self.out += 1
        else:
            self.rejected += 1
        self.changed += n_edits > 0
        self.edits += n_edits
        self.chars += chars
        for k, n in counts.items():
            self.per_kind[k] += n
        self.damage_sum += damage
        self.damage_max = max(self.damage_max, damage)
        self.histogram[_bin(damage)] += 1


def _bin(damage: float) -> int:
    if damage <= 0:
        return 0
    for i, edge in enumerate(HISTOGRAM_EDGES[1:], 1):
        if damage <= edge:
            return i
    return len(HISTOGRAM_EDGES) - 1


def _histogram_labels() -> list[str]:
    labels = ["0"]
    for lo, hi in itertools.pairwise(HISTOGRAM_EDGES):
        labels.append(f"({lo:g}, {hi:g}]")
    return labels


def _report(args: argparse.Namespace, fmt: str, stats: _Stats, seconds: float, unit: str) -> dict[str, Any]:
    valid = stats.out + stats.rejected
    return {
        "input": args.file,
        "format": fmt,
        "output": args.output,
        "rejects": args.rejects,
        "documents": {
            "in": stats.documents,
            "out": stats.out,
            "rejected": stats.rejected,
            "errors": stats.error_count,
            "changed": stats.changed,
        },
        "balanced": stats.documents == stats.out + stats.rejected + stats.error_count,
        "balance": f"in {stats.documents} = out {stats.out} + rejected {stats.rejected} + errors {stats.error_count}",
        "edits_total": stats.edits,
        "edits_per_kind": stats.per_kind,
        "damage_histogram": {
            "labels": _histogram_labels(),
            "upper_edges": list(HISTOGRAM_EDGES),
            "counts": stats.histogram,
        },
        "damage_mean": round(stats.damage_sum / valid, 5) if valid else 0.0,
        "damage_max": round(stats.damage_max, 5),
        "throughput": {
            "seconds": round(seconds, 3),
            "documents_per_second": round(stats.documents / seconds, 1) if seconds > 0 else None,
            "megachars_per_second": round(stats.chars / seconds / 1e6, 3) if seconds > 0 else None,
            "jobs": args.jobs,
            "chunksize": args.chunksize,
        },
        "options": {
            "name": args.column or args.field or "text",
            "marker": args.marker,
            "max_damage": args.max_damage,
            "drop_sentences": args.drop_sentences,
            "on_error": args.on_error,
            "skip": args.skip,
        },
        "errors": [{unit or "document": n, "error": msg} for n, msg in stats.errors],
        "errors_listed": len(stats.errors),
    }


# ---------------------------------------------------------------------------
# Options.


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message}; see textrepair --help")


def _fraction(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {value!r}")
    return x


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {value!r}")
    return n


def _names(allowed: tuple[str, ...]) -> Any:
    def parse(value: str) -> tuple[str, ...]:
        names = tuple(v.strip() for v in value.split(",") if v.strip())
        bad = [n for n in names if n not in allowed]
        if bad:
            raise argparse.ArgumentTypeError(f"unknown name {bad[0]!r}; choose from {', '.join(allowed)}")
        return names

    return parse


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    p = _Parser(
        prog="textrepair",
        description="Repair corrupted scraped news articles, with an exact record of every change.",
        epilog=(
            "exit codes: 0 ok (skipped malformed records are reported, not fatal); 1 input or data error; "
            "2 usage error; 130 interrupted.  Docs: docs/corpus.md"
        ),
    )
    p.add_argument("file", nargs="?", default="-", metavar="FILE", help="the input file, or - for stdin (default)")
    p.add_argument("--version", action="version", version=f"textrepair {__version__}")
    p.add_argument("--format", choices=FORMATS,
                   help="input (and output) format; default: from the file extension (.jsonl, .csv, .parquet), "
                        "else jsonl with --field, csv with --column, else text")
    p.add_argument("--field", help="JSONL field holding the text (default: text)")
    p.add_argument("--column", help="CSV or Parquet column holding the text (default: text)")
    p.add_argument("--marker", default=DEFAULT_MARKER,
                   help=f"what stands where words were lost (default {DEFAULT_MARKER!r}; '' for none)")
    p.add_argument("--skip", type=_names(tuple(k.value for k in Kind)), default=(), metavar="KINDS",
                   help="comma-separated kinds of repair to switch off, e.g. --skip splice,pronoun")
    view = p.add_argument_group("one document (plain text)").add_mutually_exclusive_group()
    view.add_argument("--diff", action="store_true", help="print a unified diff instead of the text")
    view.add_argument("--inline", action="store_true", help="print the text with changes in place, [-old-]{+new+}")
    view.add_argument("--json", action="store_true", help="print the text, the edits and the counts as JSON")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour for --inline (default: auto, when stdout is a terminal)")
    c = p.add_argument_group("a corpus (JSONL, CSV, Parquet)")
    c.add_argument("-o", "--output", help="write here (atomically, on completion) instead of stdout")
    c.add_argument("--extra", type=_names(tuple(EXTRA_COLUMNS)), default=(), metavar="COLUMNS",
                   help="add columns: comma-separated from edit_count, damage, edits "
                        "(named repair_edit_count, repair_damage, repair_edits)")
    c.add_argument("--jobs", type=_count, default=1, help="worker processes (default 1; 0: one per CPU)")
    c.add_argument("--chunksize", type=_count, default=32, help="documents per task sent to a worker (default 32)")
    c.add_argument("--max-damage", type=_fraction, metavar="X",
                   help="documents whose damage score exceeds X (0..1) are rejected: left out of the output "
                        "and written to --rejects if given")
    c.add_argument("--rejects", metavar="PATH", help="where rejected documents go (same format, with damage and edits)")
    c.add_argument("--drop-sentences", type=_fraction, metavar="X",
                   help="drop sentences whose damage score exceeds X from the output text")
    c.add_argument("--on-error", choices=("skip", "fail"), default="skip",
                   help="a malformed record: skip it (reported on stderr and in the report; default) or stop "
                        "with exit 1 and write no output")
    c.add_argument("--report", metavar="PATH", help="write a JSON summary: documents, edits per kind, damage "
                                                     "histogram, throughput, errors")
    c.add_argument("--html", metavar="PATH", help="write a self-contained HTML page showing the changes")
    c.add_argument("--html-limit", type=_count, default=200,
                   help="most changed documents shown in the HTML page (default 200)")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr")
    return p


def _format_of(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    ext = os.path.splitext(args.file)[1].lower() if args.file != "-" else ""
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    if args.field:
        return "jsonl"
    if args.column:
        return "csv"
    return "text"


def _check_options(args: argparse.Namespace, fmt: str) -> None:
    if args.file == "-" and sys.stdin is not None and sys.stdin.isatty():
        raise UsageError("no input: pass a FILE, or pipe text into textrepair -")
    view = "--diff" if args.diff else "--inline" if args.inline else "--json" if args.json else None
    if view and fmt != "text":
        raise UsageError(f"{view} shows one document; for a {fmt} corpus use --html PATH to see the changes")
    if args.field and fmt in ("csv", "parquet"):
        raise UsageError(f"--field is for JSONL; for {fmt} use --column {args.field}")
    if args.column and fmt == "jsonl":
        raise UsageError(f"--column is for CSV and Parquet; for JSONL use --field {args.column}")
    if args.rejects and args.max_damage is None:
        raise UsageError("--rejects needs --max-damage X to decide what is rejected")
    if fmt == "parquet" and not args.output:
        raise UsageError("Parquet output cannot go to stdout; pass -o PATH")
    if args.chunksize < 1:
        raise UsageError("--chunksize must be at least 1")
    paths = [p for p in (args.output, args.rejects, args.report, args.html) if p]
    if args.file != "-" and any(os.path.abspath(p) == os.path.abspath(args.file) for p in paths):
        raise UsageError("an output path is the input file; write somewhere else")
    if len(set(map(os.path.abspath, paths))) < len(paths):
        raise UsageError("two outputs (-o, --rejects, --report, --html) share one path; give each its own")


# ---------------------------------------------------------------------------
# The run.


def main(argv: list[str] | None = None) -> int:
    """Run the command; return the exit code."""
    previous = None
    if threading.current_thread() is threading.main_thread():
        # A polite kill (SIGTERM) cleans up like Ctrl-C: no temporary files left.
        previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        args = build_parser().parse_args(argv)
        return _run(args)
    except UsageError as exc:
        print(f"textrepair error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DataError as exc:
        print(f"textrepair error: {exc}", file=sys.stderr)
        return EXIT_DATA
    except KeyboardInterrupt:
        print("textrepair error: interrupted; no output file was written (outputs appear only when a run "
              "completes); rerun to finish", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of stdout went away (e.g. `| head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _terminate(signum: int, frame: Any) -> NoReturn:
    raise KeyboardInterrupt


def _run(args: argparse.Namespace) -> int:
    fmt = _format_of(args)
    _check_options(args, fmt)

    source = _open_input(args.file) if fmt != "parquet" else None
    text_in = None
    try:
        if fmt == "csv":
            assert source is not None
            text_in = io.TextIOWrapper(source, encoding="utf-8-sig", errors="surrogateescape", newline="")
        return _run_on(args, fmt, source, text_in)
    finally:
        if text_in is not None:
            text_in.detach()
        if source is not None and source is not sys.stdin.buffer:
            source.close()


def _run_on(args: argparse.Namespace, fmt: str, source: IO[bytes] | None, text_in: IO[str] | None) -> int:
    name = args.column or args.field or "text"
    config = Config().replace(**{k: False for k in args.skip}) if args.skip else Config()
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    view = "diff" if args.diff else "inline" if args.inline else "json" if args.json else "text"
    label = "stdin" if args.file == "-" else args.file
    unit = _UNITS.get(fmt, "")
    outputs: list[_AtomicFile] = []
    total: int | None = None
    column_index = -1
    batches: deque[Any] = deque()
    pf = None
    header: list[str] = []
    reader: Any = None
    if fmt == "csv":
        assert text_in is not None
        csv.field_size_limit(2**31 - 1)
        reader = csv.reader(text_in)
        header = next(reader, [])
        if not header:
            raise DataError(f"{label} is empty: a CSV needs a header row naming its columns")
        if name not in header:
            raise DataError(f"{label} has no column {name!r} (columns: {', '.join(header)}); pass --column NAME")
        column_index = header.index(name)
    elif fmt == "parquet":
        pf = _open_parquet(args.file, name)
        total = pf.metadata.num_rows
    elif fmt == "text":
        total = 1

    id_index = header.index("id") if "id" in header and header.index("id") != column_index else -1
    job = _Job(fmt, name, column_index, id_index, args.marker, config, tuple(dict.fromkeys(args.extra)), args.max_damage,
               args.drop_sentences, bool(args.html))

    def opened(path: str | None) -> IO[bytes] | None:
        if path is None:
            return None
        f = _AtomicFile(path)
        outputs.append(f)
        return f.file

    chunks: Any = None
    progress: Any = None
    try:
        out_file = opened(args.output) if args.output else sys.stdout.buffer
        rejects_file = opened(args.rejects)
        sink: _Sink
        items: Iterator[tuple[int, Any]]
        if fmt == "jsonl":
            assert source is not None
            items, sink = _jsonl_items(source), _LineSink(out_file, rejects_file)  # type: ignore[arg-type]
        elif fmt == "csv":
            items, sink = _csv_items(reader), _CsvSink(out_file, rejects_file, header, job)  # type: ignore[arg-type]
        elif fmt == "parquet":
            items = _parquet_items(pf, name, batches)
            sink = _ParquetSink(out_file, rejects_file, pf.schema_arrow, job, batches)  # type: ignore[union-attr]
        else:
            assert source is not None
            items = iter([(1, source.read())])
            sink = _TextSink(out_file, rejects_file, view, color, "" if args.file == "-" else args.file)  # type: ignore[arg-type]

        stats = _Stats()
        fragments: list[str] = []
        progress = _progress(args, total)
        jobs = 1 if fmt == "text" else args.jobs
        start = time.perf_counter()
        failed: str | None = None
        chunks = map_chunks(_process_chunk, items, jobs=jobs, chunksize=args.chunksize,
                            initializer=_init_worker, initargs=(job,))
        for chunk, results in chunks:
            for status, number, out, info in results:
                stats.add(status, number, out if status == "error" else info)
                if status == "error":
                    where = f"{label} {unit} {number}" if unit else label
                    if fmt == "text" or args.on_error == "fail":
                        hint = "convert it to UTF-8 (e.g. with iconv)" if "UTF-8" in out else "fix the record"
                        failed = f"{where}: {out}; {hint}" + ("" if fmt == "text" else
                                                              " or rerun with --on-error skip")
                        break
                    print(f"textrepair error: {where}: {out}; skipped", file=sys.stderr)
                    sink.add(status, number, None)  # Parquet counts rows per batch
                    continue
                sink.add(status, number, out)
                fragment = info[4]
                if fragment is not None and len(fragments) < args.html_limit:
                    fragments.append(fragment)
            if progress is not None:
                progress.update(len(chunk))
            if failed:
                break
        seconds = time.perf_counter() - start
        if failed:
            raise DataError(failed)
        sink.close()
        for f in outputs:
            f.commit()
    finally:
        if chunks is not None:
            chunks.close()  # stops the worker pool now, not when garbage-collected
        if progress is not None:
            progress.close()
        for f in outputs:
            f.discard()

    report = _report(args, fmt, stats, seconds, unit)
    if args.report:
        _write_atomic(args.report, (json.dumps(report, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
    if args.html:
        from .html_report import render_page

        page = render_page(fragments, summary=report, shown=len(fragments), changed=stats.changed,
                           limit=args.html_limit, title=f"textrepair report: {label}")
        _write_atomic(args.html, page.encode("utf-8"))
    if not args.quiet and fmt != "text":
        print(f"textrepair: {report['balance']}; {stats.edits} edits in {seconds:.1f} s", file=sys.stderr)
    return EXIT_OK


def _open_parquet(path: str, name: str) -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise DataError("reading Parquet needs pyarrow; install it with: pip install 'textrepair[parquet]'") from None
    if path == "-":
        raise UsageError("Parquet cannot be read from stdin; pass the file path")
    try:
        pf = pq.ParquetFile(path)
    except FileNotFoundError:
        raise DataError(f"cannot read {path}: no such file; check the path") from None
    except (OSError, pa.ArrowException) as exc:
        raise DataError(f"cannot read {path} as Parquet ({exc}); check that it is a Parquet file") from None
    schema = pf.schema_arrow
    if name not in schema.names:
        raise DataError(f"{path} has no column {name!r} (columns: {', '.join(schema.names)}); pass --column NAME")
    t = schema.field(name).type
    if not (pa.types.is_string(t) or pa.types.is_large_string(t)):
        raise DataError(f"column {name!r} of {path} holds {t}, not strings; pass --column with a text column")
    return pf


def _progress(args: argparse.Namespace, total: int | None) -> Any:
    if args.quiet or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="doc", file=sys.stderr, smoothing=0.1)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
