"""Tests for textrepair.diff: the unified diff and inline views built from edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textrepair import Edit, EditError, Kind, apply_edits, repair
from textrepair.diff import diff_hunks, inline_diff, show_whitespace, unified_diff, wrap_spans

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3ab38929497f8cf9.txt"

ALPHABET = "ab .,\"\n"


@st.composite
def texts_with_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    text = draw(st.text(alphabet=ALPHABET, max_size=300))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
    edits: list[Edit] = []
    prev_end = -1
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a < prev_end or (a == b == prev_end):
            continue
        new = draw(st.text(alphabet=ALPHABET + "[]", max_size=6))
        if a == b and not new:
            continue
        edits.append(Edit(a, b, text[a:b], new, Kind.SPACING, "test"))
        prev_end = b
    return text, edits


def _join(lines, tags):
    return "".join(line.text + ("\n" if line.newline else "") for line in lines if line.tag in tags)


@given(texts_with_edits(), st.integers(10, 40))
@settings(max_examples=300)
def test_full_context_hunk_rebuilds_both_texts(case, width):
    text, edits = case
    hunks = diff_hunks(text, edits, context=10**6, width=width)
    if not edits:
        assert hunks == []
        return
    assert len(hunks) == 1
    assert _join(hunks[0].lines, " -") == text
    assert _join(hunks[0].lines, " +") == apply_edits(text, edits)


@given(texts_with_edits(), st.integers(0, 3), st.integers(10, 40))
@settings(max_examples=300)
def test_each_hunk_replaces_its_span_of_the_original(case, context, width):
    text, edits = case
    hunks = diff_hunks(text, edits, context=context, width=width)
    rebuilt = []
    pos = 0
    for h in hunks:
        assert h.start >= pos
        assert _join(h.lines, " -") == text[h.start : h.end]
        assert sum(1 for line in h.lines if line.tag in " -") == h.old_count
        assert sum(1 for line in h.lines if line.tag in " +") == h.new_count
        rebuilt.append(text[pos : h.start])
        rebuilt.append(_join(h.lines, " +"))
        pos = h.end
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == apply_edits(text, edits)


@given(texts_with_edits(), st.integers(10, 40))
@settings(max_examples=200)
def test_every_edit_lies_inside_a_hunk(case, width):
    text, edits = case
    hunks = diff_hunks(text, edits, context=0, width=width)
    for e in edits:
        assert any(h.start <= e.start and e.end <= h.end for h in hunks), e


def test_new_side_line_numbers_follow_earlier_hunks():
    # A gap repair lengthens line 1 enough to wrap it into two display lines,
    # so every later hunk starts one line further down on the new side.
    text = "One two    three four.\nA b.\nC d.\nE f.\nG  h .\n"
    gap = text.index("    ")
    sp = text.index(" .")
    edits = [
        Edit(gap, gap + 4, "    ", " [...] [...] [...] ", Kind.GAP, "x"),
        Edit(sp, sp + 1, " ", "", Kind.SPACING, "x"),
    ]
    h1, h2 = diff_hunks(text, edits, context=0, width=25)
    assert (h1.old_start, h1.old_count, h1.new_start, h1.new_count) == (1, 1, 1, 2)
    assert (h2.old_start, h2.new_start) == (5, 6)


def test_one_line_article_is_wrapped_and_rebuilds_from_the_printed_diff():
    text = SEED.read_text(encoding="utf-8").split("\n")[0]
    assert len(text) > 7000
    result = repair(text)
    diff = unified_diff(text, result.edits, context=10**6, width=100)
    lines = diff.split("\n")
    assert lines[0] == "--- original" and lines[1] == "+++ repaired"
    assert lines[2].startswith("@@ -1,")
    body = [line for line in lines[3:] if line]
    assert all(len(line) <= 101 for line in body)  # tag + at most `width`
    assert len(body) > 100
    assert "".join(line[1:] for line in body if line[0] in " -") == text
    assert "".join(line[1:] for line in body if line[0] in " +") == result.text


def test_wrapping_prefers_sentence_ends_and_keeps_abbreviations():
    text = "Dr. Omar said it. The W. H. O. agreed, said Mr. Hiltermann. Then quiet."
    pieces = [text[s:e] for s, e in wrap_spans(text, 0, len(text), 100)]
    assert pieces == ["Dr. Omar said it. ", "The W. H. O. agreed, said Mr. Hiltermann. ", "Then quiet."]


def test_a_word_longer_than_the_width_is_cut():
    text = "x" * 25 + " tail"
    pieces = [text[s:e] for s, e in wrap_spans(text, 0, len(text), 10)]
    assert "".join(pieces) == text
    assert max(len(p) for p in pieces) == 10


def test_only_touched_lines_and_their_context_are_shown():
    text = "\n".join(f"Line {i} is fine." for i in range(50)) + "\nLast , one."
    k = text.index(" ,")
    diff = unified_diff(text, [Edit(k, k + 1, " ", "", Kind.SPACING, "x")], context=2)
    body = diff.splitlines()[3:]
    assert body == [" Line 48 is fine.", " Line 49 is fine.", "-Last , one.", "+Last, one."]


def test_deleting_a_newline_joins_lines_in_one_block():
    text = "first line\nsecond line\nthird"
    k = text.index("\nsecond")
    edits = [Edit(k, k + 1, "\n", " ", Kind.SPACING, "x")]
    (h,) = diff_hunks(text, edits, context=0)
    assert [(line.tag, line.text) for line in h.lines] == [
        ("-", "first line"),
        ("-", "second line"),
        ("+", "first line second line"),
    ]


def test_no_edits_gives_an_empty_diff():
    assert unified_diff("Clean prose.", []) == ""
    assert inline_diff("Clean prose.", []) == "Clean prose."


def test_file_names_go_in_the_header():
    diff = unified_diff("a , b", [Edit(1, 2, " ", "", Kind.SPACING, "x")], fromfile="a.txt", tofile="b.txt")
    assert diff.splitlines()[:2] == ["--- a.txt", "+++ b.txt"]


def test_inline_diff_shows_whitespace_changes_visibly():
    text = "the    side , here\n Mr. Assad Syria "
    gap = text.index("    ")
    sp = text.index(" ,")
    nl = text.index("\n")
    edits = [
        Edit(gap, gap + 4, "    ", " [...] ", Kind.GAP, "x"),
        Edit(sp, sp + 1, " ", "", Kind.SPACING, "x"),
        Edit(nl, len(text), text[nl:], "", Kind.DEBRIS, "x"),
    ]
    assert inline_diff(text, edits) == "the[-····-]{+·[...]·+}side[-·-], here[-⏎·Mr. Assad Syria·-]"


def test_inline_diff_colour_wraps_each_part_in_ansi():
    out = inline_diff("a , b", [Edit(1, 2, " ", "", Kind.SPACING, "x")], color=True)
    assert out == "a\x1b[1;31m[-·-]\x1b[0m, b"
    out = inline_diff("ab", [Edit(1, 1, "", "X", Kind.SPACING, "x")], color=True)
    assert out == "a\x1b[1;32m{+X+}\x1b[0mb"


@given(st.text(alphabet=" \t\nab", max_size=30))
def test_show_whitespace_keeps_length_and_only_single_inner_spaces(s):
    shown = show_whitespace(s)
    assert len(shown) == len(s)
    for i, ch in enumerate(shown):
        if ch.isspace():
            assert ch == " " and 0 < i < len(s) - 1
            assert not s[i - 1].isspace() and not s[i + 1].isspace()


def test_result_methods_delegate_here():
    result = repair("Aleppo , Syria , was hit .")
    assert result.diff() == unified_diff(result.original, result.edits)
    assert result.inline_diff() == inline_diff(result.original, result.edits)


def test_error_edits_for_another_text():
    with pytest.raises(EditError, match="does not match the text"):
        unified_diff("abc", [Edit(0, 1, "x", "", Kind.SPACING, "x")])


def test_error_overlapping_edits():
    edits = [Edit(0, 2, "ab", "", Kind.SPACING, "x"), Edit(1, 3, "bc", "", Kind.SPACING, "x")]
    with pytest.raises(EditError, match="overlap"):
        inline_diff("abcd", edits)


def test_error_bad_width_and_context():
    with pytest.raises(ValueError, match="width must be a whole number of characters >= 10, got 5"):
        unified_diff("abc", [], width=5)
    with pytest.raises(ValueError, match="context must be a whole number of lines >= 0, got -1"):
        unified_diff("abc", [], context=-1)
