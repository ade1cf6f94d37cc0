"""Show what `repair` changed: a unified diff and an inline view, both built
from the edit record in one linear pass (never by diffing two documents).

Why not difflib: scraped articles are often one 7 KB line, so a line diff is
one giant ``-``/``+`` pair, and a character-level ``SequenceMatcher`` is slow
(0.7 MB/s, 0.01 MB/s without autojunk).  We already know exactly what changed,
so we cut the original into short display lines (by newline, then by sentence,
then by word) and print only the lines the edits touch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from .edits import Edit, EditError

__all__ = ["DiffLine", "Hunk", "diff_hunks", "inline_diff", "show_whitespace", "unified_diff", "wrap_spans"]

# A sentence ends at `.`, `!` or `?` (optionally followed by closing quotes or
# brackets), then whitespace, then something that can start a sentence.  This
# also matches tokenised text (``Organization . Bombs``).  It is a display
# heuristic: a wrong break only moves a line break in the diff.
_SENTENCE_END = regex.compile(r"""[.!?]["”’')\]]*\s+(?=["“‘'(\[]?\s?[\p{Lu}\d])""")

# Words after which a period does not end a sentence: `Mr. Hiltermann`,
# `Donald J. Trump`, `the W. H. O. said`.
_ABBREVIATION = regex.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Mt|No|vs|etc|Inc|Corp|Co|Ltd)|\b\p{Lu})$"
)

# Glyphs that make whitespace visible inside a change marker.
_VISIBLE = {" ": "·", "\t": "→", "\n": "⏎", "\r": "␍", "\u00a0": "⍽"}

_ANSI_OLD = "\x1b[1;31m"
_ANSI_NEW = "\x1b[1;32m"
_ANSI_RESET = "\x1b[0m"


def show_whitespace(s: str) -> str:
    """Make the whitespace a reader could miss visible.

    A single space between two visible characters stays a space; every other
    whitespace character (runs, leading or trailing spaces, tabs, newlines)
    becomes a glyph: ``·`` space, ``→`` tab, ``⏎`` newline, ``⍽`` no-break space.

    >>> show_whitespace("   ")
    '···'
    >>> show_whitespace("Mr. Assad Syria")
    'Mr. Assad Syria'
    >>> show_whitespace("\\n Mr. Assad ")
    '⏎·Mr. Assad·'
    """
    out: list[str] = []
    last = len(s) - 1
    for i, ch in enumerate(s):
        if not ch.isspace() or ch == " " and 0 < i < last and not s[i - 1].isspace() and not s[i + 1].isspace():
            out.append(ch)
        else:
            out.append(_VISIBLE.get(ch, "·"))
    return "".join(out)


def wrap_spans(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` (one line, no newline) into display pieces.

    Pieces tile the span exactly: each ends after a sentence end and its
    spaces, or, for a sentence longer than `width`, after the last space that
    keeps the piece within `width` (a single word longer than `width` is cut
    at `width`).  Linear in the length of the span.

    >>> t = "It burned. The W. H. O. said so. Dr. Omar agreed."
    >>> [t[s:e] for s, e in wrap_spans(t, 0, len(t), 30)]
    ['It burned. ', 'The W. H. O. said so. ', 'Dr. Omar agreed.']
    """
    pieces: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _ABBREVIATION.search(text, max(start, m.start() - 5), m.start()):
            continue
        if m.end() >= end:
            break
        _wrap_words(text, pos, m.end(), width, pieces)
        pos = m.end()
    if pos < end or not pieces:
        _wrap_words(text, pos, end, width, pieces)
    return pieces


def _wrap_words(text: str, start: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    pos = start
    while end - pos > width:
        limit = pos + width
        cut = limit
        # The last word start within the window: a break after whitespace.
        i = limit
        while i > pos and not (text[i - 1].isspace() and not text[i].isspace()):
            i -= 1
        if i > pos:
            cut = i
        out.append((pos, cut))
        pos = cut
    out.append((pos, end))


@dataclass(frozen=True, slots=True)
class DiffLine:
    """One display line of a hunk.

    `tag` is ``" "`` (context), ``"-"`` (original) or ``"+"`` (repaired).
    `newline` says whether a newline follows this piece in its text; pieces
    of one wrapped line join with nothing, so the ``" "``/``"-"`` lines
    rebuild the original and the ``" "``/``"+"`` lines the repaired text.
    """

    tag: str
    text: str
    newline: bool


@dataclass(frozen=True, slots=True)
class Hunk:
    """A run of changed display lines with its context.

    `old_start`/`new_start` are 1-based display line numbers; `start`/`end`
    are the offsets of the hunk in the original text.
    """

    old_start: int
    old_count: int
    new_start: int
    new_count: int
    start: int
    end: int
    lines: tuple[DiffLine, ...]

    def header(self) -> str:
        return (
            f"@@ -{self.old_start},{self.old_count} +{self.new_start},{self.new_count} @@"
            f" chars {self.start}-{self.end}"
        )


def _display_lines(text: str, start: int, end: int, width: int) -> list[tuple[int, int, bool]]:
    """Display pieces of ``text[start:end]``: (start, end, newline follows)."""
    out: list[tuple[int, int, bool]] = []
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        if line_end > pos or nl >= 0 or not out:
            pieces = wrap_spans(text, pos, line_end, width) if line_end > pos else [(pos, pos)]
            for s, e in pieces[:-1]:
                out.append((s, e, False))
            s, e = pieces[-1]
            out.append((s, e, nl >= 0))
        if nl < 0:
            break
        pos = nl + 1
        if pos == end:
            break
    return out


def _apply_slice(original: str, edits: Sequence[Edit], lo: int, hi: int, start: int, end: int) -> str:
    """Apply ``edits[lo:hi]`` (all inside ``start..end``) to ``original[start:end]``."""
    out: list[str] = []
    pos = start
    for e in edits[lo:hi]:
        out.append(original[pos : e.start])
        out.append(e.new)
        pos = e.end
    out.append(original[pos:end])
    return "".join(out)


def _check(original: str, edits: Sequence[Edit]) -> None:
    prev = -1
    for e in edits:
        if e.start < prev or e.end > len(original):
            raise EditError(
                f"edits overlap, are out of order or run past the text at offset {e.start}; "
                "pass the edits of a RepairResult made from this text",
                original,
                min(e.start, len(original)),
            )
        if original[e.start : e.end] != e.old:
            raise EditError(
                f"edit {e!r} does not match the text; were these edits made for another text?",
                original,
                e.start,
            )
        prev = e.end


def diff_hunks(original: str, edits: Iterable[Edit], *, context: int = 1, width: int = 100) -> list[Hunk]:
    """The hunks of `unified_diff`, as data.

    Each edit is mapped onto the display pieces of the original it touches;
    runs of touched pieces become one block, whose repaired text is wrapped
    with the same rules.  Linear in the text and the number of edits.
    """
    if isinstance(context, bool) or not isinstance(context, int) or context < 0:
        raise ValueError(f"context must be a whole number of lines >= 0, got {context!r}")
    if isinstance(width, bool) or not isinstance(width, int) or width < 10:
        raise ValueError(f"width must be a whole number of characters >= 10, got {width!r}")
    edits = list(edits)
    _check(original, edits)
    if not edits:
        return []
    pieces = _display_lines(original, 0, len(original), width)
    n = len(pieces)
    # `span_end[i]`: where piece i ends including its newline; pieces tile 0..len.
    span_end = [e + 1 if nl else e for _, e, nl in pieces]

    # Blocks: (first piece, last piece, first edit, end edit), by one sweep.
    # An edit belongs to every piece it overlaps; an insertion to the piece
    # it stands at the start of (or the last piece, at the end of the text).
    blocks: list[tuple[int, int, int, int]] = []
    m = len(edits)
    i = k = 0
    while k < m:
        while i < n - 1 and span_end[i] <= edits[k].start:
            i += 1
        first = last = i
        k0 = k
        while True:
            while k < m and (edits[k].start < span_end[last] or last == n - 1):
                while last < n - 1 and span_end[last] < edits[k].end:
                    last += 1
                k += 1
            # The block must end where old and new agree on whether a new
            # line starts after it, or the context below would be misplaced.
            new = _apply_slice(original, edits, k0, k, pieces[first][0], span_end[last])
            starts_line = first == 0 or pieces[first - 1][2]
            new_nl = new.endswith("\n") or (new == "" and starts_line)
            if last == n - 1 or pieces[last][2] == new_nl:
                break
            last += 1
        blocks.append((first, last, k0, k))
        i = last + 1

    hunks: list[Hunk] = []
    group: list[tuple[int, int, int, int]] = []
    shift = 0  # how many more lines the new side has before the next hunk
    for b in blocks + [(n + 2 * context + 1, 0, 0, 0)]:
        if group and b[0] - group[-1][1] - 1 > 2 * context:
            h = _make_hunk(original, edits, pieces, span_end, group, context, width, shift)
            shift += h.new_count - h.old_count
            hunks.append(h)
            group = []
        group.append(b)
    return hunks


def _make_hunk(
    original: str,
    edits: Sequence[Edit],
    pieces: list[tuple[int, int, bool]],
    span_end: list[int],
    group: list[tuple[int, int, int, int]],
    context: int,
    width: int,
    shift: int,
) -> Hunk:
    lo = max(0, group[0][0] - context)
    hi = min(len(pieces) - 1, group[-1][1] + context)
    lines: list[DiffLine] = []
    old_count = new_count = 0
    idx = lo
    for first, last, k0, k1 in group:
        for j in range(idx, first):
            s, e, nl = pieces[j]
            lines.append(DiffLine(" ", original[s:e], nl))
        for j in range(first, last + 1):
            s, e, nl = pieces[j]
            lines.append(DiffLine("-", original[s:e], nl))
        new = _apply_slice(original, edits, k0, k1, pieces[first][0], span_end[last])
        new_lines = _display_lines(new, 0, len(new), width) if new else []
        for s, e, nl in new_lines:
            lines.append(DiffLine("+", new[s:e], nl))
        old_count += last + 1 - idx
        new_count += (first - idx) + len(new_lines)
        idx = last + 1
    for j in range(idx, hi + 1):
        s, e, nl = pieces[j]
        lines.append(DiffLine(" ", original[s:e], nl))
    old_count += hi + 1 - idx
    new_count += hi + 1 - idx
    # New-side line numbers shift by what earlier hunks added or removed.
    return Hunk(lo + 1, old_count, lo + 1 + shift, new_count, pieces[lo][0], span_end[hi], tuple(lines))


def unified_diff(
    original: str,
    edits: Iterable[Edit],
    *,
    context: int = 1,
    width: int = 100,
    fromfile: str = "original",
    tofile: str = "repaired",
) -> str:
    """A unified diff of `original` and the text the `edits` make of it.

    Lines are display lines: the original is split at newlines and long lines
    are wrapped after sentence ends, then at word boundaries, so no line is
    longer than `width` (except in a word longer than `width`).  The pieces of
    a wrapped line keep their spaces and join with nothing.  `context` is the
    number of unchanged display lines shown around each change.  The header
    of each hunk also gives its character offsets in the original, which is
    where the edits' ``start``/``end`` point.  Returns ``""`` when there are
    no edits.

    >>> from textrepair import Edit, Kind
    >>> text = "It burned . Nothing else changed. The    area was hit."
    >>> edits = [Edit(9, 10, " ", "", Kind.SPACING, "space before a period"),
    ...          Edit(37, 41, "    ", " [...] ", Kind.GAP, "a run of spaces where words were lost")]
    >>> print(unified_diff(text, edits, context=0, width=25), end="")
    --- original
    +++ repaired
    @@ -1,1 +1,1 @@ chars 0-12
    -It burned . 
    +It burned. 
    @@ -3,1 +3,1 @@ chars 34-54
    -The    area was hit.
    +The [...] area was hit.
    """
    hunks = diff_hunks(original, edits, context=context, width=width)
    if not hunks:
        return ""
    out = [f"--- {fromfile}", f"+++ {tofile}"]
    for h in hunks:
        out.append(h.header())
        out.extend(line.tag + line.text for line in h.lines)
    return "\n".join(out) + "\n"


def inline_diff(original: str, edits: Iterable[Edit], *, color: bool = False) -> str:
    """The repaired text with each change shown in place as ``[-old-]{+new+}``.

    Whitespace inside a change is made visible (see `show_whitespace`), so a
    removed run of spaces reads ``[-···-]``.  With ``color=True`` the removed
    part is red and the added part green (ANSI escapes, for a terminal).

    >>> from textrepair import repair
    >>> print(repair("Aleppo , Syria , was hit .").inline_diff())
    Aleppo[-·-], Syria[-·-], was hit[-·-].
    """
    edits = list(edits)
    _check(original, edits)
    out: list[str] = []
    pos = 0
    for e in edits:
        out.append(original[pos : e.start])
        if e.old:
            old = f"[-{show_whitespace(e.old)}-]"
            out.append(f"{_ANSI_OLD}{old}{_ANSI_RESET}" if color else old)
        if e.new:
            new = f"{{+{show_whitespace(e.new)}+}}"
            out.append(f"{_ANSI_NEW}{new}{_ANSI_RESET}" if color else new)
        pos = e.end
    out.append(original[pos:])
    return "".join(out)
