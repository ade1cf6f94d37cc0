"""How the copy detectors turn evidence into an edit.

Each piece of evidence is a vote ``(weight, reason)``; votes are treated as
independent, so their combined confidence is ``1 - prod(1 - weight)``.  A
removed copy leaves the marker, because the words it overwrote are lost.
"""

from __future__ import annotations

from collections.abc import Iterable

from .edits import Edit, Kind

__all__ = ["combine", "marker_edit"]


def combine(votes: Iterable[tuple[float, str]]) -> float:
    """The confidence of independent votes together.

    >>> round(combine([(0.5, "a"), (0.5, "b")]), 2)
    0.75
    >>> combine([])
    0.0
    """
    miss = 1.0
    for w, _ in votes:
        miss *= 1.0 - w
    return 1.0 - miss


def marker_edit(text: str, start: int, end: int, marker: str, reason: str, conf: float) -> Edit:
    """A `splice` edit replacing ``text[start:end]`` by the marker; with no
    marker, also drop one adjacent space.

    >>> marker_edit("a Aleppo b", 2, 8, "", "r", 0.9).old
    ' Aleppo'
    """
    if not marker:
        if start > 0 and text[start - 1] == " ":
            start -= 1
        elif end < len(text) and text[end] == " ":
            end += 1
    return Edit(start, end, text[start:end], marker, Kind.SPLICE, reason, round(conf, 3))
