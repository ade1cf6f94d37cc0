"""Tests for the textrepair command (textrepair.cli)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textrepair import Config, Edit, apply_edits, repair, revert_edits
from textrepair.cli import main
from textrepair.diff import unified_diff
from textrepair.score import document_damage

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3ab38929497f8cf9.txt"

# Gap and spacing damage only: stable whatever the harder detectors do.
GAPPY = "The    area of the    city is    surrounded .    and    were    hit ."
CLEAN = "Clean prose, left alone."


def run(argv, capsys, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def env():
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def write_jsonl(path: Path, records: list[object]) -> None:
    with open(path, "wb") as f:
        f.writelines(r if isinstance(r, bytes) else json.dumps(r).encode() + b"\n" for r in records)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- one document ----------------------------------------------------------


def test_plain_file_prints_the_repaired_text(capsys):
    code, out, err = run([SEED], capsys)
    assert code == 0 and err == ""
    assert out == repair(SEED.read_text(encoding="utf-8")).text


def test_stdin_is_read_when_the_file_is_a_dash(capsys, monkeypatch):
    code, out, _ = run(["-"], capsys, stdin=GAPPY.encode(), monkeypatch=monkeypatch)
    assert code == 0
    assert out == repair(GAPPY).text
    assert "[...]" in out


def test_marker_option_is_passed_on(capsys, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(GAPPY, encoding="utf-8")
    code, out, _ = run([p, "--marker", ""], capsys)
    assert code == 0
    assert out == repair(GAPPY, marker="").text
    assert "[...]" not in out and "  " not in out


def test_diff_view_is_the_unified_diff_with_the_file_name(capsys, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(GAPPY, encoding="utf-8")
    code, out, _ = run([p, "--diff"], capsys)
    r = repair(GAPPY)
    assert code == 0
    assert out == unified_diff(GAPPY, r.edits, fromfile=str(p), tofile=f"{p} (repaired)")


def test_inline_view_with_and_without_colour(capsys, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(GAPPY, encoding="utf-8")
    code, out, _ = run([p, "--inline", "--color", "never"], capsys)
    assert code == 0 and out == repair(GAPPY).inline_diff() + "\n"
    code, out, _ = run([p, "--inline", "--color", "always"], capsys)
    assert code == 0 and "\x1b[" in out


def test_json_view_replays(capsys, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(GAPPY, encoding="utf-8")
    code, out, _ = run([p, "--json"], capsys)
    data = json.loads(out)
    edits = [Edit.from_dict(d) for d in data["edits"]]
    assert code == 0
    assert apply_edits(GAPPY, edits) == data["text"]
    assert revert_edits(data["text"], edits) == GAPPY
    assert data["damage"] == round(document_damage(GAPPY, edits), 5) > 0
    assert sum(data["counts"].values()) == len(edits)


def test_skip_switches_kinds_off(capsys, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(GAPPY, encoding="utf-8")
    code, out, _ = run([p, "--json", "--skip", "gap"], capsys)
    assert code == 0
    kinds = {e["kind"] for e in json.loads(out)["edits"]}
    assert "gap" not in kinds
    assert json.loads(out)["text"] == repair(GAPPY, config=Config(gap=False)).text


def test_python_dash_m_runs_the_same_command():
    proc = subprocess.run([sys.executable, "-m", "textrepair", "-"], input=GAPPY.encode(), capture_output=True,
                          env=env(), check=False)
    assert proc.returncode == 0
    assert proc.stdout.decode() == repair(GAPPY).text


# --- errors and exit codes -----------------------------------------------


def test_error_missing_file(capsys, tmp_path):
    code, out, err = run([tmp_path / "nope.txt"], capsys)
    assert code == 1 and out == ""
    assert err == f"textrepair error: cannot read {tmp_path / 'nope.txt'}: no such file; check the path\n"


def test_error_folder_as_input(capsys, tmp_path):
    code, _, err = run([tmp_path], capsys)
    assert code == 1 and err.startswith("textrepair error:") and "pass a file" in err


def test_error_unknown_option_is_a_usage_error(capsys):
    code, _, err = run(["--bogus"], capsys)
    assert code == 2
    assert err == "textrepair error: unrecognized arguments: --bogus; see textrepair --help\n"


def test_error_invalid_utf8_plain_document(capsys, tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"caf\xe9 , Syria")
    code, out, err = run([p], capsys)
    assert code == 1 and out == ""
    assert err.startswith(f"textrepair error: {p}: invalid UTF-8 (byte 0xe9 at offset 3)")
    assert "iconv" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["x.jsonl", "--diff"], "--diff shows one document; for a jsonl corpus use --html PATH"),
        (["x.csv", "--field", "body"], "--field is for JSONL; for csv use --column body"),
        (["x.jsonl", "--column", "body"], "--column is for CSV and Parquet; for JSONL use --field body"),
        (["x.jsonl", "--rejects", "r.jsonl"], "--rejects needs --max-damage X"),
        (["x.parquet"], "Parquet output cannot go to stdout; pass -o PATH"),
        (["x.jsonl", "--max-damage", "2"], "argument --max-damage: expected a number between 0 and 1, got '2'"),
        (["x.jsonl", "--extra", "words"], "argument --extra: unknown name 'words'; choose from edit_count, damage, edits"),
        (["x.jsonl", "-o", "x.jsonl"], "an output path is the input file"),
        (["x.jsonl", "-o", "a", "--report", "a"], "two outputs (-o, --rejects, --report, --html) share one path"),
    ],
)
def test_error_conflicting_options_are_usage_errors(capsys, argv, message):
    code, _, err = run(argv, capsys)
    assert code == 2
    assert err.startswith("textrepair error: " + message)


# --- JSONL corpora -------------------------------------------------------


def corpus(tmp_path: Path) -> Path:
    p = tmp_path / "in.jsonl"
    write_jsonl(
        p,
        [
            {"id": 1, "text": GAPPY, "keep": [1, 2]},
            {"id": 2, "text": CLEAN},
            b'{"id": 3, "text": "broken\n',
            {"id": 4, "body": "no text"},
            b"\n",  # a blank line is not a record
            {"id": 5, "text": None},
            b'{"id": 6, "text": "caf\xe9"}\n',
            [1, 2],
            {"id": 8, "text": "Aleppo , Syria , was hit ."},
        ],
    )
    return p


def test_jsonl_corpus_keeps_order_and_fields_and_reports_bad_lines(capsys, tmp_path):
    src = corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    report = tmp_path / "report.json"
    code, stdout, err = run([src, "-o", out, "--report", report, "--extra", "edit_count,damage"], capsys)
    assert code == 0 and stdout == ""
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == [1, 2, 8]
    assert rows[0]["text"] == repair(GAPPY).text and rows[0]["keep"] == [1, 2]
    assert rows[1]["text"] == CLEAN and rows[1]["repair_edit_count"] == 0 and rows[1]["repair_damage"] == 0
    assert rows[0]["repair_edit_count"] == len(repair(GAPPY).edits)
    bad = [line for line in err.splitlines() if line.startswith("textrepair error:")]
    assert [line.split(": ")[1] for line in bad] == [f"{src} line {n}" for n in (3, 4, 6, 7, 8)]
    assert "bad JSON" in bad[0] and "missing field 'text'" in bad[1] and "holds null" in bad[2]
    assert "invalid UTF-8" in bad[3] and "not a JSON object" in bad[4]
    data = json.loads(report.read_text())
    assert data["documents"] == {"in": 8, "out": 3, "rejected": 0, "errors": 5, "changed": 2}
    assert data["balanced"] is True
    assert [e["line"] for e in data["errors"]] == [3, 4, 6, 7, 8]
    assert sum(data["damage_histogram"]["counts"]) == 3
    assert sum(data["edits_per_kind"].values()) == data["edits_total"]


def test_on_error_fail_stops_and_writes_nothing(capsys, tmp_path):
    src = corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    code, _, err = run([src, "-o", out, "--on-error", "fail"], capsys)
    assert code == 1
    assert err.startswith(f"textrepair error: {src} line 3: bad JSON")
    assert "rerun with --on-error skip" in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_jsonl_to_stdout_and_from_stdin(capsys, monkeypatch):
    data = json.dumps({"text": GAPPY}).encode() + b"\n"
    code, out, _ = run(["-", "--field", "text", "-q"], capsys, stdin=data, monkeypatch=monkeypatch)
    assert code == 0
    assert json.loads(out) == {"text": repair(GAPPY).text}


def test_max_damage_routes_documents_to_rejects_with_their_edits(capsys, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"text": CLEAN}, {"text": GAPPY}, {"text": "Aleppo , Syria , was hit ."}])
    out, rej, report = tmp_path / "out.jsonl", tmp_path / "rej.jsonl", tmp_path / "r.json"
    code, _, _ = run([src, "-o", out, "--max-damage", "0.1", "--rejects", rej, "--report", report], capsys)
    assert code == 0
    assert [r["text"] for r in read_jsonl(out)] == [CLEAN, "Aleppo, Syria, was hit."]
    (rejected,) = read_jsonl(rej)
    edits = [Edit.from_dict(d) for d in rejected["repair_edits"]]
    assert revert_edits(rejected["text"], edits) == GAPPY
    assert rejected["repair_damage"] > 0.1
    docs = json.loads(report.read_text())["documents"]
    assert (docs["in"], docs["out"], docs["rejected"], docs["errors"]) == (3, 2, 1, 0)


def test_drop_sentences_removes_the_damaged_sentence(capsys, tmp_path):
    src = tmp_path / "in.jsonl"
    text = "A fine sentence stands here. The    was    . Another fine one."
    write_jsonl(src, [{"text": text}])
    code, out, _ = run([src, "--drop-sentences", "0.5", "-q"], capsys)
    assert code == 0
    assert json.loads(out)["text"] == "A fine sentence stands here. Another fine one."


def test_extra_edits_column_replays(capsys, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"text": GAPPY}])
    code, out, _ = run([src, "--extra", "edits", "-q"], capsys)
    row = json.loads(out)
    assert code == 0
    assert apply_edits(GAPPY, [Edit.from_dict(d) for d in row["repair_edits"]]) == row["text"]


def test_jobs_two_gives_the_same_output_as_jobs_one(tmp_path):
    src = tmp_path / "in.jsonl"
    texts = [GAPPY, CLEAN, SEED.read_text(encoding="utf-8")] * 7
    write_jsonl(src, [{"n": i, "text": t} for i, t in enumerate(texts)] + [b"not json\n"])
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}.jsonl"
        proc = subprocess.run(
            [sys.executable, "-m", "textrepair", str(src), "-o", str(out), "--jobs", str(jobs), "--chunksize", "2"],
            capture_output=True, env=env(), check=False,
        )
        assert proc.returncode == 0, proc.stderr
        assert f"{src} line 22: bad JSON" in proc.stderr.decode()
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert [r["n"] for r in read_jsonl(tmp_path / "out2.jsonl")] == list(range(21))


def test_an_interrupted_run_leaves_no_output(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"text": SEED.read_text(encoding="utf-8")}] * 3000)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "textrepair", str(src), "-o", str(out), "--chunksize", "1", "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(),
    )
    # Wait until the temporary file has data, then interrupt.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        parts = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
        if parts and parts[0].stat().st_size > 0:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert err.decode().startswith("textrepair error: interrupted; no output file was written")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


# --- CSV -----------------------------------------------------------------


def test_csv_corpus_with_multiline_fields_and_bad_rows(capsys, tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes(
        b'id,body,n\n'
        b'1,"' + GAPPY.encode() + b'",x\n'
        b'2,"two\nlines , here",y\n'
        b'3\n'
        b'4,"caf\xe9",z\n'
        b'5,' + CLEAN.replace(",", "").encode() + b',w\n'
    )
    out, report = tmp_path / "out.csv", tmp_path / "r.json"
    code, _, err = run([src, "--column", "body", "-o", out, "--extra", "edit_count", "--report", report], capsys)
    assert code == 0
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["id", "body", "n", "repair_edit_count"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "5"]
    assert rows[1][1] == repair(GAPPY).text and rows[1][2] == "x"
    assert rows[2][1] == repair("two\nlines , here").text
    assert rows[3][3] == "0"
    # Lines are where each record starts: row 2 spans lines 3-4.
    assert f"{src} line 5: missing field 'body'" in err
    assert f"{src} line 6: invalid UTF-8 in column 'body' (byte 0xe9)" in err
    assert json.loads(report.read_text())["documents"]["errors"] == 2


def test_error_csv_without_the_column(capsys, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,body\n1,x\n", encoding="utf-8")
    code, _, err = run([src], capsys)
    assert code == 1
    assert err == f"textrepair error: {src} has no column 'text' (columns: id, body); pass --column NAME\n"


# --- Parquet -------------------------------------------------------------


def test_parquet_corpus_round_trip(capsys, tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "text": [GAPPY, None, CLEAN]}), src)
    out, rej = tmp_path / "out.parquet", tmp_path / "rej.parquet"
    code, _, err = run([src, "-o", out, "--extra", "damage,edit_count", "--max-damage", "0.5", "--rejects", rej],
                       capsys)
    assert code == 0
    assert f"{src} row 2: null in column 'text'" in err
    table = pq.read_table(out).to_pydict()
    assert table == {"id": [3], "text": [CLEAN], "repair_damage": [0.0], "repair_edit_count": [0]}
    rejected = pq.read_table(rej).to_pydict()
    assert rejected["id"] == [1] and rejected["text"] == [repair(GAPPY).text]
    assert rejected["repair_damage"][0] == round(document_damage(GAPPY, repair(GAPPY).edits), 5) > 0.5
    edits = [Edit.from_dict(d) for d in json.loads(rejected["repair_edits"][0])]
    assert revert_edits(rejected["text"][0], edits) == GAPPY


def test_parquet_many_batches_keep_order(capsys, tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.parquet"
    texts = [GAPPY if i % 3 else None for i in range(5000)]
    pq.write_table(pa.table({"i": list(range(5000)), "text": texts}), src, row_group_size=1500)
    out = tmp_path / "out.parquet"
    code, _, err = run([src, "-o", out, "-q"], capsys)
    assert code == 0
    table = pq.read_table(out).to_pydict()
    assert table["i"] == [i for i in range(5000) if i % 3]
    assert set(table["text"]) == {repair(GAPPY).text}
    assert err.count("null in column 'text'") == 1667


def test_error_parquet_column_of_numbers(capsys, tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": [1, 2]}), src)
    code, _, err = run([src, "-o", tmp_path / "o.parquet"], capsys)
    assert code == 1
    assert err.startswith("textrepair error: column 'text' of") and "pass --column with a text column" in err


def test_jsonl_with_bom_crlf_and_lone_surrogate(capsys, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'\xef\xbb\xbf{"text": "on the    side"}\r\n{"text": "x \\ud800 y"}\r\n')
    code, out, err = run([src, "-q"], capsys)
    assert code == 0 and err == ""
    first, second = out.splitlines()
    assert json.loads(first) == {"text": "on the [...] side"}
    assert second == '{"text": "x \\ud800 y"}'


def test_csv_with_bom_finds_the_first_column(capsys, tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes(b"\xef\xbb\xbftext,id\r\non the    side,1\r\n")
    code, out, _ = run([src, "-q"], capsys)
    assert code == 0
    assert list(csv.reader(io.StringIO(out))) == [["text", "id"], ["on the [...] side", "1"]]


def test_error_parquet_without_pyarrow(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    code, _, err = run([tmp_path / "in.parquet", "-o", tmp_path / "out.parquet"], capsys)
    assert code == 1
    assert err == "textrepair error: reading Parquet needs pyarrow; install it with: pip install 'textrepair[parquet]'\n"


def test_progress_bar_only_on_a_terminal_and_not_quiet(monkeypatch):
    from textrepair import cli

    args = cli.build_parser().parse_args(["x.jsonl"])
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert cli._progress(args, 10) is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    bar = cli._progress(args, 10)
    assert bar is not None and bar.total == 10
    bar.close()
    assert cli._progress(cli.build_parser().parse_args(["x.jsonl", "-q"]), 10) is None
    monkeypatch.setitem(sys.modules, "tqdm", None)  # tqdm is optional
    assert cli._progress(args, 10) is None


LINES = st.one_of(
    st.builds(lambda t: json.dumps({"text": t}).encode(), st.text(alphabet="ab ,.\n\"", max_size=30)),
    st.builds(lambda t: json.dumps({"body": t}).encode(), st.text(max_size=5)),
    st.builds(lambda n: json.dumps({"text": n}).encode(), st.integers()),
    st.binary(max_size=12).filter(lambda b: b"\n" not in b and b"\r" not in b),
)


@given(st.lists(LINES, max_size=12))
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_line_is_counted_once_and_good_ones_keep_their_order(tmp_path, lines):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(line + b"\n" for line in lines))
    out, report = tmp_path / "out.jsonl", tmp_path / "r.json"
    assert main([str(src), "-o", str(out), "--report", str(report), "-q"]) == 0
    docs = json.loads(report.read_text())["documents"]
    records = [line for line in lines if line.strip()]
    assert docs["in"] == len(records) == docs["out"] + docs["rejected"] + docs["errors"]
    expected = []
    for line in records:
        try:
            obj = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            continue
        if isinstance(obj, dict) and isinstance(obj.get("text"), str):
            expected.append(repair(obj["text"]).text)
    assert [r["text"] for r in read_jsonl(out)] == expected
