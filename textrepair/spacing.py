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

from collections.abc import Iterator

import regex

from .analysis import Document
from .config import Config
from .edits import Edit, Kind

__all__ = ["find_spacing"]

# Closing punctuation that a tokeniser detached: delete the space before it.
# The character before a full stop must not be a full stop, so `U.S. .` (the tokeniser's
# rendering of an abbreviation ending a sentence) is left alone; the full stop
# must not start an ellipsis or a number (`... `, ` .5`, `wait . . . what`).
DETACHED_PUNCT = regex.compile(
    r"""(?<=\S)([ ]+)(?=[,;:?!](?:\s|$|[\"”’)\]]))                          # `Syria ,` / `U. S. ,`
      | (?<=[^\s.])([ ]+)(?=\.(?![.\w])(?![ ]\.)(?:\s|$|[\"”’)\]]))      # `said .`
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# `ca n’t`, `do n't`, `is n’t`, `CA N’T`: rejoin the negation.
SPLIT_NEGATION = regex.compile(r"(?<=\w)( )(?=[nN][’'][tT](?![\w’']))")
# `country ’s`, `I ’ve`, `they ’re`: rejoin the clitic.
SPLIT_CLITIC = regex.compile(r"(?<=\w)( )(?=[’'](?:[sdm]|ve|re|ll|[SDM]|VE|RE|LL)(?![\w’']))")
# `countries ’ leaders`: a plural possessive apostrophe standing alone.
# Accepted risk: a closing single quote after a word ending in s.
SPLIT_PLURAL_POSSESSIVE = regex.compile(r"(?<=\ws)( )(?=[’'](?: |$))", regex.MULTILINE)
# `$ 4`, `4 %`, `( x )`, `“ x ”`.  Only tried on lines holding one of
# `_SYMBOLS` (a cheap test that skips most lines).
SPLIT_SYMBOL = regex.compile(
    r"""(?<=(?:^|\s)[$£€])([ ])(?=\d)
      | (?<=\d)([ ])(?=%)
      | (?<=(?:^|\s)[(\[“‘])([ ]+)(?=\S)
      | (?<=\S)([ ]+)(?=[)\]”](?:\s|$|[,.;:?!]))
    """,
    regex.VERBOSE | regex.MULTILINE,
)
_SYMBOLS = frozenset("$£€%()[]“‘”")
# `gon na`, `wan na`, `got ta`.
SPLIT_COLLOQUIAL = regex.compile(r"(?i:(?<=\b(?:gon|wan))([ ])(?=na\b)|(?<=\bgot)([ ])(?=ta\b))")
# `the W. H. O. said`: a split initialism, when what follows is not a
# capitalised word (`J. K. Rowling` stays as written), or when `the` comes
# right before it (`the U. S. Army`: a person's initials rarely follow `the`;
# accepted risk: `the J. R. R. Tolkien estate`).
# (Each alternative starts by consuming the capital and checks what precedes
# it afterwards: a pattern that starts with a lookbehind is tried at every
# position, one that starts with `[A-Z]` only at capitals, 25 times faster.)
SPLIT_INITIALISM = regex.compile(
    r"""[A-Z](?<![\w.][A-Z])\.(?:[ ][A-Z]\.)+(?=[ ]+[^A-Z\s]|[ ]*$)
      | [A-Z](?<=\b[Tt]he[ ][A-Z])\.(?:[ ][A-Z]\.)+
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# Runs of 2+ spaces beside a dash, between visible characters: the scraped
# rendering `Lebanon   —    The`.  An em or en dash may be padded on one side
# only (`Aleppo  —   including`, `Aleppo—   including`); a hyphen or hyphen
# pair stands for a dash only when padded on both sides (`talks   --   the`),
# so `2015-     - Paul` and indented list bullets (`  - item`) are left alone.
# Each alternative can start only at a run's first space (or right after the
# dash), so the scan is linear.  Accepted miss: a word dropped right beside a
# dash is read as padding, not as a gap.
PADDED_DASH = regex.compile(
    r"""(?<=\S)([ ]{2,})(?=[—–])
      | (?<=[—–])([ ]{2,})(?=\S)
      | (?<=\S)([ ]{2,})(?=--?[ ]{2,}\S)
      | (?<=\S[ ]{2,}--?)([ ]{2,})(?=\S)
    """,
    regex.VERBOSE,
)
TRAILING_SPACE = regex.compile(r"(?<=\S)( +)$", regex.MULTILINE)

def _deletions(pattern: regex.Pattern[str], text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in pattern.finditer(text, start, end):
        for g in range(1, (m.re.groups or 0) + 1):
            if m.start(g) >= 0 and m.end(g) > m.start(g):
                yield m.start(g), m.end(g)


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


_RULES: tuple[tuple[regex.Pattern[str], str, float], ...] = (
    (DETACHED_PUNCT, "punctuation detached from the word before it", 0.98),
    (SPLIT_NEGATION, "contraction split by a tokeniser", 0.99),
    (SPLIT_CLITIC, "clitic split from its word by a tokeniser", 0.99),
    (SPLIT_PLURAL_POSSESSIVE, "possessive apostrophe split from its word", 0.9),
    (SPLIT_SYMBOL, "symbol or bracket detached by a tokeniser", 0.95),
    (SPLIT_COLLOQUIAL, "colloquial contraction split by a tokeniser", 0.95),
    (TRAILING_SPACE, "trailing space left by a tokeniser", 0.9),
)


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

    def delete(s: int, e: int, reason: str, conf: float) -> None:
        found.setdefault((s, e), ("", reason, conf))

    for s, e in doc.tokenised_spans:
        has_symbols = not _SYMBOLS.isdisjoint(text[s:e])
        for pattern, reason, conf in _RULES:
            if pattern is SPLIT_SYMBOL and not has_symbols:
                continue
            for a, b in _deletions(pattern, text, s, e):
                delete(a, b, reason, conf)
        for a, b, reason in _quote_edits(doc, s, e):
            delete(a, b, reason, 0.9)
        for a, b, reason in _single_quote_edits(text, s, e):
            delete(a, b, reason, 0.9)
        for m in SPLIT_INITIALISM.finditer(text, s, e):
            for k in range(m.start(), m.end()):
                if text[k] == " ":
                    delete(k, k + 1, "initialism split by a tokeniser", 0.9)
    for a, b in _deletions(PADDED_DASH, text, 0, len(text)):
        found.setdefault((a, b), (" ", "dash padded with a run of spaces", 0.97))
    return [
        Edit(a, b, text[a:b], new, Kind.SPACING, reason, conf)
        for (a, b), (new, reason, conf) in sorted(found.items())
    ]
