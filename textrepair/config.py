"""The one options object for `repair`."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .edits import Kind

__all__ = ["DEFAULT_MARKER", "Config"]

#: What stands where words were lost.  The editorial convention for omitted
#: material; ASCII so it survives any pipeline and is easy to grep or strip.
DEFAULT_MARKER = "[...]"


@dataclass(frozen=True, slots=True)
class Config:
    """Options for `repair`.  Immutable; derive variants with `Config.replace`.

    Switches (one per `Kind`, same name; all on by default):

    spacing
        Undo tokenisation (``Aleppo , Syria`` -> ``Aleppo, Syria``) and padded
        dashes.  Turn off to keep token boundaries for a downstream tokeniser.
    gap
        Mark runs of spaces that stand for dropped words.  Turn off if your
        source uses runs of spaces for layout (tables, aligned columns).
    speaker_tag
        Restore attribution verbs overwritten by a copy of the speaker's
        description (``" he Abu Roma, who ..., referring`` -> ``" he said, referring``).
    splice
        Remove copies of earlier mentions pasted over original words.
    repeated_word
        Remove accidental doubled function words (``the the``).
    debris
        Remove a trailing line of bare names.
    pronoun
        Fix a pronoun whose case the damage proves wrong (``" his said``).

    Thresholds:

    min_confidence (default 0.5)
        Edits below this confidence are not made.  Raise it to favour
        precision further; lower it to see more candidates.
    gap_min_spaces (default 2)
        The shortest run of spaces read as a gap.  Real scraped text has
        2-space gaps (``the  ’s transition team``); set 3 if your text has
        stray double spaces between words.
    splice_min_words (default 3)
        The shortest pasted copy the long-splice search looks for.
    splice_threshold (default 0.7)
        How much combined evidence of breakage a repeated span needs before
        it is removed as a long splice (see `textrepair.splices`).
    short_splice (default True)
        Also look for one- or two-word name splices.
    short_splice_threshold (default 0.7)
        The same, for one- or two-word name splices.
    debris_max_words (default 12)
        The longest trailing line that can be debris.
    """

    spacing: bool = True
    gap: bool = True
    speaker_tag: bool = True
    splice: bool = True
    repeated_word: bool = True
    debris: bool = True
    pronoun: bool = True
    min_confidence: float = 0.5
    gap_min_spaces: int = 2
    splice_min_words: int = 3
    splice_threshold: float = 0.7
    short_splice: bool = True
    short_splice_threshold: float = 0.7
    debris_max_words: int = 12

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.type in ("bool", bool):
                if not isinstance(value, bool):
                    raise TypeError(f"Config.{f.name} must be True or False, got {value!r}")
            elif f.type in ("int", int):
                if isinstance(value, bool) or not isinstance(value, int):
                    raise TypeError(f"Config.{f.name} must be a whole number, got {value!r}")
            elif isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"Config.{f.name} must be a number between 0 and 1, got {value!r}")
        for name in ("min_confidence", "splice_threshold", "short_splice_threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"Config.{name} must be between 0 and 1, got {value!r}")
        for name, low, high in (("gap_min_spaces", 2, 100), ("splice_min_words", 2, 50), ("debris_max_words", 1, 100)):
            value = getattr(self, name)
            if not low <= value <= high:
                raise ValueError(f"Config.{name} must be between {low} and {high}, got {value!r}")

    def enabled(self, kind: Kind) -> bool:
        """Whether the detector for `kind` runs.

        >>> Config(gap=False).enabled(Kind.GAP)
        False
        """
        return bool(getattr(self, kind.value))

    def replace(self, **changes: object) -> Config:
        """A copy with some fields changed.

        >>> Config().replace(gap=False).gap
        False
        """
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def only(cls, *kinds: Kind | str) -> Config:
        """A config with only the given kinds switched on.

        >>> Config.only("gap").spacing
        False
        """
        wanted = {Kind(k) for k in kinds}
        return cls(**{k.value: (k in wanted) for k in Kind})
