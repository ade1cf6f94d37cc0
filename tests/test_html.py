"""Tests for the HTML report, by parsing the page it writes."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from textrepair import Edit, Kind, apply_edits, repair
from textrepair.cli import main
from textrepair.html_report import KIND_COLOURS, render_document

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3ab38929497f8cf9.txt"
GAPPY = "The    area of the    city is    surrounded ."


class Page(HTMLParser):
    """Collects the marks (del/ins), the tags and attributes, and the text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.marks: list[dict[str, str]] = []
        self.stack: list[str] = []
        self.sections: list[list[tuple[str, str]]] = []  # per document: (where, text) pieces
        self.in_text = 0
        self.notes: list[str] = []
        self.in_note = False
        self.style = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        a = dict(attrs)
        if tag in ("del", "ins"):
            self.marks.append({"tag": tag, "class": a.get("class", ""), "title": a.get("title", ""), "text": ""})
        if tag == "div" and a.get("class") == "text":
            self.sections.append([])
            self.in_text += 1
        elif self.in_text and tag == "div":
            self.in_text += 1
        if tag == "p" and a.get("class") == "note":
            self.notes.append("")
            self.in_note = True
        self.stack.append(tag)

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass
        if tag == "div" and self.in_text:
            self.in_text -= 1
        if tag == "p":
            self.in_note = False

    def handle_data(self, data):
        where = self.stack[-1] if self.stack else ""
        if where in ("del", "ins"):
            self.marks[-1]["text"] += data
        if self.in_text:
            self.sections[-1].append((where, data))
        if self.in_note:
            self.notes[-1] += data
        if where == "style":
            self.style += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def test_each_edit_is_a_coloured_mark_with_its_reason():
    text = "Mr. Hiltermann government the Syrian government said so"
    edits = [
        Edit(4, 25, "Hiltermann government", "", Kind.SPLICE, "a copy of an earlier mention", 0.8),
        Edit(26, 55, text[26:55], "he said so", Kind.SPEAKER_TAG, "a <tag> & \"quote\"", 0.7),
    ]
    page = parse(render_document(text, edits, title="doc 1", damage=0.25))
    assert [(m["tag"], m["class"]) for m in page.marks] == [
        ("del", "k-splice"), ("del", "k-speaker_tag"), ("ins", "k-speaker_tag")]
    assert page.marks[0]["title"] == "splice: a copy of an earlier mention (confidence 0.80)"
    assert page.marks[1]["title"] == 'speaker_tag: a <tag> & "quote" (confidence 0.70)'
    # Text outside <del> plus the <ins> is the repaired text; outside <ins>, the original.
    pieces = page.sections[0]
    assert "".join(d for w, d in pieces if w != "del") == apply_edits(text, edits)
    assert "".join(d for w, d in pieces if w != "ins") == text


def test_whitespace_changes_are_visible_marks():
    page = parse(render_document("a , b", [Edit(1, 2, " ", "", Kind.SPACING, "x")], title="t"))
    assert page.marks[0]["text"] == "·"
    assert page.marks[0]["class"] == "k-spacing ws"  # not struck through (see the CSS)


def run_cli(tmp_path: Path, records: list[dict], *extra: str) -> Page:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    html = tmp_path / "report.html"
    assert main([str(src), "-o", str(tmp_path / "out.jsonl"), "--html", str(html), "-q", *extra]) == 0
    return parse(html.read_text(encoding="utf-8"))


def test_report_is_self_contained(tmp_path):
    page = run_cli(tmp_path, [{"text": SEED.read_text(encoding="utf-8")}])
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert not [v for k, v in page.attrs if k in ("src", "href")]
    assert "http" not in page.style
    for kind, colour in KIND_COLOURS.items():
        assert f".k-{kind}{{background:{colour}}}" in page.style
    # Every edit of the seed is shown, with the right class.
    r = repair(SEED.read_text(encoding="utf-8"))
    assert {m["class"].split()[0] for m in page.marks} == {f"k-{k}" for k in r.counts}
    assert sum(1 for m in page.marks if m["tag"] == "del") == sum(1 for e in r.edits if e.old)
    assert sum(1 for m in page.marks if m["tag"] == "ins") == sum(1 for e in r.edits if e.new)


def test_report_is_capped_and_says_so(tmp_path):
    records = [{"text": GAPPY}] * 7 + [{"text": "Clean prose."}]
    page = run_cli(tmp_path, records, "--html-limit", "3")
    assert len(page.sections) == 3
    assert any("showing the first 3 of 7 changed documents" in n for n in page.notes)
    page = run_cli(tmp_path, records)
    assert len(page.sections) == 7
    assert any("Showing all 7 changed documents" in n for n in page.notes)


def test_documents_are_titled_by_line_and_id(tmp_path):
    page = run_cli(tmp_path, [{"id": "a-1", "text": GAPPY}, {"text": GAPPY}, {"id": True, "text": GAPPY}])
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<h2>line 1 (id a-1)</h2>" in html and "<h2>line 2</h2>" in html and "<h2>line 3</h2>" in html
    assert len(page.sections) == 3


def test_csv_documents_are_titled_by_their_id_column(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(f"text,id\n{GAPPY},7\n", encoding="utf-8")
    html = tmp_path / "r.html"
    assert main([str(src), "-o", str(tmp_path / "o.csv"), "--html", str(html), "-q"]) == 0
    assert "<h2>line 2 (id 7)</h2>" in html.read_text(encoding="utf-8")
