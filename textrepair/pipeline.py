"""`repair`: run the enabled detectors on the original once, resolve overlaps,
apply.  Every detector sees the original text; nothing loops until a fixpoint.
"""

from __future__ import annotations

from collections.abc import Callable

from .analysis import Document
from .config import DEFAULT_MARKER, Config
from .debris import find_debris
from .edits import Edit, Kind, apply_edits, resolve_overlaps
from .gaps import find_gaps
from .repeats import find_repeated_words
from .result import RepairResult
from .pronouns import find_pronouns
from .spacing import find_spacing
from .speaker_tags import find_speaker_tags
from .splices import find_splices

__all__ = ["repair", "PRIORITY", "check_text"]

#: Which edit wins where two overlap.  Edits that explain more of the damage
#: come first: a removed splice or restored tag swallows the spacing and gap
#: fixes inside it.
PRIORITY: tuple[Kind, ...] = (
    Kind.DEBRIS,
    Kind.SPEAKER_TAG,
    Kind.SPLICE,
    Kind.PRONOUN,
    Kind.REPEATED_WORD,
    Kind.GAP,
    Kind.SPACING,
)

Detector = Callable[[str, Config, str, Document], list[Edit]]

_DETECTORS: dict[Kind, Detector] = {
    Kind.SPACING: lambda t, c, m, d: find_spacing(t, c, doc=d),
    Kind.GAP: lambda t, c, m, d: find_gaps(t, c, marker=m, doc=d),
    Kind.REPEATED_WORD: lambda t, c, m, d: find_repeated_words(t, c, doc=d),
    Kind.DEBRIS: lambda t, c, m, d: find_debris(t, c, doc=d),
    Kind.SPEAKER_TAG: lambda t, c, m, d: find_speaker_tags(t, c, doc=d),
    Kind.SPLICE: lambda t, c, m, d: find_splices(t, c, marker=m, doc=d),
    Kind.PRONOUN: lambda t, c, m, d: find_pronouns(t, c, doc=d),
}


def check_text(text: object, func: str = "repair") -> str:
    """Return `text` if it is a str, else raise a TypeError that says what to pass."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{func}() takes text as str, not {type(text).__name__}; "
            f"decode it first, e.g. {func}(data.decode('utf-8'))"
        )
    if text is None:
        raise TypeError(f"{func}() takes text as str, not None; pass '' for an empty document")
    raise TypeError(
        f"{func}() takes text as str, not {type(text).__name__}; pass the article's text"
    )


def repair(text: str, /, *, marker: str = DEFAULT_MARKER, config: Config | None = None) -> RepairResult:
    """Repair a scraped news article and return the text with a record of every change.

    Why: scraping and NLP pipelines damage text in recognisable ways:
    tokenisation (``Aleppo , Syria``), dropped words (runs of spaces), attribution
    verbs overwritten by copies (``" he Abu Roma, who ..., referring``), pasted
    fragments and trailing debris.  `repair` finds these on the original text,
    chooses non-overlapping edits and applies them.  Lost words are never
    invented: `marker` stands where they were (``marker=""`` leaves clean
    spacing instead).

    >>> r = repair('" We no longer have hospitals to operate in , " he said .')
    >>> r.text
    '"We no longer have hospitals to operate in," he said.'
    >>> dict(r.counts)
    {'spacing': 4}
    >>> repair("Clean prose, left alone.").edits
    ()
    >>> repair("on the    side of Aleppo", marker="").text
    'on the side of Aleppo'
    """
    text = check_text(text)
    if not isinstance(marker, str):
        raise TypeError(f"repair() takes marker as str, not {type(marker).__name__}; use marker='' for none")
    if config is None:
        config = Config()
    elif not isinstance(config, Config):
        raise TypeError(
            f"repair() takes config as textrepair.Config, not {type(config).__name__}; "
            "build one with Config(gap=False, ...)"
        )
    doc = Document(text)
    found: list[Edit] = []
    for kind, detect in _DETECTORS.items():
        if config.enabled(kind):
            found.extend(detect(text, config, marker, doc))
    found = [e for e in found if e.confidence >= config.min_confidence and config.enabled(e.kind)]
    edits = resolve_overlaps(found, PRIORITY)
    return RepairResult(apply_edits(text, edits), text, edits, marker)
