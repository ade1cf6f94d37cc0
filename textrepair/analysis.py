"""One shared pass over the text: lines, which lines are tokenised, and the
direction of every straight double quote.

Detectors take a `Document` so that work every detector needs is done once.
A `Document` is built from the text alone, never changes, and costs time
linear in the length of the text (each line is scanned a fixed number of
times; the quote pass is a two-state Viterbi over the quotes of a line).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import compress
from typing import TypeVar

import regex

__all__ = [
    "PROSE_SIGN", "SPACED_ELLIPSIS", "Document", "lowercase_vocabulary", "memoised", "space_runs",
]

# `. . .` / `. . . .`: the spaced ellipsis of newspaper and legal style.  Its
# full stops stand apart from the words like a tokeniser's, so every rule
# that reads ` .` as tokenisation must skip it.
SPACED_ELLIPSIS = regex.compile(r"\.(?: \.){2,}")

# Signs that a line went through a PTB/spaCy tokeniser: punctuation standing
# alone as a token, split contractions and clitics, each after a space.
# Ellipses are excluded (``wait ... what`` and ``wait . . . what`` are good
# prose), and so is a lone `'` (a closing quote) and a clitic-like letter in
# quotes (``the 'd'``).  A sign counts with what must stand right before its
# space: a word character before any sign; before detached punctuation also a
# closing quote or bracket or a full stop (`U. S. ,`), before a detached full
# stop a closing quote or bracket.  A space at the line's start counts for
# nothing.  tests/test_spacing.py states the signs as a plain pattern tried
# at every space (`TOKENISED_SIGN`) and checks that the two agree; this one
# starts with a class of the characters a sign can start with after its space
# (a negation's apostrophe: ``n’t`` is found at its `’`), so the engine skips
# in C to those few characters, and looks back at the space and what stands
# before it from there.
_COUNTED_SIGN = re.compile(
    r"[,;:?!.’'](?:"
    r"(?<=[\w\"”’')\].] [,;:?!])(?=\s|$)"
    r"|(?<=[\w\"”’')\]] \.)(?![.\w])(?! \.)(?=\s|$)"
    r"|(?<=\w [nN][’'])[tT](?![\w’'])"
    r"|(?<=\w [’'])(?:s|ve|re|ll|d|m)(?![\w’'])"
    r")",
    re.MULTILINE,
)


def _count_signs(text: str, start: int, end: int) -> int:
    """Number of tokenisation signs in text[start:end]."""
    return len(_COUNTED_SIGN.findall(text, start, end))


# The signs that alone can mark a short line as tokenised: a split clitic on
# any line, a detached comma or full stop only on a line of four words or more.
_WORD = regex.compile(r"\w+")
_CLITIC_SIGN = regex.compile(r"(?<=\w)[ ](?:[nN][’'][tT]|[’'](?:s|ve|re|ll|d|m))(?![\w’'])")
_COMMA_STOP_SIGN = regex.compile(r"(?<=[\w\"”’')\]])[ ](?:,|\.(?![.\w])(?![ ]\.))(?=\s|$)")

# Signs of ordinary prose: punctuation attached to the word before it.  Each
# alternative consumes the punctuation first and looks back at the word
# afterwards, so the engine only tries at punctuation (20 times faster than
# trying at every word character).
PROSE_SIGN = regex.compile(
    r"""[,;:](?<=\w[,;:])(?=\s)                          # `Roma, who`
      | [.?!](?<=(?:^|[^\w.])\w{2,}[.?!])                  # `said. The`, but not `U.S. The`,
        (?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Rev)\.)
        (?=\s+["“]?[A-Z])                                 # `Mr. Assad`, `W. H. O. Director`
      | [’'](?<=\w[’'])(?:s|t)(?!\w)                      # `Assad’s` / `can't`
    """,
    regex.VERBOSE,
)


# --- quote direction ---------------------------------------------------------
# Log-odds that a lone `"` closes a quotation, from what stands around it.
# Positive: closing.  The Viterbi pass below combines these with the rule
# that quotes alternate, so one strong clue (``in , " his said``) fixes the
# direction of its ambiguous neighbours, and an odd number of quotes (one was
# lost to a splice) costs one broken alternation instead of flipping every
# later quote.
_STRONG = 6.0
_ALTERNATION_COST = 2.5
_CLOSE_FOLLOWERS = frozenset(",.;:?!)]}")
_OPEN_LEADERS = frozenset("([{")
_SENTENCE_PUNCT = frozenset(",.?!")
_DASHES = frozenset("—–-")


def _closing_score(prevc: str | None, nextc: str | None) -> float:
    """Log-odds that a lone quote between `prevc` and `nextc` closes.

    `prevc`/`nextc` are the nearest visible characters on the line: '' at
    the line's ends, None when a gap of dropped words stands between (the
    neighbour then says nothing).
    """
    if nextc is not None and (nextc == "" or nextc in _CLOSE_FOLLOWERS):
        return _STRONG  # `in , "` at the end / `" ,`
    if prevc is not None and (prevc == "" or prevc in _OPEN_LEADERS):
        return -_STRONG  # a quote that starts the line
    if prevc is None or nextc is None:
        return 0.0
    if prevc in _SENTENCE_PUNCT and nextc.islower():
        return 4.0  # `operate in , " his said`
    if prevc == ":":
        return -3.0  # `he said : " We`
    if prevc in _DASHES:
        return -1.0  # `— " The`
    if prevc in ".?!" and nextc.isupper():
        return -0.5  # `said . " We`: a new quotation is a little likelier than a closing one
    if prevc.isalnum() and nextc.isupper():
        return -1.5  # `government " Aleppo is`: news closes quotes after punctuation
    return 0.0


def _quote_directions(text: str, start: int, end: int, out: dict[int, bool]) -> None:
    """Decide, for each straight double quote in text[start:end], whether it closes.

    Lone quotes (space or line boundary on both sides) are decided by a
    Viterbi pass; quotes attached to a word (``"We`` / ``in,"``) are fixed
    observations that keep the alternation in step but are not recorded.
    """
    positions: list[int] = []
    scores: list[float] = []
    lone: list[bool] = []
    i = text.find('"', start, end)
    while i != -1:
        before = text[i - 1] if i > start else ""
        after = text[i + 1] if i + 1 < end else ""
        spaced_before = before in ("", " ")
        spaced_after = after in ("", " ")
        if spaced_before and spaced_after:
            j = i - 1
            while j >= start and text[j] == " ":
                j -= 1
            k = i + 1
            while k < end and text[k] == " ":
                k += 1
            # Tokenised text is joined with single spaces: across a run of
            # two or more, words were dropped and the neighbour says nothing.
            prevc = (text[j] if j >= start else "") if i - j <= 2 or j < start else None
            nextc = (text[k] if k < end else "") if k - i <= 2 or k >= end else None
            positions.append(i)
            scores.append(_closing_score(prevc, nextc))
            lone.append(True)
        elif spaced_before or before in _OPEN_LEADERS:
            positions.append(i)
            scores.append(-_STRONG)  # `"We`: opens
            lone.append(False)
        elif spaced_after or after in _CLOSE_FOLLOWERS:
            positions.append(i)
            scores.append(_STRONG)  # `in,"`: closes
            lone.append(False)
        # A quote inside a word (`5"`, `a"b`) says nothing about direction.
        i = text.find('"', i + 1, end)
    if True not in lone:
        return  # only attached quotes (untokenised prose): no direction to record
    # Two states: 0 = opening, 1 = closing.  best[s] is the best total score
    # of a labelling of the quotes so far that ends in state s.
    # Each state's emission is -half (opening) or +half (closing) of the
    # quote's score; the two states are written out (no inner loop).
    n = len(positions)
    back: list[tuple[int, int]] = []
    best0, best1 = float("-inf"), 0.0  # as if a closing quote came before the first
    for score in scores:
        half = score / 2
        stay0 = best0 - _ALTERNATION_COST  # same direction twice: a quote was lost
        stay1 = best1 - _ALTERNATION_COST
        if best1 >= stay0:
            new0, from0 = best1 - half, 1
        else:
            new0, from0 = stay0 - half, 0
        if best0 >= stay1:
            new1, from1 = best0 + half, 0
        else:
            new1, from1 = stay1 + half, 1
        back.append((from0, from1))
        best0, best1 = new0, new1
    state = 0 if best0 > best1 else 1
    labels = [0] * n
    for idx in range(n - 1, -1, -1):
        labels[idx] = state
        state = back[idx][state]
    for idx in range(n):
        if lone[idx]:
            out[positions[idx]] = labels[idx] == 1


class Document:
    """The text plus facts every detector needs, computed once.

    >>> d = Document("Aleppo , Syria , was hit .\\nClean prose, here.")
    >>> d.tokenised_spans
    [(0, 26)]
    >>> d = Document('" We no longer have hospitals to operate in , " his said .')
    >>> d.closing_quotes
    {0: False, 46: True}
    """

    __slots__ = ("text", "line_spans", "tokenised", "tokenised_spans", "closing_quotes", "memo", "english")

    def __init__(self, text: str) -> None:
        self.text = text
        #: results other detectors share (word table, copies), filled on
        #: first use by `memoised`; they live as long as this document.
        self.memo: dict[object, object] = {}
        #: whether the text reads as English prose (`copies.looks_english`),
        #: once asked: a verdict, kept when the tables in `memo` are freed.
        self.english: bool | None = None
        spans: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        self.line_spans = spans
        strong = [_count_signs(text, s, e) for s, e in spans]
        prose = [len(PROSE_SIGN.findall(text, s, e)) for s, e in spans]
        doc_tokenised = sum(strong) >= 5 and sum(strong) > sum(prose)
        flags = []
        for (s, e), t, p in zip(spans, strong, prose):
            if t >= 2 and 2 * t >= p:
                flags.append(True)
            elif t == 1 and p == 0 and (
                _CLITIC_SIGN.search(text, s, e)
                or (_COMMA_STOP_SIGN.search(text, s, e) and len(_WORD.findall(text, s, e)) >= 4)
            ):
                # One sign and nothing attached the prose way: a short
                # tokenised line (`It was hit on the    side .`).  A lone ` :`
                # or ` !` is not enough (`usage : [docs]`, `Yahoo !`), nor a
                # line of fewer than four words (`$ pip install .`).
                flags.append(True)
            else:
                flags.append(doc_tokenised and t >= 1 and t >= p)
        self.tokenised = flags
        self.tokenised_spans = [sp for sp, f in zip(spans, flags) if f]
        #: offset of each lone straight `"` (spaces or line ends on both
        #: sides) -> True if it closes a quotation, False if it opens one.
        self.closing_quotes: dict[int, bool] = {}
        for s, e in spans:
            _quote_directions(text, s, e, self.closing_quotes)

    def is_tokenised_at(self, pos: int) -> bool:
        """Whether the line holding offset `pos` is tokenised (binary search)."""
        lo, hi = 0, len(self.line_spans) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.line_spans[mid][0] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return self.tokenised[lo]


_T = TypeVar("_T")


def memoised(doc: Document | None, key: object, compute: Callable[[], _T]) -> _T:
    """`compute()`, remembered on `doc` under `key` (computed afresh without a doc).

    Several detectors need the same derived tables; the pipeline passes one
    `Document` to all of them, so each table is built once per text and freed
    with the document (no module-level cache holds texts).
    """
    if doc is None:
        return compute()
    try:
        return doc.memo[key]  # type: ignore[return-value]
    except KeyError:
        value = doc.memo[key] = compute()
        return value


# A word that starts lowercase (ASCII: a lowercase non-ASCII initial is rare
# enough in English news to ignore here).
_LOWER_WORD = re.compile(r"\b[a-z][^\W_]*")


def lowercase_vocabulary(text: str, doc: Document | None = None) -> frozenset[str]:
    """Words the document uses in lowercase somewhere (so they are not names).

    >>> sorted(lowercase_vocabulary("Mr. Smith met the press in Aleppo."))
    ['in', 'met', 'press', 'the']
    """
    return memoised(doc, "lowercase", lambda: _lowercase_vocabulary(text, doc))


def _lowercase_vocabulary(text: str, doc: Document | None) -> frozenset[str]:
    if doc is None or "_" in text:
        return frozenset(_LOWER_WORD.findall(text))
    # Read off the word table instead (issue 6: this set is alive at the
    # memory peak, and a `findall` holds every occurrence at once).  A table
    # word is a maximal run of `[^\W_]`; without `_` in the text the
    # character before it is no word character (the pattern's `\b`), so the
    # words starting with a lowercase ASCII letter are the matches.  Most are
    # their own normalised form: the set takes the table's interned strings
    # (`startswith` tells them apart without slicing: lowercasing never
    # shortens a word, so the form starts the text there only if it is the
    # word), and slices the rest (`iPhone`).
    from .copies import word_initials, words_of  # (copies imports this module)

    w = words_of(text, doc)
    starts, norms = w.starts, w.norms
    # (Flags in bytes, one byte a word, and every other pass streamed: the
    # word table is already large at this point.)  Each word's first
    # character, as ASCII (any other character as `?`), mapped to 1 for a
    # lowercase ASCII letter and 0 else by one `translate`.
    lower = word_initials(text, w, doc).encode("ascii", "replace").translate(_ASCII_LOWER_FLAG)
    # A word of lowercase ASCII letters and digits is its own normalised
    # form; only a word with another character after its first (one scan of
    # the text finds those characters, a few a document) is checked.
    odd = sorted(
        k
        for k in {bisect_right(starts, m.start()) - 1 for m in _INNER_OTHER.finditer(text)}
        if lower[k] and not text.startswith(norms[k], starts[k])
    )
    if odd:
        flags = bytearray(lower)
        for k in odd:
            flags[k] = 0
        lower = bytes(flags)
    vocabulary = set(compress(norms, lower))
    vocabulary.update([text[starts[k] : w.ends[k]] for k in odd])
    # `frozenset` of a set is sized for it: about half the table of one grown
    # item by item.
    return frozenset(vocabulary)


#: `bytes.translate` table: 1 for the bytes of `a`-`z`, 0 for every other byte.
_ASCII_LOWER_FLAG = bytes(int(97 <= b <= 122) for b in range(256))
# A word character other than a lowercase ASCII letter or a digit, after a
# word character: inside a word that may not be its own normalised form
# (`iPhone`, `café`).  Starts with its class, so the engine skips in C.
_INNER_OTHER = re.compile(r"[^\W_a-z0-9](?<=[^\W_].)")


# Two or more spaces.  A literal start, so the engine jumps between spaces.
_SPACES = re.compile("  +")


def space_runs(text: str, doc: Document | None = None) -> list[tuple[int, int]]:
    r"""(start, end) of every maximal run of two or more spaces, whatever stands beside it.

    Spacing (padded dashes) and gaps both look at these runs, each with its
    own test of the characters beside a run; the scan is made once.

    >>> space_runs("a  b\n   c d")
    [(1, 3), (5, 8)]
    """
    return memoised(doc, "space_runs", lambda: [m.span() for m in _SPACES.finditer(text)])
