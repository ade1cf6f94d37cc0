"""The edit record: the closed vocabulary of edit kinds, the `Edit` value object,
and the functions that replay, revert and reconcile edits.

Every detector returns `Edit` objects whose offsets point into the *original*
text.  Nothing here knows about any particular kind of damage.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import NamedTuple

__all__ = ["Edit", "EditError", "Kind", "apply_edits", "resolve_overlaps", "revert_edits"]


class Kind(str, enum.Enum):
    """The closed vocabulary of edit kinds.

    The value of each member is the plain string used everywhere: in
    `Config` switches, in `Edit.kind`, in JSON output, in the docs.

    >>> Kind("gap") is Kind.GAP
    True
    >>> [k.value for k in Kind][:3]
    ['spacing', 'gap', 'speaker_tag']
    """

    #: tokenisation artifacts: ``Aleppo , Syria`` -> ``Aleppo, Syria``; padded dashes.
    SPACING = "spacing"
    #: a run of spaces standing where words were dropped.
    GAP = "gap"
    #: an attribution verb overwritten by a copy of the speaker's description.
    SPEAKER_TAG = "speaker_tag"
    #: a copy of an earlier mention pasted over the original words.
    SPLICE = "splice"
    #: an accidental doubled word (``the the``).
    REPEATED_WORD = "repeated_word"
    #: a trailing line of bare names.
    DEBRIS = "debris"
    #: a pronoun in the wrong case where the damage proves the right one (``his said``).
    PRONOUN = "pronoun"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


class EditError(ValueError):
    """Raised when edits cannot be applied to a text.

    It keeps the text and the offending offset and draws a caret under it.
    """

    def __init__(self, message: str, text: str = "", position: int | None = None) -> None:
        self.message = message
        self.text = text
        self.position = position
        super().__init__(self._render())

    def _render(self) -> str:
        if self.position is None or not self.text:
            return self.message
        lo = max(0, self.position - 30)
        hi = min(len(self.text), self.position + 30)
        snippet = self.text[lo:hi].replace("\n", " ").replace("\t", " ")
        caret = " " * (self.position - lo) + "^"
        return f"{self.message}\n    {snippet}\n    {caret}"


def _short(s: str, limit: int = 24) -> str:
    if len(s) > limit:
        s = s[: limit // 2 - 1] + "…" + s[-(limit // 2 - 1) :]
    return repr(s)


class _EditFields(NamedTuple):
    start: int
    end: int
    old: str
    new: str
    kind: Kind
    reason: str
    confidence: float = 1.0


_tuple_new = tuple.__new__


class Edit(_EditFields):
    """One change: replace ``original[start:end]`` (which is `old`) with `new`.

    Offsets always refer to the original input of `repair`, never to an
    intermediate text, so a list of edits can be replayed with `apply_edits`.
    Immutable and hashable; a tuple underneath, because `repair` makes
    hundreds per article and a tuple is about 2.5 times cheaper to build than
    a frozen dataclass (see docs/performance.md).

    >>> e = Edit(7, 8, " ", "", Kind.SPACING, "space before a comma", 0.99)
    >>> e
    Edit(spacing 7:8 ' '→'')
    >>> e.shift
    -1
    """

    __slots__ = ()

    def __new__(
        cls, start: int, end: int, old: str, new: str, kind: Kind, reason: str, confidence: float = 1.0
    ) -> Edit:
        if not 0 <= start <= end:
            raise ValueError(f"Edit offsets must satisfy 0 <= start <= end, got {start}:{end}")
        if end - start != len(old):
            raise ValueError(f"Edit.old has length {len(old)} but spans {start}:{end}")
        if kind.__class__ is not Kind:
            kind = Kind(kind)
        if not 0.0 <= confidence <= 1.0:
            raise ValueError(f"Edit.confidence must be in 0..1, got {confidence}")
        return _tuple_new(cls, (start, end, old, new, kind, reason, confidence))

    def __setattr__(self, name: str, value: object) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}: Edit is immutable")

    def __repr__(self) -> str:
        return f"Edit({self.kind.value} {self.start}:{self.end} {_short(self.old)}→{_short(self.new)})"

    @property
    def shift(self) -> int:
        """How much this edit changes the text length."""
        return len(self.new) - len(self.old)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict; `Edit.from_dict` reverses it."""
        return {
            "start": self.start,
            "end": self.end,
            "old": self.old,
            "new": self.new,
            "kind": self.kind.value,
            "reason": self.reason,
            "confidence": round(self.confidence, 4),
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Edit:
        """Rebuild an edit from `Edit.to_dict` output."""
        return cls(
            int(data["start"]),  # type: ignore[call-overload]
            int(data["end"]),  # type: ignore[call-overload]
            str(data["old"]),
            str(data["new"]),
            Kind(data["kind"]),
            str(data.get("reason", "")),
            float(data.get("confidence", 1.0)),  # type: ignore[arg-type]
        )


def _check_order(edits: Sequence[Edit], text: str, *, against_new: bool) -> None:
    prev_end = -1
    prev_start = -1
    for e in edits:
        if e.start < prev_end or (e.start == prev_start == prev_end == e.end):
            raise EditError(
                f"edits overlap or are out of order at offset {e.start}; "
                "sort them by start and resolve overlaps first (see resolve_overlaps)",
                text,
                min(e.start, len(text)),
            )
        prev_start, prev_end = e.start, e.end


def apply_edits(original: str, edits: Iterable[Edit]) -> str:
    """Replay `edits` on `original` and return the repaired text.

    The edits must be sorted and must not overlap, and each ``old`` must be
    what the original holds at its offsets; `repair` guarantees all three, so
    ``apply_edits(result.original, result.edits) == result.text`` always.

    >>> apply_edits("Aleppo , Syria", [Edit(6, 7, " ", "", Kind.SPACING, "x")])
    'Aleppo, Syria'
    """
    if not isinstance(original, str):
        raise TypeError(f"apply_edits() needs the original text as str, got {type(original).__name__}")
    edits = list(edits)
    _check_order(edits, original, against_new=False)
    for e in edits:
        if original[e.start : e.end] != e.old:
            raise EditError(
                f"edit {e!r} does not match the text: it holds {original[e.start:e.end]!r} there; "
                "were these edits made for another text?",
                original,
                e.start,
            )
    return apply_trusted(original, edits)


def revert_edits(repaired: str, edits: Iterable[Edit]) -> str:
    """Recover the original text from a repaired text and its edits.

    >>> e = Edit(6, 7, " ", "", Kind.SPACING, "x")
    >>> revert_edits("Aleppo, Syria", [e])
    'Aleppo , Syria'
    """
    if not isinstance(repaired, str):
        raise TypeError(f"revert_edits() needs the repaired text as str, got {type(repaired).__name__}")
    out: list[str] = []
    pos = 0  # position in the repaired text
    delta = 0  # offset of the repaired text relative to the original
    for e in edits:
        start = e.start + delta
        if repaired[start : start + len(e.new)] != e.new:
            raise EditError(
                f"edit {e!r} does not match the repaired text; were these edits made for it?",
                repaired,
                min(start, len(repaired)),
            )
        out.append(repaired[pos:start])
        out.append(e.old)
        pos = start + len(e.new)
        delta += e.shift
    out.append(repaired[pos:])
    return "".join(out)


def trusted_edit(
    start: int, end: int, old: str, new: str, kind: Kind, reason: str, confidence: float = 1.0
) -> Edit:
    """An `Edit` built without `Edit.__new__`'s checks, for textrepair's own detectors.

    Only for callers whose fields are right by construction: ``old`` is
    ``text[start:end]`` of the text being repaired, `kind` is a `Kind`
    member and `confidence` a literal in 0..1.  Skipping the checks makes a
    spacing-heavy article's hundred edits about three times cheaper to build;
    the result is equal to ``Edit(...)`` of the same fields.  Not exported:
    anything built from outside data goes through `Edit`.
    """
    return _tuple_new(Edit, (start, end, old, new, kind, reason, confidence))


def apply_trusted(original: str, edits: Sequence[Edit]) -> str:
    """`apply_edits` without its checks, for edits `resolve_overlaps` returned
    for this very text (sorted, non-overlapping, each ``old`` read from it)."""
    out: list[str] = []
    append = out.append
    pos = 0
    for e in edits:
        append(original[pos : e[0]])
        append(e[3])
        pos = e[1]
    append(original[pos:])
    return "".join(out)


def resolve_overlaps(edits: Iterable[Edit], priority: Sequence[Kind]) -> tuple[Edit, ...]:
    """Return a sorted, non-overlapping selection of `edits`.

    Where two edits conflict, the one whose kind comes first in `priority`
    wins; within a kind, the earlier one wins (the longer, at one start; of
    two at the same span, the one that comes first in `edits`).  Exact
    duplicates are merged.  Linear in the number of edits per kind level
    (after sorting): each candidate is checked against its neighbours only,
    never against all.
    """
    # Kinds are looked up by identity: `Kind.__hash__` is a Python-level
    # function (Enum's), and hashing a hundred edits' kinds costs more than
    # the rest of this function.  Exact duplicates need no set either: they
    # share a span, and of several edits at one span only the first can be
    # accepted (the loop below rejects the others as overlapping it).
    rank = {id(k): i for i, k in enumerate(priority)}
    unranked = len(priority)
    levels: list[list[Edit]] = [[] for _ in range(unranked + 1)]
    rank_of = rank.get
    for e in edits:
        levels[rank_of(id(e[4]), unranked)].append(e)
    accepted: list[Edit] = []
    for level in levels:
        if not level:
            continue
        # By start; at one start the longer edit first, so a long pasted copy
        # wins over a short splice found inside it.  Two stable sorts with C
        # keys (end descending, then start) give that order without a Python
        # key function; edits at one span keep their order in `edits`.
        if len(level) > 1:
            level.sort(key=_END, reverse=True)
            level.sort(key=_START)
        survivors: list[Edit] = []
        keep = survivors.append
        last_start = last_end = -1
        p = 0
        n = len(accepted)
        for cand in level:
            c_s = cand[0]
            c_e = cand[1]
            if c_s < last_end or (c_s == c_e == last_start == last_end):
                continue
            while p < n and accepted[p][1] < c_s:
                p += 1
            if p == n or accepted[p][0] > c_e:
                # Nothing accepted touches the candidate (the common case:
                # the next accepted edit starts after it ends).
                keep(cand)
                last_start = c_s
                last_end = c_e
                continue
            # Accepted edits from p on end at or after c_s; they conflict when
            # they overlap the candidate or are an insertion at the same point
            # (three suffice: accepted edits do not overlap each other).
            clash = False
            q = p
            stop = min(p + 3, n)
            while q < stop:
                acc = accepted[q]
                a_s = acc[0]
                a_e = acc[1]
                if (c_s < a_e and a_s < c_e) or (c_s == c_e == a_s == a_e):
                    clash = True
                    break
                if a_s > c_e:
                    break
                q += 1
            if clash:
                continue
            keep(cand)
            last_start = c_s
            last_end = c_e
        if survivors:
            if accepted:
                # Both lists are sorted by (start, end) (survivors have
                # distinct starts); a stable sort of the two runs merges them
                # in C, the accepted edit first where two share a span.
                accepted += survivors
                accepted.sort(key=_SPAN)
            else:
                accepted = survivors
    return tuple(accepted)


_START = itemgetter(0)
_END = itemgetter(1)
_SPAN = itemgetter(0, 1)
