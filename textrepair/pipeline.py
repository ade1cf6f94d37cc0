"""`repair`: run the enabled detectors on the original once, resolve overlaps,
apply.  Every detector sees the original text; nothing loops until a fixpoint.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from .analysis import Document
from .config import DEFAULT_MARKER, Config
from .debris import find_debris
from .edits import Edit, Kind, apply_trusted, resolve_overlaps, trusted_edit
from .gaps import find_gaps
from .pronouns import find_pronouns
from .repeats import find_repeated_words
from .result import RepairResult
from .spacing import find_spacing
from .speaker_tags import find_speaker_tags
from .splices import find_splices

__all__ = ["PRIORITY", "SEGMENT_CHARS", "check_text", "repair", "segments"]

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

#: The detectors in the order they run.  The order does not change the result
#: (overlaps are resolved by `PRIORITY`, and edits of one kind keep their
#: order); it is chosen for memory: the copy detectors, whose shared tables
#: are the largest temporaries, run first, while few edits are alive, and
#: spacing, which makes most of the edits, runs last.
_DETECTORS: dict[Kind, Detector] = {
    Kind.SPEAKER_TAG: lambda t, c, m, d: find_speaker_tags(t, c, doc=d),
    Kind.SPLICE: lambda t, c, m, d: find_splices(t, c, marker=m, doc=d),
    Kind.PRONOUN: lambda t, c, m, d: find_pronouns(t, c, doc=d),
    Kind.REPEATED_WORD: lambda t, c, m, d: find_repeated_words(t, c, doc=d),
    Kind.DEBRIS: lambda t, c, m, d: find_debris(t, c, doc=d),
    Kind.GAP: lambda t, c, m, d: find_gaps(t, c, marker=m, doc=d),
    Kind.SPACING: lambda t, c, m, d: find_spacing(t, c, doc=d),
}
#: After these have run, no later detector reads the tables they left in
#: `Document.memo` (words, copies, tags), so those are freed.
_LAST_COPY_DETECTOR = Kind.SPLICE


#: The config `repair` uses when given none: immutable, so one instance serves
#: every call (building and validating a `Config` costs about 5 µs a call).
_DEFAULT_CONFIG = Config()


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
        config = _DEFAULT_CONFIG
    elif not isinstance(config, Config):
        raise TypeError(
            f"repair() takes config as textrepair.Config, not {type(config).__name__}; "
            "build one with Config(gap=False, ...)"
        )
    # `repair` builds many small objects and no reference cycles, so the
    # cyclic collector finds nothing to free; its passes over the growing
    # edit list cost 15-20% of the time and grow with the input.  It is
    # paused for the call (and left as it was: off stays off).
    collecting = gc.isenabled()
    gc.disable()
    try:
        edits = _detect_all(text, config, marker)
        # The edits come from `resolve_overlaps` over this text, so the
        # checks `apply_edits` makes on edits from outside are skipped.
        return RepairResult(apply_trusted(text, edits), text, edits, marker)
    finally:
        if collecting:
            gc.enable()


def _detect_all(text: str, config: Config, marker: str) -> tuple[Edit, ...]:
    """All winning edits, segment by segment for huge texts, over original offsets."""
    if len(text) <= SEGMENT_CHARS:
        edits = _detect(text, config, marker, last=True)
        return edits
    shifted: list[Edit] = []
    for start, end in segments(text):
        part = _detect(text[start:end], config, marker, last=end == len(text))
        if start == 0:
            shifted.extend(part)
        else:
            shifted.extend(
                trusted_edit(e[0] + start, e[1] + start, e[2], e[3], e[4], e[5], e[6]) for e in part
            )
        del part  # not alive while the next segment is repaired
    return tuple(shifted)


#: Texts longer than this are repaired in segments cut at line (else sentence)
#: boundaries, so time per megabyte stays flat and memory stays bounded on
#: huge inputs.  A news article is far shorter; a copy whose source lies in
#: an earlier segment is not looked for (documented in docs/performance.md).
SEGMENT_CHARS = 50_000


def segments(text: str, size: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    r"""Cut `text` into spans of about `size` characters at line, sentence or word ends.

    >>> segments("aaa\nbbb\nccc", size=5)
    [(0, 4), (4, 8), (8, 11)]
    """
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while n - start > size:
        limit = start + size
        cut = text.rfind("\n", start + size // 2, limit) + 1
        if cut <= 0:
            cut = text.rfind(". ", start + size // 2, limit) + 2
        if cut <= 1:
            cut = text.rfind(" ", start + size // 2, limit) + 1
        if cut <= 0:
            cut = limit
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def _detect(text: str, config: Config, marker: str, *, last: bool) -> tuple[Edit, ...]:
    """Run the enabled detectors on one text and keep the winning edits."""
    doc = Document(text)
    found: list[Edit] = []
    for kind, detect in _DETECTORS.items():
        if config.enabled(kind) and (last or kind is not Kind.DEBRIS):
            found.extend(detect(text, config, marker, doc))
        if kind is _LAST_COPY_DETECTOR:
            doc.memo.clear()
    floor = config.min_confidence
    found = [e for e in found if e[6] >= floor]
    return resolve_overlaps(found, PRIORITY)
