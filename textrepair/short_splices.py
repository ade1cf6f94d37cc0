"""Remove one- or two-word names pasted over other words.

Why this happens in the wild: the same careless rewriting that pastes long
copies of earlier mentions (see `textrepair.splices`) also pastes short
names over one or two words: ``in one hand Aleppo of incubators``,
``prepared Mr. Moallem back``, ``One Al Jazeera hugged another``.

Names repeat all the time in good prose, so a name is removed only where the
words around it cannot hold a name; each vote and its weight is listed in
`find_short_splices` and in docs/splices.md.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator

import regex

from .analysis import Document, lowercase_vocabulary
from .config import Config
from .copies import Words, words_of
from .edits import Edit
from .votes import combine, marker_edit
from .wordlists import (
    ARTICLES,
    AUXILIARIES,
    CALENDAR,
    FUNCTION_WORDS,
    MODALS,
    NUMBER_WORDS,
    PREPOSITIONS,
    REQUIRES_NEXT,
    SAY_VERBS,
    SENTENCE_STARTERS,
    SUBJECT_PRONOUNS,
    TITLES,
)

__all__ = ["NAME", "find_short_splices"]


# A name mention: capitalised words, optionally after a title (`Mr. Moallem`,
# `Al Jazeera`, `Aleppo`).  Two words at most, as in short splices.
# (What may stand before a name is checked on the matches, in `_name_spans`:
# a pattern that starts with a lookbehind is tried at every character.  So is
# a repeated word, `Aleppo Aleppo`, which is two mentions: a backreference
# needs a group, and a pattern that starts with a group or an optional title
# is tried at every character too.  This one starts with a capital, which the
# engine finds with its first-character table, 2-3 times faster.)
# Unicode upper- and lowercase letters as `re` character classes (the `re`
# engine scans 2-3 times faster than `regex` for this pattern; it has no
# \p{Lu}, so the classes are spelled out once at import).
_UPPER = "".join(sorted({c for c in map(chr, range(0x250)) if c.isupper()} | {"\u0386", "\u0388"}))
_LOWER = "".join(sorted(c for c in map(chr, range(0x250)) if c.islower()))
NAME = re.compile(
    r"[" + _UPPER + r"](?:(?<=M)(?:rs?|s)\.\s[" + _UPPER + r"]|(?<=D)r\.\s[" + _UPPER + r"])?"  # `Mr. M`
    r"[" + _LOWER + r"’'-]+"
    r"(?:\s(?!(?:Mr|Mrs|Ms|Dr)\.)"
    r"(?!(?:We|They|He|She|It|I|The|A|An|In|On|At|But|And|This|That)(?![^\W\d_]|[’'-]))"
    r"[" + _UPPER + r"][" + _LOWER + r"’'-]+)?(?![^\W_]|[’'-])"
)
#: Nouns that make `NAME a/the ...` a time adverbial (`hired Mr. Smith a year ago`).
TIME_WORDS = frozenset(
    "year years week weeks day days month months decade decades time times few couple little bit lot "
    "second minute minutes hour hours night morning evening afternoon next following same previous last "
    "other first century season".split()
)
QUANTITY_AFTER_NAME = frozenset("million millions billion billions thousand thousands hundred hundreds percent".split())
#: Common irregular past forms: a verb before a name is no evidence (`fled Juba last year`).
IRREGULAR_PAST = frozenset(
    "fled met left told said took gave saw went came led sent held kept won lost found made brought "
    "thought bought caught taught sought fought ran began drove rode wrote spoke broke chose froze "
    "stole hid beat bit shot hit put set let cut hurt struck stuck swept slept wept dealt meant "
    "felt knew grew threw flew drew became forgave forgot got heard paid laid sold understood stood".split()
)


def _verb_like(word: str) -> bool:
    """A lowercase word that may be a verb taking a name as object (`asked`, `fled`, `visiting`)."""
    return word.endswith(("ed", "ing")) or word in IRREGULAR_PAST or word in DITRANSITIVE_WORDS


CLITIC_END = regex.compile(r"[’'](?:m|s|d|ll|re|ve)$")
# `American`, `Syrian`, `Chinese`, `British`, `Israeli`: adjectives, which
# stand before lowercase nouns by nature.
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic")
#: Determiners that need a common noun: `Every Mr. Kiir we`, `Our Yemen will`.
POSSESSIVE_OR_DISTRIBUTIVE = frozenset("every each our their his its my your these those".split())
DITRANSITIVE_WORDS = frozenset("tell tells ask asks give gives call calls visit visits meet meets join joins".split())
BE_FORMS = frozenset("is are was were be been being".split())
#: Nouns of quantity that take a plural verb after `a` (`a few have`).
QUANTITY = frozenset("few lot number dozen handful third quarter half majority couple host variety".split())
# `a father have gone`: a singular noun phrase as the subject of a plural verb.
# The pattern starts with the letter and looks behind it (`(?<!...)a`), so the
# engine only tries at an `a`, twice as fast as a leading lookbehind.
SINGULAR_PLURAL = regex.compile(r"a(?<![\p{L}’'-]a)n?\s+([\p{Ll}’'-]+)(?=\s+(?:have|are|were)\b)")
#: Verbs that take a person and then a noun phrase (`told Mr. Smith the news`),
#: by their stems; a name followed by a determiner after anything else is broken.
DITRANSITIVE = regex.compile(
    r"(?:giv|gave|tell|told|offer|send|sent|show|ask|teach|taught|bring|brought|hand|lend|lent|owe|"
    r"promis|grant|award|deny|denie|pay|paid|charg|cost|win|won|earn|buy|bought|mak|made|get|got|"
    r"call|nam|elect|appoint|consider|find|found|keep|kept|leav|left|wish|allow|sav|spar|assign|"
    r"guarantee|feed|fed|serv|read|writ|wrote|sell|sold|pass|throw|threw|bet)\w*"
)


class _Context:
    """The words around a span, from the shared word list (no regex per span)."""

    __slots__ = (
        "prev", "prev_raw", "between", "tight_before", "prev2", "nxt", "nxt_raw", "tight_after", "nxt2", "nxt2_raw"
    )

    def __init__(self, text: str, w: Words, start: int, end: int) -> None:
        i = bisect.bisect_left(w.starts, start) - 1  # the word before the span
        j = bisect.bisect_left(w.starts, end)  # the word after it
        n = len(w.starts)
        self.prev_raw = text[w.starts[i] : w.ends[i]] if i >= 0 else ""
        self.prev = w.norms[i] if i >= 0 else ""
        self.between = text[w.ends[i] : start] if i >= 0 else text[:start]
        self.tight_before = self.between == " "
        self.prev2 = w.norms[i - 1] if i >= 1 and text[w.ends[i - 1] : w.starts[i]] == " " else ""
        self.nxt_raw = text[w.starts[j] : w.ends[j]] if j < n else ""
        self.nxt = w.norms[j] if j < n else ""
        self.tight_after = j < n and text[end : w.starts[j]] == " "
        ok2 = j + 1 < n and text[w.ends[j] : w.starts[j + 1]] == " "
        self.nxt2_raw = text[w.starts[j + 1] : w.ends[j + 1]] if ok2 else ""
        self.nxt2 = w.norms[j + 1] if ok2 else ""


def find_short_splices(
    text: str, config: Config | None = None, *, marker: str = "[...]", doc: Document | None = None
) -> list[Edit]:
    """Find one- or two-word names pasted over other words; return `splice` edits.

    Only names the article uses at least twice are candidates (not demonyms,
    not days), and only where the words around them cannot hold a name:

    - the same name twice in a row (``Mr. Moallem Mr. Moallem be``): 0.9;
    - after a subject pronoun (``He Mr. Moallem to``): 0.85;
    - after a number, with no noun after it (``seven Mr. Moallem on``): 0.85;
    - a bare ``be`` after it, with no modal before (``Mr. Moallem be a``): 0.85;
    - a capitalised sentence starter right after it (``Al Jazeera In one shot``): 0.8;
    - after a passive participle (``were prepared Mr. Moallem back``): 0.75;
    - between a lowercase word that takes no second object and a determiner
      (``wounded Mr. Hiltermann the scale``; not ``told Mr. Smith the news``,
      not ``hired Mr. Smith a year ago``): 0.75;
    - after ``a`` and a noun, before no noun (``a basement Al Jazeera and``;
      not ``a senior Hamas official``, ``a registered Republican``): 0.7;
    - after an article the article never puts before that name
      (``the Afghanistan ’s``), or any article before a titled name: 0.8;
    - after ``One``, before a past tense (``One Al Jazeera hugged``): 0.7;
    - ``of`` and a lowercase word after it, a lowercase non-verb before
      (``hand Aleppo of incubators``; not ``accused Israel of stalling``): 0.7.

    Also a capitalised pronoun in mid-sentence (``From We on``, 0.85) and an
    earlier ``a`` + noun made the subject of a plural verb (``medical a father
    have gone``, 0.8).

    >>> t = "Mr. Moallem spoke. Al Jazeera filmed. They held a blanket Al Jazeera In one shot, he Mr. Moallem to them."
    >>> [e.old for e in find_short_splices(t)]
    ['Al Jazeera', 'Mr. Moallem']
    """
    config = config or Config()
    doc = doc or Document(text)
    lower = lowercase_vocabulary(text, doc)
    w = words_of(text, doc)
    spans = _name_spans(text, lower)
    counts = Counter([key for _, _, key in spans])
    with_article: set[str] = set()
    bare: set[str] = set()
    for start, _, key in spans:
        if counts[key] < 2:
            continue  # a name used once never votes (below): no need to know
        # An article right before the name (`the Pentagon`, `a Reuters`), read
        # off the characters: cheaper than a word context for every name.
        before = text[max(0, start - 4) : start].lower()
        if before.endswith(("the ", " a ", " an ")) or before in ("a ", "an "):
            with_article.add(key)
        else:
            bare.add(key)
    edits: list[Edit] = []
    for i, (start, end, key) in enumerate(spans):
        if counts[key] < 2 and key not in _PRONOUN_KEYS:
            continue  # cheap early exit: the checks below skip it too
        doubled = i > 0 and spans[i - 1][2] == key and text[spans[i - 1][1] : start].strip() == ""
        head = key.rsplit(" ", 1)[-1].rstrip(".").casefold()
        if " " not in key and head in _CAPITALISED_PRONOUNS:
            why = _pronoun_vote(text, _Context(text, w, start, end), start)
            if why:
                edits.append(marker_edit(text, start, end, marker, f"'{key}' {why}: a pasted mention", 0.85))
            continue
        if counts[key] < 2 or head in lower or head in FUNCTION_WORDS or head in CALENDAR:
            continue
        if head.endswith(DEMONYM_ENDINGS) and not doubled:
            continue  # `a full Israeli withdrawal`: an adjective before its noun
        c = _Context(text, w, start, end)
        votes = list(_name_votes(text, c, key, doubled))
        titled = "." in key
        if c.tight_before and c.prev in ARTICLES and (titled or key in bare and key not in with_article):
            if (
                titled
                or not c.tight_after
                or not c.nxt_raw[:1].islower()
                or c.nxt in FUNCTION_WORDS
                or c.nxt in AUXILIARIES  # `the Baghdad has`, not `the Syria talks`
            ):
                votes.append((0.8, f"follows '{c.prev_raw}', which the article never puts before '{key}'"))
        if titled and c.between.strip() == "." and c.prev in TITLES:
            votes.append((0.9, f"follows the title '{c.prev_raw}.' though it has its own"))
        if (
            c.tight_before
            and c.prev in POSSESSIVE_OR_DISTRIBUTIVE
            and (not c.tight_after or c.nxt in FUNCTION_WORDS or not c.nxt_raw[:1].isalpha())
        ):
            votes.append((0.75, f"follows '{c.prev_raw}', which needs a noun, and no noun follows"))
        if titled and c.tight_before and c.prev == "it":
            votes.append((0.75, "follows 'it', which cannot take a name"))
        conf = combine(votes)
        if votes and conf >= config.short_splice_threshold:
            why = "; ".join(r for _, r in sorted(votes, reverse=True))
            edits.append(
                marker_edit(text, start, end, marker, f"name used elsewhere pasted over other words: it {why}", conf)
            )
    edits.extend(_singular_subjects(text, w, marker))
    return edits


def _name_spans(text: str, lower: frozenset[str]) -> list[tuple[int, int, str]]:
    """Name mentions as (start, end, normalised key); a common first word is split off.

    One `finditer` scan, restarted where the second word starts after a split
    (or a repeated word), so that word (`We Wisconsin Senate Wisconsin`) is
    read the same way as without the first.

    >>> _name_spans("They said Many Man went to see Mr. Smith Smith.", frozenset())
    [(0, 4, 'They'), (10, 14, 'Many'), (15, 18, 'Man'), (31, 40, 'Mr. Smith'), (41, 46, 'Smith')]
    """
    spans: list[tuple[int, int, str]] = []
    pos = 0
    while True:
        for m in NAME.finditer(text, pos):
            start, end = m.span()
            name = m.group()
            parts = name.split()  # the words are one whitespace character apart
            restart = 0
            titled = "." in parts[0]  # only a title has a full stop
            if len(parts) - titled == 2 and parts[-1] == parts[-2]:
                # `Aleppo Aleppo`: the name ends before its repeat.
                end = restart = end - len(parts.pop()) - 1
                name = name[: end - start]
            if start and (text[start - 1].isalnum() or text[start - 1] in "_.’'-"):
                # inside a longer word (`McDonald`, `al-Assad`, `U.N`)
                if restart:
                    pos = restart
                    break
                continue
            if len(parts) == 2 and not titled and (
                parts[0].casefold() in lower or parts[0].casefold() in FUNCTION_WORDS
            ):
                # `One Al Jazeera` / `We The`: the first word is not part of the name.
                spans.append((start, start + len(parts[0]), parts[0]))
                pos = start + len(parts[0]) + 1
                break
            if not (("’" in name or "'" in name) and CLITIC_END.search(name)):
                # (not `I’m`, `We’ll`: a pronoun with its clitic, not a name)
                spans.append((start, end, name if len(parts) == 1 else " ".join(parts)))
            if restart:
                pos = restart
                break
        else:
            return spans


def _pronoun_vote(text: str, c: _Context, start: int) -> str:
    """Why a capitalised `We`/`They`/`He`/`She` cannot stand here, or ''."""
    if c.tight_after and c.nxt in SAY_VERBS and regex.search(r"[,?!]\s*\"\s*$", c.between):
        return f"is capitalised after a closing quote, before '{c.nxt_raw}'"
    if c.tight_before and (c.prev_raw[:1].islower() or c.prev_raw[:1].isdigit() or c.prev in PREPOSITIONS):
        return f"is capitalised in mid-sentence after '{c.prev_raw}'"
    if c.tight_before and c.prev_raw[:1].isupper() and c.prev not in SENTENCE_STARTERS:
        return f"is capitalised right after '{c.prev_raw}'"
    if c.prev_raw and c.between.strip() == ",":
        return f"is capitalised after a comma following '{c.prev_raw}'"
    return ""


_CAPITALISED_PRONOUNS = frozenset(p for p in SUBJECT_PRONOUNS if p != "i")
# The keys `_name_spans` gives those pronouns (`He`; `NAME` needs two letters, so never `I`).
_PRONOUN_KEYS = frozenset(p.capitalize() for p in _CAPITALISED_PRONOUNS)


def _name_votes(text: str, c: _Context, key: str, doubled: bool) -> Iterator[tuple[float, str]]:
    prev, nxt = c.prev, c.nxt
    lower_prev = c.tight_before and c.prev_raw[:1].islower() and prev not in FUNCTION_WORDS
    if doubled:
        yield 0.9, f"repeats the name '{key}' right after itself"
    # A capitalised pronoun in mid-sentence (`sect We Mr. Poroshenko`) is itself the paste.
    pronoun_pasted = c.prev_raw[:1].isupper() and c.prev2 != ""
    if c.tight_before and prev in SUBJECT_PRONOUNS and not pronoun_pasted:
        yield 0.85, f"follows '{c.prev_raw}', which cannot take a name"
    if c.tight_before and prev in NUMBER_WORDS and prev != "one" and (not c.tight_after or nxt in FUNCTION_WORDS):
        yield 0.85, f"follows '{c.prev_raw}' and is followed by no noun"
    if c.tight_before and prev == "one" and c.tight_after and c.nxt_raw[:1].islower() and nxt.endswith("ed"):
        yield 0.7, f"follows '{c.prev_raw}' as if it were a common noun"
    if c.tight_after and c.nxt_raw[:1].isupper() and nxt in SENTENCE_STARTERS and nxt not in _CAPITALISED_PRONOUNS:
        yield 0.8, f"runs into '{c.nxt_raw}', a sentence start, with no punctuation"
    if c.tight_after and nxt == "be" and prev not in MODALS and prev not in PREPOSITIONS and prev not in ("let", "make"):
        yield 0.85, f"is followed by a bare '{c.nxt_raw}'"
    if c.tight_after and nxt in QUANTITY_AFTER_NAME:
        yield 0.8, f"is followed by '{c.nxt_raw}', which needs a number before it"
    if c.tight_before and prev in REQUIRES_NEXT:
        yield 0.85, f"follows '{c.prev_raw}', which needs '{REQUIRES_NEXT[prev]}' after it"
    if (
        lower_prev
        and c.tight_after
        and nxt in ("the", "a", "an", "his", "her", "their", "our", "its", "my")
        and c.nxt2 not in TIME_WORDS
        and not DITRANSITIVE.fullmatch(prev)
    ):
        yield 0.75, f"sits between '{c.prev_raw}' and '{c.nxt_raw}', where no name fits"
    if (
        lower_prev
        and c.prev2 in ("a", "an")
        and not _verb_like(prev)  # `a registered Republican`
        and not (c.tight_after and c.nxt_raw[:1].islower() and nxt not in FUNCTION_WORDS)  # `a senior Hamas official`
    ):
        yield 0.7, f"follows '{c.prev2} {c.prev_raw}' with no punctuation"
    elif lower_prev and c.prev2 in BE_FORMS and prev.endswith("ed") and not DITRANSITIVE.fullmatch(prev):
        yield 0.75, f"follows the passive '{c.prev2} {c.prev_raw}', which takes no object"
    if (
        lower_prev
        and not _verb_like(prev)  # `accused Mr. Kimball of wanting`
        and c.tight_after
        and nxt == "of"
        and c.nxt2_raw[:1].islower()
        and c.nxt2 not in FUNCTION_WORDS
    ):
        yield 0.7, f"sits between '{c.prev_raw}' and 'of {c.nxt2_raw}'"


def _singular_subjects(text: str, w: Words, marker: str) -> Iterator[Edit]:
    """`medical a father have gone`: an earlier `a` + noun made the subject of a plural verb."""
    first_seen: dict[tuple[str, str], int] | None = None
    for m in SINGULAR_PLURAL.finditer(text):
        noun = m.group(1).casefold()
        pair = (m.group().split()[0].casefold(), noun)
        if noun in QUANTITY or noun.endswith("s") or noun in FUNCTION_WORDS:
            continue
        c = _Context(text, w, m.start(), m.end())
        if not c.tight_before or c.prev in PREPOSITIONS or not c.prev_raw[:1].islower():
            continue  # `the rights of a parent are`: the noun phrase is an object
        if first_seen is None:
            first_seen = {}
            for k, bigram in enumerate(zip(w.norms, w.norms[1:])):
                first_seen.setdefault(bigram, k)
        if first_seen.get(pair, len(w.norms)) >= bisect.bisect_left(w.starts, m.start()):
            continue
        yield marker_edit(
            text, m.start(), m.end(), marker,
            f"'{m.group()}' repeats an earlier mention and cannot be the subject of the plural verb after it",
            0.8,
        )
