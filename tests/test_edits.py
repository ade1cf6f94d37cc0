"""textrepair.edits: the internal fast paths agree with the checked public ones.

`trusted_edit` and `apply_trusted` skip checks for edits `repair` makes
itself; `resolve_overlaps` avoids hashing and Python-level sort keys.  Each is
compared here with the straightforward version on generated edits.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from textrepair.edits import Edit, Kind, apply_edits, apply_trusted, resolve_overlaps, trusted_edit

TEXT = "abcdefghijklmnopqrstuvwxyz0123"
KINDS = [Kind.SPLICE, Kind.GAP, Kind.SPACING]


@st.composite
def edits_on_text(draw: st.DrawFn) -> Edit:
    start = draw(st.integers(0, len(TEXT)))
    end = draw(st.integers(start, min(len(TEXT), start + 6)))
    return Edit(start, end, TEXT[start:end], draw(st.sampled_from(["", " ", "x", "[...]"])),
                draw(st.sampled_from(KINDS)), draw(st.sampled_from(["r", "s"])))


def reference_resolve(edits: list[Edit], priority: list[Kind]) -> tuple[Edit, ...]:
    """The rule `resolve_overlaps` documents, checked against every accepted edit (quadratic)."""
    accepted: list[Edit] = []
    for kind in priority:
        level = sorted((e for e in edits if e.kind is kind), key=lambda e: (e.start, -e.end))
        last: Edit | None = None
        for c in level:
            if last is not None and (c.start < last.end or c.start == c.end == last.start == last.end):
                continue
            if any((c.start < a.end and a.start < c.end) or (c.start == c.end == a.start == a.end)
                   for a in accepted):
                continue
            accepted.append(c)
            last = c
    return tuple(sorted(accepted, key=lambda e: (e.start, e.end)))


def test_trusted_edit_equals_the_checked_one() -> None:
    fields = (3, 5, "de", "", Kind.SPACING, "why", 0.9)
    fast = trusted_edit(*fields)
    assert fast == Edit(*fields) and type(fast) is Edit and fast.kind is Kind.SPACING
    assert repr(fast) == "Edit(spacing 3:5 'de'→'')"


def test_resolve_overlaps_keeps_the_first_of_one_span() -> None:
    first = Edit(2, 4, "cd", "X", Kind.SPACING, "first")
    second = Edit(2, 4, "cd", "Y", Kind.SPACING, "second")
    assert resolve_overlaps([first, second, first], [Kind.SPACING]) == (first,)
    assert resolve_overlaps([second, first], [Kind.SPACING]) == (second,)


def test_resolve_overlaps_insertions_at_one_point() -> None:
    ins = Edit(3, 3, "", "x", Kind.GAP, "r")
    same = Edit(3, 3, "", "y", Kind.SPACING, "r")
    after = Edit(3, 5, "de", "", Kind.SPACING, "r")
    assert resolve_overlaps([same, after, ins], [Kind.GAP, Kind.SPACING]) == (ins, after)


@settings(max_examples=300, derandomize=True, database=None)
@given(st.lists(edits_on_text(), max_size=25), st.permutations(KINDS))
# Three accepted edits can end at or after a candidate's start (a splice
# ending there, an insertion there, a splice starting there): the check must
# look at all three, or the spacing edit here slips through beside the second
# splice (found by a reviewer: with two, every generated example still passed).
@example(
    [
        Edit(1, 3, TEXT[1:3], "", Kind.SPLICE, "a"),
        Edit(3, 6, TEXT[3:6], "", Kind.SPLICE, "b"),
        Edit(3, 3, "", " ", Kind.GAP, "c"),
        Edit(3, 4, TEXT[3:4], "", Kind.SPACING, "d"),
    ],
    [Kind.SPLICE, Kind.GAP, Kind.SPACING],
)
def test_resolve_overlaps_matches_the_quadratic_rule(edits: list[Edit], priority: list[Kind]) -> None:
    got = resolve_overlaps(edits, priority)
    assert got == reference_resolve(edits, priority)
    assert apply_trusted(TEXT, got) == apply_edits(TEXT, got)
