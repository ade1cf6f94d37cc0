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

import regex

from .analysis import Document
from .config import Config
from .edits import Edit, Kind

__all__ = ["find_spacing"]

# One scan over the spaces of a tokenised line finds every space that a
# tokeniser put *before* something.  The pattern starts at a space, so the
# engine only works at spaces (a pattern that starts with a lookbehind is
# tried at every character: 7 times slower); what must stand before the run
# is checked in Python on the few matches.  Each named group is one rule:
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
SPACE_BEFORE = re.compile(
    r"( +)(?="
    r"(?P<punct>[,;:?!](?:\s|$|[\"”’)\]]))"
    r"|(?P<stop>\.(?![.\w])(?! \.)(?:\s|$|[\"”’)\]]))"
    r"|(?P<neg>[nN][’'][tT](?![\w’']))"
    r"|(?P<clitic>[’'](?:[sdm]|ve|re|ll|[SDM]|VE|RE|LL)(?![\w’']))"
    r"|(?P<poss>[’'](?: |$))"
    r"|(?P<pct>%)"
    r"|(?P<close>[)\]”](?:\s|$|[,.;:?!]))"
    r"|(?P<trail>$)"
    r")",
    re.MULTILINE,
)
_BEFORE_RULES: dict[str, tuple[str, float]] = {
    "punct": ("punctuation detached from the word before it", 0.98),
    "stop": ("punctuation detached from the word before it", 0.98),
    "neg": ("contraction split by a tokeniser", 0.99),
    "clitic": ("clitic split from its word by a tokeniser", 0.99),
    "poss": ("possessive apostrophe split from its word", 0.9),
    "pct": ("symbol or bracket detached by a tokeniser", 0.95),
    "close": ("symbol or bracket detached by a tokeniser", 0.95),
    "trail": ("trailing space left by a tokeniser", 0.9),
}
# Spaces a tokeniser put *after* something: `$ 4`, `( x`, `“ x`, `gon na`.
SPACE_AFTER = re.compile(
    r"(?P<money>[$£€])( )(?=\d)"
    r"|(?P<open>[(\[“‘])( +)(?=\S)"
    r"|(?P<colloquial>\b(?:[gG][oO][nN]|[wW][aA][nN]) (?=[nN][aA]\b)|\b[gG][oO][tT] (?=[tT][aA]\b))",
)
_SYMBOLS = frozenset("$£€([“‘")
_SYMBOL_REASON = "symbol or bracket detached by a tokeniser"
_COLLOQUIAL_REASON = "colloquial contraction split by a tokeniser"
# `the W. H. O. said`: a split initialism, when what follows is not a
# capitalised word (`J. K. Rowling` stays as written), or when `the` comes
# right before it (`the U. S. Army`: a person's initials rarely follow `the`;
# accepted risk: `the J. R. R. Tolkien estate`).  Each alternative starts by
# consuming the capital and checks what precedes it afterwards.
SPLIT_INITIALISM = re.compile(
    r"[A-Z](?<![\w.][A-Z])\.(?: [A-Z]\.)+(?= +[^A-Z\s]| *$)"
    r"|[A-Z](?<=\b[Tt]he [A-Z])\.(?: [A-Z]\.)+",
    re.MULTILINE,
)
# A run of 2+ spaces between visible characters; `_dash_padding` decides
# whether it pads a dash: the scraped rendering `Lebanon   —    The`.  An em
# or en dash may be padded on one side only (`Aleppo  —   including`,
# `Aleppo—   including`); a hyphen or hyphen pair stands for a dash only when
# padded on both sides (`talks   --   the`), so `2015-     - Paul` and
# indented list bullets (`  - item`) are left alone.  Accepted miss: a word
# dropped right beside a dash is read as padding, not as a gap.
SPACE_RUN = re.compile(r"(?<=\S)( {2,})(?=\S)")
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
    found: dict[tuple[int, int], tuple[str, str, float]] = {}
    for s, e in doc.tokenised_spans:
        for m in SPACE_BEFORE.finditer(text, s, e):
            a, b = m.span(1)
            prev = text[a - 1] if a > s else ""
            if prev == "" or prev == " ":
                continue  # at the line start, or the tail of a longer run
            rule = m.lastgroup or ""
            if rule in ("neg", "clitic", "pct", "poss") and b - a != 1:
                continue  # a gap, not a tokeniser's single space
            if rule in ("neg", "clitic"):
                if not (prev.isalnum() or prev == "_"):
                    continue
            elif rule == "stop":
                if prev == ".":
                    continue
            elif rule == "poss":
                if prev != "s" or a < 2 or not text[a - 2].isalnum():
                    continue
            elif rule == "pct" and not prev.isdigit():
                continue
            reason, conf = _BEFORE_RULES[rule]
            found.setdefault((a, b), ("", reason, conf))
        line = text[s:e]
        if not _SYMBOLS.isdisjoint(line) or " na" in line or " ta" in line or " NA" in line or " TA" in line:
            for m in SPACE_AFTER.finditer(text, s, e):
                if m.lastgroup == "colloquial":
                    k = text.index(" ", m.start(), m.end())
                    found.setdefault((k, k + 1), ("", _COLLOQUIAL_REASON, 0.95))
                    continue
                g = 2 if m.group("money") else 4
                a, b = m.span(g)
                sym = m.start()
                if sym > s and not text[sym - 1].isspace():
                    continue  # `x(y` or `US$ 4`: not a token of its own
                found.setdefault((a, b), ("", _SYMBOL_REASON, 0.95))
        for a, b, reason in _quote_edits(doc, s, e):
            found.setdefault((a, b), ("", reason, 0.9))
        if "’" in line:
            for a, b, reason in _single_quote_edits(text, s, e):
                found.setdefault((a, b), ("", reason, 0.9))
        for m in SPLIT_INITIALISM.finditer(text, s, e):
            for k in range(m.start(), m.end()):
                if text[k] == " ":
                    found.setdefault((k, k + 1), ("", "initialism split by a tokeniser", 0.9))
    for m in SPACE_RUN.finditer(text):
        a, b = m.span(1)
        if _dash_padding(text, a, b):
            found.setdefault((a, b), (" ", "dash padded with a run of spaces", 0.97))
    return [
        Edit(a, b, text[a:b], new, Kind.SPACING, reason, conf)
        for (a, b), (new, reason, conf) in sorted(found.items())
    ]
