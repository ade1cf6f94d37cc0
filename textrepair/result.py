"""The immutable result of `repair`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .edits import Edit, Kind, revert_edits

__all__ = ["RepairResult"]


@dataclass(frozen=True, slots=True)
class RepairResult:
    """What `repair` returns: the repaired text and the exact record of how.

    It unpacks like a pair, ``text, edits = repair(s)``.  The original is kept
    (`original`) and can also be rebuilt from `text` and `edits` alone
    (`reverted`).
    """

    text: str
    original: str
    edits: tuple[Edit, ...]
    marker: str

    def __iter__(self) -> Iterator[object]:
        yield self.text
        yield self.edits

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={v}" for k, v in self.counts.items())
        return f"RepairResult({len(self.original)} chars, {len(self.edits)} edits: {counts or 'none'})"

    @property
    def changed(self) -> bool:
        """Whether any edit was made."""
        return bool(self.edits)

    @property
    def counts(self) -> Mapping[str, int]:
        """Number of edits per kind (only kinds that occur), in vocabulary order."""
        c = Counter(e.kind for e in self.edits)
        return MappingProxyType({k.value: c[k] for k in Kind if c[k]})

    def count(self, kind: Kind | str) -> int:
        """Number of edits of one kind."""
        k = Kind(kind)
        return sum(1 for e in self.edits if e.kind is k)

    @property
    def damage(self) -> float:
        """The damage score, 0 (clean) to 1: the estimated fraction of words lost
        or overwritten, from the edits (see `textrepair.score`)."""
        from .score import document_damage

        return document_damage(self.original, self.edits)

    def reverted(self) -> str:
        """The original text, rebuilt from `text` and `edits` alone."""
        return revert_edits(self.text, self.edits)

    def diff(self, *, context: int = 1, width: int = 100) -> str:
        """A unified diff of the original and the repaired text.

        Long lines are wrapped at sentence or word boundaries (at most `width`
        characters), so a one-line article still gives a readable diff.
        Built from the edits, in linear time.
        """
        from .diff import unified_diff

        return unified_diff(self.original, self.edits, context=context, width=width)

    def inline_diff(self, *, color: bool = False) -> str:
        """The repaired text with each change shown in place as ``[-old-]{+new+}``."""
        from .diff import inline_diff

        return inline_diff(self.original, self.edits, color=color)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict: text, edits and counts."""
        return {
            "text": self.text,
            "edits": [e.to_dict() for e in self.edits],
            "counts": dict(self.counts),
        }
