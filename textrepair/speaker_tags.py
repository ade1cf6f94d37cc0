"""Restore attribution verbs overwritten by a copy of the speaker's description.

Why this happens in the wild: a coreference-style rewrite replaced the verb of
``" he said ,`` with the speaker's earlier description, copied untokenised:
``martyrs , " he Abu Roma, who uses a nom de guerre ..., referring to``.
The damage proves the lost word: a closing quote, a subject pronoun and a
copy of how the speaker was introduced can only have been an attribution, so
the copy is replaced by the article's own attribution verb (``said`` or
``says``, whichever its attributions use more).

Evidence required: a closing quote, then ``he``/``she``/``they``, then either
a repeat of 3+ earlier words or a capitalised name seen earlier, ending at
punctuation or the line end, and no attribution verb right after it or after
an apposition (``" He Jiankui , the Chinese scientist , told reporters``: the
surname He, and the verb is there).  Accepted miss: tags whose copy is
shorter than that and not a known name.
"""

from __future__ import annotations

import bisect

import regex

from .analysis import Document, lowercase_vocabulary, memoised
from .config import Config
from .copies import Copy, Words, copies_in, looks_english, looks_pasted, words_of
from .edits import Edit, Kind
from .wordlists import ARTICLES, CALENDAR, PREPOSITIONS, RELATIVE_PRONOUNS, SAY_VERBS, SENTENCE_STARTERS

__all__ = [
    "attribution_verb",
    "find_speaker_tags",
    "is_speaker_tag_context",
    "source_in_tag",
    "speaker_tag_start",
    "tag_spans",
]

# Any straight quote will do: a copied description right after `" he` is
# broken whichever way the quote faces (`pivot Raqqa " he Bilal Salem, a ...`).
SPEAKER_CONTEXT = regex.compile(r"[\"”]\s+(?:he|she|they|He|She|They)\s+$")

def is_speaker_tag_context(text: str, start: int, doc: Document | None = None) -> bool:
    """Whether `start` follows a closing quote and a subject pronoun (`, " he `).

    Given the text's `doc`, a straight quote its quote pass reads as opening
    (`changes . " They`) is no tag's quote.
    """
    lo = max(0, start - 16)
    if text.find('"', lo, start) == -1 and text.find("”", lo, start) == -1:
        return False  # no quote in reach: most copies, at the cost of two finds
    m = SPEAKER_CONTEXT.search(text, lo, start)
    return m is not None and (doc is None or doc.closing_quotes.get(m.start(), True))


_TAG_PRONOUN = regex.compile(r"(?:he|she|they)\s+", regex.IGNORECASE)


def speaker_tag_start(text: str, c: Copy, doc: Document | None = None) -> int | None:
    """Where the overwritten verb of a tag starts, if copy `c` stands in a tag.

    The copy may have swallowed the tag's pronoun when its source was a
    damaged tag too (`" she Miriam Saleh, a shopkeeper ...`).
    """
    return _tag_start(text, c.start, c.end, doc)


def _tag_start(text: str, start: int, end: int, doc: Document | None) -> int | None:
    if is_speaker_tag_context(text, start, doc):
        return start
    m = _TAG_PRONOUN.match(text, start, end)
    if m and is_speaker_tag_context(text, m.end(), doc):
        return int(m.end())
    return None


def source_in_tag(text: str, c: Copy, doc: Document | None = None) -> bool:
    """Whether the *earlier* occurrence of copy `c` is the damaged tag.

    A tag copies the speaker's description from wherever the article gives
    it, which may be after the quote; then the later occurrence is the
    original and the earlier one is the damage.
    """
    return _tag_start(text, c.src_start, c.src_end, doc) is not None



SAID = regex.compile(r"\b(said|says)\b")
# `" he Mr. Hiltermann .`: a short name where the verb should be.
SHORT_TAG = regex.compile(
    r"[\"”]\s+(?:he|she|they|He|She|They)\s+"
    r"((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?=\s*[,.]|\s*$)",
    regex.MULTILINE,
)


def attribution_verb(text: str) -> str:
    """`said` or `says`, whichever the article's attributions use more (ties: `said`).

    >>> attribution_verb('"Yes," she says. "No," he says. "Maybe," he said.')
    'says'
    """
    verbs = SAID.findall(text)
    return "says" if verbs.count("says") > verbs.count("said") else "said"


def tag_spans(
    text: str, min_words: int = 3, doc: Document | None = None
) -> tuple[tuple[int, int, int, int], ...]:
    """Spans ``(start, end, src_start, src_end)`` of descriptions copied over a tag's verb.

    A copy that continues right after a tag's copy (only spaces between)
    belongs to the same description, copied from more than one source, and
    is merged into it.  The splice detector skips these spans.
    """
    return memoised(doc, ("tags", min_words), lambda: _tag_spans(text, min_words, doc))


def _goes_on(w: Words, before: Copy, nxt: Copy) -> bool:
    """Whether copy `nxt` continues the description copied by `before`: its
    source follows `before`'s source within two words (a damaged source has a
    word or two pasted into it: `a [...] spokeswoman for the United Nations`),
    and those words are no attribution verb (`Watch , said in a statement` in
    the source is the tag's own verb and what followed it)."""
    src_end = before.source + before.count
    return 0 <= nxt.source - src_end <= 2 and not any(norm in SAY_VERBS for norm in w.norms[src_end : nxt.source])


def _pasted_rest(text: str, end: int, doc: Document) -> int:
    """Where a tag's pasted description ends in tokenised text, when the copy
    found stops short of it (its source was damaged, or the speaker was
    described otherwise there: `" he Abu Fadi , who uses ...` found as `Abu
    Fadi`, `" he Nabil Kowalski, a` found without `radiology nurse in
    Sanaa`).  A pasted description is untokenised, so in tokenised text it
    runs on to the first punctuation standing alone, a quote or a line end;
    an attribution's adverbial (`in a statement`, `on Monday`, any rest that
    starts with a preposition: `in Geneva`) stays, and so does a rest of more
    than twelve words or one with a capitalised sentence
    starter (the boundary was lost there: `... Ohio Both parties have
    spent`), unless the rest opens with a comma attached to the word before
    it, the dump's own form."""
    if not doc.is_tokenised_at(end):
        return end
    m = _REST_STOP.search(text, end, end + 400)
    stop = m.start() if m else end
    adverbial = _ATTRIBUTION_ADVERBIAL.search(text, end, stop)
    if adverbial:
        stop = adverbial.start()
    if stop <= end:
        return end
    if text[end] == ",":
        return stop
    words = text[end:stop].split()
    if (
        len(words) > 12
        or words[0].lower() in PREPOSITIONS  # `she said in Geneva`: the verb's adverbial
        or any(w[:1].isupper() and w.lower() in SENTENCE_STARTERS for w in words)
    ):
        return end
    return stop


_REST_WHY = ", with the rest of the description after it (untokenised in tokenised text: pasted)"
# What ends the rest of a pasted description (tokenised text).
_REST_STOP = regex.compile(r" [,.;:?!\"”](?=\s|$)|\n")
# What follows an attribution verb and stays: `said in a statement`, `said on Monday`.
_ATTRIBUTION_ADVERBIAL = regex.compile(
    r" (?:in an? (?:statement|telephone interview|interview)"
    r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)


def _verb_follows(text: str, end: int) -> bool:
    """Whether an attribution verb follows `end` right away, past a comma, or
    after an apposition (`He Jiankui, the Chinese scientist, told reporters`);
    not after a relative clause, whose verb is the description's own (`Abu
    Hamza, who asked to be identified`)."""
    m = _APPOSITION_THEN_WORD.match(text, end)
    return m is not None and m.group(2) in SAY_VERBS and not _RELATIVE.search(m.group(1) or "")


# An optional apposition set off by commas, then a word (past a comma).
_APPOSITION_THEN_WORD = regex.compile(r"(?:\s*,([^,.;:?!\"“”\n]{1,80}),)?[\s,]*([a-z]+)\b")
_RELATIVE = regex.compile(r"\b(?:" + "|".join(sorted(RELATIVE_PRONOUNS)) + r")\b")
# What ends a tag's description: punctuation or a quote after a word.
_TAG_END = regex.compile(r"\s*[,.;:!?\"”]")
_SENTENCE_END = regex.compile(r"[.?!\n]\s")


def _rest_of_description(text: str, w: Words, end: int, src_next: int) -> int:
    """Where the description of a tag copied up to `end` really ends.

    A source damaged by a pasted word (`who served They terms in the Virginia
    Senate`) stops the copy one word early (`" he Nour Tamimi, who served two
    terms in the Virginia Senate ,`).  The words from `end` to the tag's
    punctuation are the rest of the description when all but their first
    follow the source's continuation, within four words of it and past no
    attribution verb (not `" he <copy> in a statement`, whose source goes on
    `, said in a statement`)."""
    starts, norms = w.starts, w.norms
    q = bisect.bisect_left(starts, end)
    rest: list[int] = []
    k = q
    while k < len(norms) and len(rest) < 12:
        if text[w.ends[k - 1] if k > q else end : starts[k]].strip():
            break  # punctuation or a quote: the description ended
        rest.append(k)
        k += 1
    if len(rest) < 2 or not _TAG_END.match(text, w.ends[rest[-1]]):
        return end
    if src_next >= len(norms) or norms[rest[0]] == norms[src_next]:
        return end  # no word pasted into the source here: the copy stopped for another reason
    tail = norms[rest[1] : rest[-1] + 1]
    for j in range(1, 5):
        src = norms[src_next + j : src_next + j + len(tail)]
        if any(n in SAY_VERBS for n in norms[src_next : src_next + j]):
            return end
        if src == tail:
            if _SENTENCE_END.search(text, w.ends[src_next - 1], starts[src_next + j + len(tail) - 1]):
                return end  # the source's sentence ended: what follows it is no description
            return int(w.ends[rest[-1]])
    return end


def _tag_spans(text: str, min_words: int, doc: Document | None) -> tuple[tuple[int, int, int, int], ...]:
    w = words_of(text, doc)
    copies = copies_in(text, min_words, doc)
    spans: list[tuple[int, int, int, int]] = []
    taken: set[int] = set()
    after_say: set[tuple[str, ...]] | None = None  # built at the first tag
    for idx, c in enumerate(copies):
        tag = speaker_tag_start(text, c, doc)
        end, src_start, src_end = c.end, c.src_start, c.src_end
        if tag is not None and source_in_tag(text, c, doc):
            # Both are damaged tags, the later copied from the earlier
            # (`" she Nour Karimi, an independent fighter ...` twice).
            earlier = _tag_start(text, src_start, src_end, doc)
            if earlier is not None and earlier not in taken and _opens_description(text, earlier, src_end):
                spans.append((earlier, src_end, c.start, c.end))
                taken.add(earlier)
        swapped = tag is None and source_in_tag(text, c, doc)
        if swapped:
            # The description comes after the quote: the earlier span is the copy.
            tag = _tag_start(text, src_start, src_end, doc)
            end, src_start, src_end = src_end, c.start, c.end
        if tag is None or tag in taken:
            continue
        if not _opens_description(text, tag, end):
            continue
        if not swapped:  # (the copies after `c` follow `c`, not the earlier tag)
            last = c
            for k in range(idx + 1, len(copies)):
                nxt = copies[k]
                if nxt.start < end or text[end : nxt.start].strip():
                    break
                if not (looks_pasted(text, nxt.start, nxt.end) or _goes_on(w, last, nxt)):
                    break  # not the rest of the description (`" he <copy> in a statement .`)
                end, last = nxt.end, nxt
            end = _rest_of_description(text, w, end, last.source + last.count)
        if after_say is None:
            after_say = _after_attribution(w)
        end = _without_adverbial(text, w, tag, end, after_say)
        spans.append((tag, end, src_start, src_end))
        taken.add(tag)
    return tuple(spans)


def _after_attribution(w: Words) -> set[tuple[str, ...]]:
    """The two to five words after each attribution verb of the text (`in a
    statement` of `said in a statement`)."""
    norms = w.norms
    out: set[tuple[str, ...]] = set()
    for k, norm in enumerate(norms):
        if norm in SAY_VERBS and k + 1 < len(norms) and norms[k + 1] in _ADVERBIAL_STARTS:
            for m in range(2, 6):
                out.add(norms[k + 1 : k + 1 + m])
    return out


#: Prepositions that open an attribution's adverbial (`said in a statement`,
#: `said on Monday`); not `to` or `by`, which end descriptions too.
_ADVERBIAL_STARTS = frozenset(("in", "on", "at", "during"))


def _without_adverbial(text: str, w: Words, tag: int, end: int, after_say: set[tuple[str, ...]]) -> int:
    """`end`, or the end of the description before a tail the text puts after
    its attribution verbs (`" he <description> in a statement .`, copied from
    an earlier damaged tag that had the same adverbial): that tail is the
    tag's own, not the description's."""
    first = bisect.bisect_left(w.starts, tag)
    last = bisect.bisect_left(w.starts, end) - 1  # the span's last word
    for m in range(min(5, last - first - 1), 1, -1):
        if w.norms[last - m + 1 : last + 1] in after_say and not _names_a_place(text, w, last - m + 2, last + 1):
            return int(w.ends[last - m])
    return end


def _names_a_place(text: str, w: Words, first: int, stop: int) -> bool:
    """Whether a capitalised word other than a day or month stands in words
    ``first .. stop-1`` (`in Phoenix` ends a description too; `on Monday` does not)."""
    return any(text[w.starts[k]].isupper() and w.norms[k] not in CALENDAR for k in range(first, stop))


def _opens_description(text: str, tag: int, end: int) -> bool:
    """Whether text[tag:end] can be a description over a tag's verb: it starts
    with a name or a determiner, and not with an attribution verb (then the
    verb is there and nothing was overwritten)."""
    first = text[tag:end].split()[0].casefold()
    return (text[tag].isupper() or first in ARTICLES) and first not in SAY_VERBS


def find_speaker_tags(text: str, config: Config | None = None, *, doc: Document | None = None) -> list[Edit]:
    """Find attribution verbs overwritten by a copy; return `speaker_tag` edits restoring the verb.

    >>> t = ('"It is bad," said Abu Roma, who leads the Zinki group. '
    ...      '"We will win," he Abu Roma, who leads the Zinki group, referring to the city.')
    >>> from textrepair import apply_edits
    >>> apply_edits(t, find_speaker_tags(t)).split(". ")[1]
    '"We will win," he said, referring to the city.'
    """
    config = config or Config()
    doc = doc or Document(text)
    if not looks_english(text, doc):
        return []  # the tag contexts read English grammar
    verb = attribution_verb(text)
    edits: list[Edit] = []
    taken: set[int] = set()
    for start, end, src_start, src_end in tag_spans(text, config.splice_min_words, doc):
        if _verb_follows(text, end):
            continue  # `" He Jiankui, the Chinese scientist, told reporters`: the verb is there
        src = text[src_start:src_end]
        src = src if len(src) <= 40 else src[:37] + "..."
        rest = _pasted_rest(text, end, doc)
        edits.append(
            Edit(
                start, rest, text[start:rest], verb, Kind.SPEAKER_TAG,
                f"after a closing quote and a pronoun, a copy of the speaker's description "
                f"('{src}') stands where the verb was{_REST_WHY if rest > end else ''}; restored '{verb}', "
                "the article's attribution verb",
                0.95,
            )
        )
        taken.add(start)
    w = words_of(text, doc)
    first_seen: dict[str, int] | None = None  # built at the first short tag (most texts have none)
    lower = lowercase_vocabulary(text, doc)
    for m in SHORT_TAG.finditer(text):
        a, b = m.span(1)
        if a in taken or not doc.closing_quotes.get(m.start(), True):
            continue  # done, or after an opening quote (`changes . " They Mr. Smith`)
        name = " ".join(m.group(1).split())
        if _verb_follows(text, b):
            continue  # `" He Jiankui, the Chinese scientist, told reporters`: a surname `He`, the verb there
        if name.rsplit(" ", 1)[-1].casefold() in lower:
            continue  # `“I Don’t Know,” She Said`: a title-case headline, not a name
        # Every word of the name must occur earlier (first occurrences are
        # looked up, never searched for: no scan of the text per match).
        if first_seen is None:
            first_seen = _first_seen(w, doc)
        here = bisect.bisect_left(w.starts, a)
        last = bisect.bisect_left(w.starts, b)
        if any(first_seen.get(norm, here) >= here for norm in w.norms[here:last]):
            continue
        rest = _pasted_rest(text, b, doc)
        edits.append(
            Edit(
                a, rest, text[a:rest], verb, Kind.SPEAKER_TAG,
                f"after a closing quote and a pronoun, the name '{name}' stands where the verb was"
                f"{_REST_WHY if rest > b else ''}; restored '{verb}', the article's attribution verb",
                0.9,
            )
        )
    return edits


def _first_seen(w: Words, doc: Document) -> dict[str, int]:
    """Each word's first index in `w`."""
    return memoised(doc, "first_seen", lambda: dict(zip(reversed(w.norms), range(len(w.norms) - 1, -1, -1))))
