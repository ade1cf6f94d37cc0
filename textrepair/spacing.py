"""Undo tokenisation: ``Aleppo , Syria ,`` -> ``Aleppo, Syria,``.

Why this happens in the wild: NLP pipelines (PTB, spaCy, Moses) split text
into tokens and later join them with single spaces, so punctuation, clitics
(``country ’s``) and contractions (``ca n’t``) end up standing alone, and the
direction of straight quotes is lost (both become a lone ``"``).

Only lines that *are* tokenised are touched (see `analysis.Document`); a
document can mix tokenised text with pasted untokenised copies, and ordinary
prose must come back byte-identical.  Every edit only deletes or shrinks
whitespace, so no word is ever changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import itemgetter

import regex

from .analysis import Document, space_runs
from .config import Config
from .edits import Edit, Kind, trusted_edit

__all__ = ["find_spacing"]

_START = itemgetter(0)
_END = itemgetter(1)

# The spaces that a tokeniser put *before* something: a run of spaces with a
# visible character before it (not the line start, nor the tail of a longer
# run), and after it what one of these rules names.  What else must stand
# before the run is checked in Python on the few matches.  The rules are
# numbered in this order, 1 to 9 (`_PUNCT` to `_COLLOQUIAL`):
#
#   punct   `Syria ,` / `U. S. ,`: closing punctuation detached
#   stop    `said .`: a full stop, not an ellipsis, a number or `wait . . . what`
#           (and not after a full stop: `U.S. .` keeps its extra stop)
#   neg     `ca n’t`, `do n't`, `CA N’T`: the negation
#   clitic  `country ’s`, `I ’ve`, `they ’re`
#   poss    `countries ’ leaders`: a plural possessive apostrophe standing
#           alone (accepted risk: a closing single quote after a word in s)
#   pct     `4 %`
#   close   `( x )`, `“ x ”`: a closing bracket or curly quote
#   trail   a trailing space at the line end
#   colloquial  `gon na`, `wan na`, `got ta` (the word before is checked in
#           Python): a space a tokeniser put *inside* a word, found here
#           because it too is a space before something
#
# tests/test_spacing.py states the rules as one plain pattern, `SPACE_BEFORE`
# (a named group a rule, the match's `lastindex` its number), and checks that
# `find_spacing`, which scans with `_BEFORE_TARGET` and `_COLLOQUIAL_SPLIT`
# below and looks at each line's end, finds the same runs.
_PUNCT, _STOP, _NEG, _CLITIC, _POSS, _PCT, _CLOSE, _TRAIL, _COLLOQUIAL = range(1, 10)

# A pattern that tries every space (as `SPACE_BEFORE` does) tries about ten
# in a tokenised article for each one it matches; `_BEFORE_TARGET` starts with a
# class of the characters a rule can follow a space with, so the engine skips
# in C to those few characters, and then checks what stands before them (the
# space; for `neg`, the space and the `n` before the apostrophe).  The space
# run before the character and the word before it are checked in Python on
# the matches.  Its groups have the rules' numbers (the match's `lastindex` is
# the rule): each rule's group is empty and closes its alternative.  A
# trailing run is found by looking at the line's end, a split colloquial
# contraction by `_COLLOQUIAL_SPLIT`, which starts at the space and looks back
# at the first word.
_BEFORE_TARGET = re.compile(
    r"[,;:?!.’'%)\]”](?:"
    r"(?<= [,;:?!])(?=\s|$|[\"”’)\]])()"
    r"|(?<= \.)(?![.\w])(?! \.)(?=\s|$|[\"”’)\]])()"
    r"|(?<= [nN][’'])(?=[tT](?![\w’']))()"
    r"|(?<= [’'])(?=(?:[sdm]|ve|re|ll|[SDM]|VE|RE|LL)(?![\w’']))()"
    r"|(?<= [’'])(?= |$)()"
    r"|(?<= %)()"
    r"|(?<= [)\]”])(?=\s|$|[,.;:?!])()"
    r")",
    re.MULTILINE,
)
# `gon na`, `wan na`, `got ta` (any case): the space.  The scan stops at
# every space, checks for the syllable after it and only then looks back at
# the word (40% faster than starting at the class of the words' initials,
# `[gGwW]`, which stops at every g and w).
_COLLOQUIAL_SPLIT = re.compile(
    r" (?=[nNtT][aA]\b)"
    r"(?:(?<=[gG][oO][nN] |[wW][aA][nN] )(?=[nN])|(?<=[gG][oO][tT] )(?=[tT]))"
)
_DETACHED = ("", "punctuation detached from the word before it", 0.98)
_SYMBOL = ("", "symbol or bracket detached by a tokeniser", 0.95)
#: The edit's (new, reason, confidence) for each rule, by group number.
_BEFORE_RULES: tuple[tuple[str, str, float], ...] = (
    ("", "", 0.0),  # no group 0
    _DETACHED,
    _DETACHED,
    ("", "contraction split by a tokeniser", 0.99),
    ("", "clitic split from its word by a tokeniser", 0.99),
    ("", "possessive apostrophe split from its word", 0.9),
    _SYMBOL,
    _SYMBOL,
    ("", "trailing space left by a tokeniser", 0.9),
    ("", "colloquial contraction split by a tokeniser", 0.95),
)
# The word before a split colloquial contraction, by the syllable after it.
_COLLOQUIAL_FIRST = {"n": ("gon", "wan"), "t": ("got",)}
# Spaces a tokeniser put *after* something: `$ 4`, `( x`, `“ x`.  The
# pattern starts with one class of all the symbols (the alternatives then
# look back at which it was), so the engine skips to those characters; two
# alternatives that each start with a class would be tried at every
# character.  (A line is scanned whether it has a symbol or not: asking
# `frozenset.isdisjoint` first cost three times the scan.)
SPACE_AFTER = re.compile(r"[$£€(\[“‘](?:(?<=[$£€])( )(?=\d)|(?<=[(\[“‘])( +)(?=\S))")
# `the W. H. O. said`: a split initialism, when what follows is not a
# capitalised word (`J. K. Rowling` stays as written), or when `the` comes
# right before it (`the U. S. Army`: a person's initials rarely follow `the`;
# accepted risk: `the J. R. R. Tolkien estate`).  The pattern starts by
# consuming the capital (one class for both alternatives, so the engine skips
# to capitals) and checks what precedes it afterwards.
SPLIT_INITIALISM = re.compile(
    r"[A-Z](?:(?<![\w.][A-Z])\.(?: [A-Z]\.)+(?= +[^A-Z\s]| *$)"
    r"|(?<=\b[Tt]he [A-Z])\.(?: [A-Z]\.)+)",
    re.MULTILINE,
)
# Every split initialism holds this; a line without it is not scanned with
# `SPLIT_INITIALISM` (whose search stops at every capital).  The pattern starts
# with the literal `. `, which the engine finds fast.
_INITIALISM_CORE = re.compile(r"\. [A-Z]\.")
# A run of 2+ spaces between visible characters (from `analysis.space_runs`,
# which gaps shares); `_dash_padding` decides
# whether it pads a dash: the scraped rendering `Lebanon   —    The`.  An em
# or en dash may be padded on one side only (`Aleppo  —   including`,
# `Aleppo—   including`); a hyphen or hyphen pair stands for a dash only when
# padded on both sides (`talks   --   the`), so `2015-     - Paul` and
# indented list bullets (`  - item`) are left alone.  Accepted miss: a word
# dropped right beside a dash is read as padding, not as a gap.
_HYPHEN_DASH_AFTER = re.compile(r"--? {2,}\S")
_HYPHEN_DASH_BEFORE = re.compile(r"\S {2,}--?$")


def _dash_padding(text: str, a: int, b: int) -> bool:
    """Whether the run of spaces text[a:b] pads a dash."""
    if text[b] in "—–" or text[a - 1] in "—–":
        return True
    if text[b] == "-" and _HYPHEN_DASH_AFTER.match(text, b):
        return True
    if text[a - 1] == "-":
        return _HYPHEN_DASH_BEFORE.search(text, max(0, a - 40), a) is not None
    return False


def _quote_edits(doc: Document, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Spaces to delete beside the lone `"` tokens of text[start:end].

    The direction of each quote comes from `Document.closing_quotes`: a
    closing quote joins the word before it, an opening quote the word after.
    """
    text = doc.text
    i = text.find('"', start, end)
    while i != -1:
        closing = doc.closing_quotes.get(i)
        if closing is True:
            j = i
            while j > start and text[j - 1] == " ":
                j -= 1
            if j > start and j < i:
                yield j, i, "closing quote detached from the words it closes"
        elif closing is False:
            k = i + 1
            while k < end and text[k] == " ":
                k += 1
            if k < end and k > i + 1:
                yield i + 1, k, "opening quote detached from the words it opens"
        i = text.find('"', i + 1, end)


_CURLY_SINGLE = regex.compile(r"[‘’]")


def _single_quote_edits(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Spaces to delete before a lone `’` that closes an earlier `‘` on the line.

    `’` is also the apostrophe, so a lone one closes a quotation only when a
    `‘` opened one before it on the same line (`a ‘ war ’ ,` -> `a ‘war’,`;
    the space after `‘` is `SPLIT_SYMBOL`'s).  Apostrophes inside or
    starting a word (`children’s`, ` ’s`) are skipped.
    """
    open_quotes = 0
    for m in _CURLY_SINGLE.finditer(text, start, end):
        i = m.start()
        if text[i] == "‘":
            open_quotes += 1
            continue
        after = text[i + 1] if i + 1 < end else ""
        if after.isalnum() or open_quotes == 0:
            continue  # an apostrophe, or nothing to close
        open_quotes -= 1
        j = i
        while j > start and text[j - 1] == " ":
            j -= 1
        if start < j < i:
            yield j, i, "closing single quote detached from the words it closes"


def find_spacing(text: str, config: Config | None = None, *, doc: Document | None = None) -> list[Edit]:
    """Find tokenisation artifacts and padded dashes; return `spacing` edits.

    >>> t = 'Aleppo , Syria , the country ’s largest city , " he said .'
    >>> from textrepair import apply_edits
    >>> apply_edits(t, find_spacing(t))
    'Aleppo, Syria, the country’s largest city," he said.'
    >>> find_spacing("Aleppo, Syria, is clean prose.")
    []
    """
    doc = doc or Document(text)
    # (start, end) -> (new, reason, confidence); the first rule to claim a
    # span keeps it.
    found: dict[tuple[int, int], tuple[str, str, float]] = {}
    claim = found.setdefault
    rules = _BEFORE_RULES
    for s, e in doc.tokenised_spans:
        for a, b, rule in _spaces_before(text, s, e):
            claim((a, b), rules[rule])
        for m in SPACE_AFTER.finditer(text, s, e):
            sym = m.start()
            if sym > s and not text[sym - 1].isspace():
                continue  # `x(y` or `US$ 4`: not a token of its own
            claim(m.span(1) if m.start(1) >= 0 else m.span(2), _SYMBOL)
        for a, b, reason in _quote_edits(doc, s, e):
            claim((a, b), ("", reason, 0.9))
        if text.find("‘", s, e) >= 0 and text.find("’", s, e) >= 0:  # a lone `’` closes only an earlier `‘`
            for a, b, reason in _single_quote_edits(text, s, e):
                claim((a, b), ("", reason, 0.9))
        if _INITIALISM_CORE.search(text, s, e):
            for m in SPLIT_INITIALISM.finditer(text, s, e):
                for k in range(m.start(), m.end()):
                    if text[k] == " ":
                        claim((k, k + 1), ("", "initialism split by a tokeniser", 0.9))
    for a, b in space_runs(text, doc):
        if 0 < a and b < len(text) and not text[a - 1].isspace() and not text[b].isspace():
            if _dash_padding(text, a, b):
                claim((a, b), (" ", "dash padded with a run of spaces", 0.97))
    # Offsets are spans of `text` found above and every confidence is a
    # constant in 0..1, so the edits skip `Edit`'s checks.
    spacing = Kind.SPACING
    edits = [
        trusted_edit(a, b, text[a:b], new, spacing, reason, conf) for (a, b), (new, reason, conf) in found.items()
    ]
    del found
    # By (start, end), which no two share: two stable sorts on C keys, with no
    # list of (span, rule) pairs alongside the edits (a sorted copy of
    # `found.items()` held one more tuple an edit at this function's peak).
    edits.sort(key=_END)
    edits.sort(key=_START)
    return edits


def _spaces_before(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    """(start, end, rule) of each run of spaces a rule (see `_PUNCT`) removes
    from the line text[s:e], with the checks on the word before.

    The runs are found as described at `_BEFORE_TARGET`: b is the character
    after the run, a the run's start, which must not be the line's start.
    Runs that do not touch are listed in no particular order.
    """
    out: list[tuple[int, int, int]] = []
    add = out.append
    for m in _BEFORE_TARGET.finditer(text, s, e):
        rule = m.lastindex
        if rule is None:  # pragma: no cover - every alternative is a group
            continue
        b = m.start() - 1 if rule == _NEG else m.start()
        a = b - 1
        if a == s:
            continue
        prev = text[a - 1]
        if prev == " ":
            if _NEG <= rule <= _PCT:
                continue  # a gap, not a tokeniser's single space
            a -= 1
            while a > s and text[a - 1] == " ":
                a -= 1
            if a == s:
                continue
            prev = text[a - 1]
        if rule > _STOP:
            if rule == _PCT:
                if not prev.isdigit():
                    continue
            elif rule == _POSS:
                if prev != "s" or a < 2 or not text[a - 2].isalnum():
                    continue
            elif rule != _CLOSE and not (prev.isalnum() or prev == "_"):
                continue  # neg, clitic: attached to a word
        elif rule == _STOP and prev == ".":
            continue
        add((a, b, rule))
    if text[e - 1 : e] == " " and e - 1 > s:
        a = e - 1
        while a > s and text[a - 1] == " ":
            a -= 1
        if a > s:
            add((a, e, _TRAIL))
    for m in _COLLOQUIAL_SPLIT.finditer(text, s, e):
        a = m.start()
        if _colloquial(text, s, a):
            add((a, a + 1, _COLLOQUIAL))
    return out


def _colloquial(text: str, start: int, space: int) -> bool:
    """Whether the space at `space` splits `gon na`, `wan na` or `got ta`.

    The word before must be ``gon``/``wan`` (before ``na``) or ``got`` (before
    ``ta``), any case, starting a word on this line; the syllable after it is
    all lowercase or all capitals (a mixed-case ``Na`` is left alone).
    """
    w = space - 3
    if w < start or (w > 0 and (text[w - 1].isalnum() or text[w - 1] == "_")):
        return False
    if text[w : space].lower() not in _COLLOQUIAL_FIRST.get(text[space + 1].lower(), ()):
        return False
    return text[space + 1 : space + 3] in ("na", "NA", "ta", "TA")
