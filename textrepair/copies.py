"""Find spans that repeat earlier text of the same document.

Shared by the `speaker_tag` and `splice` detectors.  Matching is on a
normalised form (letters and digits only, casefolded), so a pasted copy
matches its source even when their whitespace and tokenisation differ
(``Roma, who`` against ``Roma , who``; ``Assad’s`` against ``Assad ’s``;
compressed gaps).  Word n-grams are hashed once, left to right, so the search
is linear in the length of the text; no pair of sentences is ever compared.

A repeated span is only a *candidate*: names, titles and fixed phrases repeat
legitimately.  The detectors decide from the breakage around it.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count, islice, repeat
from operator import add, ne
from sys import intern

from .analysis import Document, memoised
from .wordlists import ENGLISH_MARKERS, SAY_VERBS

__all__ = [
    "ATTACHED", "NARROW_GAP", "Copy", "Words", "copies_in", "find_copies", "looks_english", "looks_pasted",
    "word_initials", "words_of",
]

# Words, and bracketed runs of punctuation such as the `[...]` marker a first
# pass leaves: a marker is a token (matching nothing), so a span with words
# removed from it no longer matches its intact copies (as the damaged span did
# not before), and markers never make a copy of their own.
_SPLIT = re.compile(r"([^\W_]+|\[[^\]\w\s]{1,8}\])")
_PLAIN_SPLIT = re.compile(r"(\w+)")

# Punctuation attached to the word before it: the untokenised form.
ATTACHED = re.compile(r"\w[,;:](?=\s)|\w[’'](?:s|d|ll|re|ve|m)(?!\w)")
# A two-space run between words: tokenisers widen every run, so tokenised
# text has none (its gaps are 3+ spaces); a pasted untokenised copy does.
NARROW_GAP = re.compile(r"\S  \S")


def looks_pasted(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] carries the untokenised form of a pasted copy
    (attached punctuation or a two-space gap); meaningful in tokenised text."""
    return bool(ATTACHED.search(text, start, end) or NARROW_GAP.search(text, start, end))


#: The longest copy followed; longer repeats are cut here (keeps every step linear).
MAX_COPY_WORDS = 120
#: How many earlier occurrences of an n-gram are remembered as possible sources.
MAX_SOURCES = 6
#: A repeat this long is duplicated content, not a paste over words (the
#: longest copy in the seed article is 25 words).
DUPLICATE_WORDS = MAX_COPY_WORDS // 2


@dataclass(frozen=True, slots=True)
class Words:
    """The word tokens of a text: character spans and normalised forms."""

    starts: Sequence[int]
    ends: Sequence[int]
    norms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Copy:
    """Words ``first .. first+count-1`` repeat words ``source .. source+count-1``."""

    first: int
    count: int
    source: int
    start: int  # character span of the copy
    end: int
    src_start: int  # character span of the source
    src_end: int


def words_of(text: str, doc: Document | None = None) -> Words:
    """Tokenise `text` into words (once per `doc`: several detectors share it)."""
    return memoised(doc, "words", lambda: _words(text))


def _words(text: str) -> Words:
    # Split keeps the separators and the words in turn; the running sum of
    # their lengths gives every word's offsets without a Python step per word.
    # Done in chunks cut at spaces, so the temporary lists stay small; the
    # offsets go to machine-int arrays (4 bytes each below 2 GB) and the words
    # are interned and collected straight into the tuple (no list to copy),
    # about 35 bytes a word (issue 6's memory bound).
    typecode = "i" if len(text) < 2**31 else "q"
    starts = array(typecode)
    ends = array(typecode)
    norms = tuple(chain.from_iterable(_chunk_words(text, starts, ends)))
    if "[" in text:
        # A marker is a token that matches nothing, not even another marker:
        # it breaks a copy without becoming part of one.
        norms = tuple([f"[{i}]" if norm[0] == "[" else norm for i, norm in enumerate(norms)])
    return Words(starts, ends, norms)


def _chunk_words(text: str, starts: array[int], ends: array[int]) -> Iterator[Iterator[str]]:
    """The normalised words of each chunk of `text`; their offsets go to `starts` and `ends`."""
    # Without `_` or `[` in the text, `\w+` splits the same and scans faster.
    split = _SPLIT.split if "_" in text or "[" in text else _PLAIN_SPLIT.split
    n = len(text)
    base = 0
    while base < n:
        cut = text.find(" ", base + _CHUNK) if base + _CHUNK < n else -1
        cut = n if cut == -1 else cut
        parts = split(text) if base == 0 and cut == n else split(text[base:cut])
        offsets = array(starts.typecode, accumulate(map(len, parts), initial=base))
        starts.extend(offsets[1:-1:2])
        ends.extend(offsets[2::2])
        yield map(intern, map(str.lower, parts[1::2]))
        base = cut


def word_initials(text: str, w: Words, doc: Document | None = None) -> str:
    """The first character of each word of `w` (the word table of `text`), in
    one string (once per `doc`: the English check and
    `analysis.lowercase_vocabulary` both read it).

    >>> word_initials("Mr. Smith met the press.", words_of("Mr. Smith met the press."))
    'MSmtp'
    """
    return memoised(doc, "initials", lambda: "".join(map(text.__getitem__, w.starts)))


def looks_english(text: str, doc: Document | None = None) -> bool:
    """Whether `text` reads as English prose in ordinary case: its share of common
    function words, and of capitalised words.

    The hard detectors read English grammar and capitals (a capital after a
    lowercase word, a lowercase sentence start), so they stand down on other
    languages and on text a pipeline has lowercased or uppercased: fewer than
    one word in 50 capitalised (the seed article: one in five; the sparsest
    hand-written negative: one in eighteen) or more than 85 in 100 (a text
    all in capitals); texts under eight words are not judged on capitals.

    >>> looks_english("The president said on Monday that the talks would resume.")
    True
    >>> looks_english("Le président Emmanuel Macron a déclaré lundi que la France attendait.")
    False
    >>> looks_english("the president said on monday that the talks would resume .")
    False
    """
    if doc is None:
        return _english(text, words_of(text), None)
    if doc.english is None:
        doc.english = _english(text, words_of(text, doc), doc)
    return doc.english


def _english(text: str, w: Words, doc: Document | None) -> bool:
    n = len(w.norms)
    if sum(map(ENGLISH_MARKERS.__contains__, w.norms)) * 25 < n:
        return False
    # An ASCII initial is capitalised exactly when it is `A`-`Z`, which
    # `translate` deletes in C.
    firsts = word_initials(text, w, doc)
    if firsts.isascii():
        capitalised = len(firsts) - len(firsts.encode("ascii").translate(None, _ASCII_UPPER))
    else:
        capitalised = sum(map(str.isupper, firsts))
    return n < 8 or 50 * capitalised >= n and 100 * capitalised <= 85 * n


_ASCII_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"

#: Characters split at once by `_words` (cut at the next space).
_CHUNK = 1024


def find_copies(text: str, min_words: int = 3, doc: Document | None = None) -> tuple[Copy, ...]:
    """Maximal spans of at least `min_words` words that repeat earlier words.

    Every word n-gram is hashed; dicts built in a few passes (`_repeats`) map
    each to its first occurrence, so finding the repeated positions is linear.  The
    scan then goes left to right; once a repeat is found it resumes after it,
    so each word is extended over at most once.

    >>> t = "Abu Roma , who fights , spoke . Then he Abu Roma, who fights said so"
    >>> [t[c.start:c.end] for c in find_copies(t)]
    ['Abu Roma, who fights']
    """
    return memoised(doc, ("copies", min_words), lambda: _find_copies(text, min_words, doc))


def _find_copies(text: str, k: int, doc: Document | None, cut: bool = False) -> tuple[Copy, ...]:
    w = words_of(text, doc)
    norms = w.norms
    n = len(norms)
    if n < 2 * k:
        return ()
    repeats, firsts = _repeats(norms, k)
    # Every occurrence of each repeated n-gram, in order, shared by its repeats.
    occurrences: dict[int, list[int]] = {}
    groups: list[list[int]] = []
    for j, i in zip(repeats, firsts):
        group = occurrences.get(i)
        if group is None:
            group = occurrences[i] = [i]
        group.append(j)
        groups.append(group)
    del firsts, occurrences
    out: list[Copy] = []
    resume = 0
    for j, group in zip(repeats, groups):
        if j < resume:
            continue
        best_len, best_src = 0, -1
        for i in _sources(group, j - k + 1):
            if norms[i : i + k] != norms[j : j + k]:
                continue  # two n-grams with one hash
            length = k
            limit = min(n - j, j - i, MAX_COPY_WORDS)
            while length < limit and norms[i + length] == norms[j + length]:
                length += 1
            if length > best_len:
                best_len, best_src = length, i
        if cut and best_len and best_len < DUPLICATE_WORDS:
            # Shorter than duplicated content: the copy ends where lone
            # punctuation stands in it or a sentence ends in its source, and
            # the scan goes on from there (`he said , the students who ...`).
            best_len = _uncut(text, w, j, best_src, best_len)
            if best_len < k:
                continue
        if best_len:
            out.append(
                Copy(
                    j,
                    best_len,
                    best_src,
                    w.starts[j],
                    w.ends[j + best_len - 1],
                    w.starts[best_src],
                    w.ends[best_src + best_len - 1],
                )
            )
            resume = j + best_len
    return tuple(out)


def _uncut(text: str, w: Words, j: int, i: int, length: int) -> int:
    """How many of the `length` words from `j` (repeating those from `i`) come
    before the first cut: punctuation standing alone or a line break after a
    word of the copy, or a lone full stop, question or exclamation mark or a
    line break after a word of its source (a mention never spans a sentence
    end, though a tokenised source has lone commas inside it)."""
    ends = w.ends
    m = _LONE_PUNCT.search(text, ends[j], ends[j + length - 1])
    if m:
        length = bisect.bisect_right(ends, m.start(), j, j + length) - j
    m = _LONE_END.search(text, ends[i], ends[i + length - 1]) if length > 1 else None
    if m:
        length = bisect.bisect_right(ends, m.start(), i, i + length) - i
    return length


def _repeats(norms: tuple[str, ...], k: int) -> tuple[list[int], list[int]]:
    """Each `k`-gram of `norms` that repeats an earlier one, in order, with
    the position of that n-gram's first occurrence.

    >>> _repeats(("a", "b", "a", "b", "a", "b"), 2)
    ([2, 3, 4], [0, 1, 0])
    """
    # Each n-gram as its hash (an int is a third the size of a tuple of
    # strings; a colliding hash is caught by comparing the words after),
    # mapped to its first position by `setdefault`, which returns that first
    # position: where it differs from the n-gram's own, the n-gram repeats.
    # Each pass is one loop in C.  The dict is the memory peak of a repair
    # (issue 6), so past `_ONE_TABLE` n-grams it holds half of them at a
    # time: the first half's table finds the repeats inside that half and,
    # probed with the second half, the second half's n-grams seen in the
    # first; it is then dropped, and a table of the second half finds the
    # repeats inside it.
    m = len(norms) - k + 1
    # A short text's table is small in bytes, and one pass is quicker.
    half = m if m <= _ONE_TABLE else m // 2
    first: dict[int, int] = {}
    grams = _gram_hashes(norms, k, 0, half)
    repeats = list(compress(count(), map(ne, map(first.setdefault, grams, count()), count())))
    firsts = list(map(first.__getitem__, map(hash, _grams_at(norms, k, repeats))))
    if half == m:
        return repeats, firsts
    # The second half's hashes are kept (8 bytes each) for its two passes.
    tail = array("q", _gram_hashes(norms, k, half, m))
    held = list(map(first.__contains__, tail))
    carried = list(compress(count(half), held))  # second-half n-grams the first half holds
    carried_hashes = list(compress(tail, held))
    seen = dict(zip(carried_hashes, map(first.__getitem__, carried_hashes)))
    del first, held
    second: dict[int, int] = {}
    inner = list(
        compress(count(half), map(ne, map(second.setdefault, tail, count(half)), count(half)))
    )
    # A repeat inside the second half of an n-gram the first half holds
    # repeats that earlier occurrence (`seen` before `second`).
    inner_hashes = list(map(tail.__getitem__, map(add, inner, repeat(-half))))
    later = dict(zip(inner, map(seen.get, inner_hashes, map(second.__getitem__, inner_hashes))))
    del second, inner, inner_hashes
    later.update(zip(carried, map(seen.__getitem__, carried_hashes)))
    order = sorted(later)
    repeats.extend(order)
    firsts.extend(map(later.__getitem__, order))
    return repeats, firsts


#: Up to this many n-grams `_repeats` builds one table (at most some 100 KB).
_ONE_TABLE = 1024


def _gram_hashes(norms: tuple[str, ...], k: int, start: int, stop: int) -> Iterator[int]:
    """The hash of every `k`-gram starting in ``start .. stop-1``."""
    return map(hash, zip(*(islice(norms, start + i, stop + i) for i in range(k))))


def _grams_at(norms: tuple[str, ...], k: int, positions: list[int]) -> Iterator[tuple[str, ...]]:
    """The `k`-grams starting at `positions` (tuples, as `_gram_hashes` hashes them)."""
    return map(norms.__getitem__, map(slice, positions, map(add, positions, repeat(k))))


def _sources(occurrences: list[int], stop: int) -> list[int]:
    """Earlier occurrences (before `stop`) worth trying as the source of a copy:
    the first few and the most recent few."""
    count = bisect.bisect_left(occurrences, stop)
    if count <= MAX_SOURCES:
        return occurrences[:count]
    half = MAX_SOURCES // 2
    return occurrences[:half] + occurrences[count - half : count]


def copies_in(text: str, min_words: int, doc: Document | None = None) -> tuple[Copy, ...]:
    """`find_copies`, trimmed to what can have been pasted.

    A copy that starts at `said` matched its source's verb by chance; the verb
    is original (`" she said Mohamed Haddad, a nurse ... a statement`).  And a
    pasted copy is untokenised, so punctuation standing alone inside a copy
    (`official , referring`, `faction . The`) is original text that happens to
    continue the source: the copy ends before it.
    """
    return memoised(doc, ("copies_in", min_words), lambda: _copies_in(text, min_words, doc))


def _copies_in(text: str, min_words: int, doc: Document | None) -> tuple[Copy, ...]:
    w = words_of(text, doc)
    out = []
    for c in _find_copies(text, min_words, doc, cut=True):
        if w.norms[c.first] in SAY_VERBS and c.count > min_words:
            c = Copy(
                c.first + 1, c.count - 1, c.source + 1,
                w.starts[c.first + 1], c.end, w.starts[c.source + 1], c.src_end,
            )
        out.append(c)
    return tuple(out)


# Punctuation standing alone, as a tokeniser leaves it (`official , referring`),
# or a line break: a copy never runs on into the next line.
_LONE_PUNCT = re.compile(r" [,.;:?!](?=\s|$)|\s*\n")
_LONE_END = re.compile(r" [.?!](?=\s|$)|\s*\n")
