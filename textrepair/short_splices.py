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

from .analysis import Document, lowercase_vocabulary, memoised
from .config import Config
from .copies import Words, words_of
from .debris import find_debris
from .edits import Edit
from .votes import combine, marker_edit
from .wordlists import (
    ARTICLES,
    AUXILIARIES,
    BOILERPLATE,
    BOILERPLATE_BEFORE,
    CALENDAR,
    CAPITALISED_SUBJECTS,
    COMPARATIVES,
    CONJUNCTIONS,
    DEMONYM_ENDINGS,
    DETERMINERS,
    DITRANSITIVE,
    FUNCTION_WORDS,
    INVERSION_TRIGGERS,
    IRREGULAR_PAST_FORMS,
    MODALS,
    NAME_PARTICLES,
    NUMBER_WORDS,
    OBJECT_COMPLEMENT,
    PLAIN_ADVERBS,
    PREPOSITIONS,
    REQUIRES_NEXT,
    ROLE_NOUNS,
    SAY_VERBS,
    SENTENCE_STARTERS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
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
QUANTITY_AFTER_NAME = frozenset("million millions billion billions thousand thousands hundred hundreds percent".split())
#: Common irregular past forms: a verb before a name is no evidence (`fled Juba last year`).
#: A subset of `IRREGULAR_PAST_FORMS`; `_verb_like` and one vote on the word
#: after a name read only this shorter list, so it stays a list of its own.
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
_BOILERPLATE_WORDS = frozenset(BOILERPLATE)
#: Quantifiers that need a noun after them, never a subject pronoun.
QUANTIFIERS = frozenset("many most several some few both all each every no any".split())
#: What a tokeniser leaves of `can't`, `won't`, `shan't` (`ca n’t`): modals.
_MODAL_OF = {"ca": "can", "wo": "will", "sha": "shall"}
_FUNCTION_OR_AUXILIARY = FUNCTION_WORDS | AUXILIARIES
#: Determiners that need a common noun: `Every Mr. Kiir we`, `Our Yemen will`.
POSSESSIVE_OR_DISTRIBUTIVE = frozenset("every each our their his its my your these those".split())
#: Names of times, which `every` and `each` take (`every Christmas`).
_TIMES_NAMED = CALENDAR | frozenset(
    "christmas easter thanksgiving ramadan hanukkah passover eid diwali halloween lent advent".split()
)
DITRANSITIVE_WORDS = frozenset("tell tells ask asks give gives call calls visit visits meet meets join joins".split())
BE_FORMS = frozenset("is are was were be been being".split())
#: Nouns of quantity that take a plural verb after `a` (`a few have`).
QUANTITY = frozenset("few lot number dozen handful third quarter half majority couple host variety".split())
# `a father have gone`: a singular noun phrase as the subject of a plural verb.
# The pattern starts with the letter and looks behind it (`(?<!...)a`), so the
# engine only tries at an `a`, twice as fast as a leading lookbehind.
SINGULAR_PLURAL = regex.compile(r"a(?<![\p{L}’'-]a)n?\s+([\p{Ll}’'-]+)(?=\s+(?:have|are|were)\b)")


class _Context:
    """The words around a span, from the shared word list (no regex per span)."""

    __slots__ = (
        "prev", "prev_raw", "between", "tight_before", "prev2", "nxt", "nxt_raw", "tight_after", "nxt2", "nxt2_raw",
        "comma_after", "nxt_initial",
    )

    def __init__(self, text: str, w: Words, start: int, end: int, i: int = -2, j: int = -1) -> None:
        if i == -2:  # the caller did not look the words up
            i = bisect.bisect_left(w.starts, start) - 1  # the word before the span
            j = bisect.bisect_left(w.starts, end, i + 1)  # the word after it
        n = len(w.starts)
        self.prev_raw = text[w.starts[i] : w.ends[i]] if i >= 0 else ""
        self.prev = w.norms[i] if i >= 0 else ""
        self.between = text[w.ends[i] : start] if i >= 0 else text[:start]
        self.tight_before = self.between == " "
        self.prev2 = w.norms[i - 1] if i >= 1 and text[w.ends[i - 1] : w.starts[i]] == " " else ""
        self.nxt_raw = text[w.starts[j] : w.ends[j]] if j < n else ""
        self.nxt = w.norms[j] if j < n else ""
        if self.nxt in _MODAL_OF and j + 1 < n and w.norms[j + 1] == "n":
            # `ca n’t` as a tokeniser leaves it is read as `can’t` would be, so
            # a name is judged the same before and after spacing is repaired.
            self.nxt = _MODAL_OF[self.nxt]
        self.tight_after = j < n and text[end : w.starts[j]] == " "
        self.comma_after = text[end : end + 2].lstrip(" ")[:1] == ","
        # `Mark A. Milley`: a single capital with a full stop after it is an
        # initial (or with the line's end after it: a headline cut there, `Mark A`)
        self.nxt_initial = j < n and len(self.nxt_raw) == 1 and text[w.ends[j] : w.ends[j] + 1] in (".", "\n", "")
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
    - an article before a titled name (``the Mr. Moallem``): 0.8 (for an
      untitled name, article-wide usage is no evidence: `the Kremlin` beside a
      headline's `Kremlin says`);
    - after ``One``, before a past tense (``One Al Jazeera hugged``): 0.7;
    - ``of`` and a lowercase word after it, a lowercase non-verb before
      (``hand Aleppo of incubators``; not ``accused Israel of stalling``): 0.7.

    The grammar votes of `_grammar_votes` (issue 4; none fired on the
    negatives, see docs/splices.md for what each was measured to gain):

    - after a lowercase modal, no inversion, no question
      (``the bill will Columbus legal``; not ``when will Iowa vote?``): 0.8;
    - after ``n't`` (``I do n't Mr. Lindqvist how``): 0.8;
    - between ``be``/``have`` and a participle (``was Mr. Ghani severed``): 0.8;
    - a titled name before a word the article uses only as a noun
      (``support Ms. Khoury plan``): 0.75; else before a lowercase word that is
      no verb form, adverb or particle, where nothing before could take a
      person and a complement (``majority Mr. Saleh leader``; not
      ``declared Mr. Smith winner``, ``Mr. Putin rose``): 0.7;
    - a determiner before a titled name (``its Ms. Fayyad``): 0.8;
    - a comma before, an article after (``, Ms. Yaacoub a majority``): 0.75;
    - before a quotation mark opening a sentence or closing a quote before
      its attribution (``need it most Benghazi " They``): 0.75;
    - between a say verb and ``adding``/``referring`` (``said Richmond adding``): 0.75.

    The position votes of `_position_votes` (issue 4, second round):

    - ``been`` after it with no ``have`` (``some schools Kismayo been``): 0.85;
    - a lowercase subject pronoun after it, after ``be``/``have``, a modal,
      ``said`` ... (``has Mr. Lindqvist he would``; not ``told Mr. Jones he``): 0.8;
    - an object pronoun after it (``sent Ms. Tamimi us here``): 0.8;
    - a contracted ``’ll``/``’d``/``’ve`` before it (``I ’ve Mr. Jaber seen``): 0.8;
    - a titled name before ``are``/``were``/``have``/``do`` (``the worst Dr.
      Tamimi have seen``; only after a superlative, not ``Supporters of Mr.
      Smith have``): 0.8;
    - ``both``/``several``/``many`` ... before a titled name: 0.8;
    - a titled name run into a number (``the campaign Mr. Kowalski 2015``): 0.75;
    - ``to`` after a verb taking only an infinitive (``trying to Ms. Tamimi``): 0.8;
    - a titled name after a sentence-initial plural noun for people, then an
      article or ``that`` (``Residents Ms. Karimi that the``): 0.8;
    - ``the`` before a name the article never gives a determiner and uses bare
      elsewhere, no noun after it (``the Kunduz were shelling``): 0.75.

    The demand votes of `_demand_votes` (issue 4, third round, as narrowed
    by that session's review; see docs/splices.md for the dropped ones):

    - ``than`` after it, no comparative earlier in the sentence
      (``had Columbus than doubled``): 0.8;
    - a contracted ``’re``/``’m`` before it, an auxiliary or ``to`` and a
      verb after it (``They ’re Des Moines to change``): 0.8;
    - ``who`` right after it with no comma, right after a role noun (``the
      state attorney general Wisconsin who met``; not ``the younger Mr.
      Bush who``): 0.75;
    - a titled name after another name, before an article or ``who``
      (``said Lina Tamimi Mr. Moreau a state senator``; not after a
      preposition: ``In Iowa Mr. Obama a decade earlier``): 0.8.

    Also a titled name the article uses alone run into a capitalised word it
    never follows elsewhere (``according to Mr. Poroshenko Observatory``, 0.75,
    `_merged_title`), ``We``/``They`` after a title (``Mr. We said``, 0.85) or
    before a person's name and a comma (``" They Farid Bakr , a``, 0.85),
    a capitalised pronoun in mid-sentence (``From We on``, 0.85), an
    acronym name judged by the same votes (``said in a CNN that``; with its
    ``the`` where the article always writes one, ``destroyed the the BBC
    bakery``), and an
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
    lexicon = lexicon_of(w, doc)
    standalone = _standalone_names(text, spans)
    always_doubled: dict[str, bool] = {}
    doubled_pairs: Counter[str] | None = None
    # What each name's own words decide, once per name (not per mention):
    # `skip`, a name that never votes; `adjective`, one skipped unless doubled.
    skip: set[str] = set()
    adjective: set[str] = set()
    tails = _name_tails(text, spans)
    for key, n in counts.items():
        head = key.rsplit(" ", 1)[-1].rstrip(".").casefold()
        if n < 2 or head in lower or head in FUNCTION_WORDS or head in CALENDAR or key in _BOILERPLATE_WORDS:
            skip.add(key)
        elif key in tails:
            skip.add(key)  # `Congressional Budget Office` read as two names: `Office` is no name of its own
        elif head.endswith(DEMONYM_ENDINGS) and "." not in key and key not in standalone:
            adjective.add(key)  # `a full Israeli withdrawal` (not `Mr. Ghani`, not `fled Tripoli .`)
    starts, norms = w.starts, w.norms
    nwords = len(norms)
    edits: list[Edit] = []
    mentions = _Mentions(text, w, spans)
    for s, (start, end, key) in enumerate(spans):
        if "." in key and key.split(" ", 2)[1] in _TITLED_PRONOUNS:  # `Mr. We said`
            p = start + len(key.split(" ", 1)[0]) + 1
            q = p + len(key.split(" ", 2)[1])
            if not _title_case_line(text, start):
                why = f"'{text[p:q]}' follows the title '{text[start:p].strip()}', which a pronoun never takes"
                edits.append(marker_edit(text, p, q, marker, f"{why}: a pasted mention", 0.85))
            continue
        if key.count(" ") == 2 and "." in key:  # `Mr. Poroshenko Middle`
            merged = _merged_title(text, w, start, key, counts, mentions)
            if merged:
                edits.append(marker_edit(text, start, merged[0], marker, merged[1], 0.75))
                continue
        if key in skip and key not in CAPITALISED_SUBJECTS:
            continue  # cheap early exit: the checks below skip it too
        doubled = _follows_itself(text, spans, s)
        if doubled:
            if key not in always_doubled:
                if len(always_doubled) < _DOUBLED_READS:
                    always_doubled[key] = _always_doubled(text, key)  # once per name: it reads the whole text
                else:  # (a list of doubled names: count on the name spans, a pass in all)
                    if doubled_pairs is None:
                        doubled_pairs = Counter(
                            span[2] for t, span in enumerate(spans) if _follows_itself(text, spans, t)
                        )
                    always_doubled[key] = counts[key] == 2 * doubled_pairs[key]
            doubled = not always_doubled[key]
        if key in CAPITALISED_SUBJECTS:
            why = _pronoun_vote(text, _Context(text, w, start, end), start, lower) or _before_person(
                text, start, end, mentions
            )
            if why:
                edits.append(marker_edit(text, start, end, marker, f"'{key}' {why}: a pasted mention", 0.85))
            continue
        if key in skip or (key in adjective and not doubled):
            continue
        titled = "." in key
        i = bisect.bisect_left(starts, start) - 1  # the word before the name
        j = bisect.bisect_left(starts, end, i + 1)  # the word after it
        if not (
            doubled
            or titled
            or (i >= 0 and (norms[i] in _PREV_VOTES or norms[i].endswith("ed") or i and norms[i - 1] in _PREV2_VOTES))
            or (j < nwords and norms[j] in _NEXT_VOTES)
            or (j < nwords and norms[j] in SENTENCE_STARTERS and text[starts[j]].isupper())
            or any(q in _QUOTES for q in text[end : end + 2])
        ):
            continue  # none of the words any vote reads stands around it (most names)
        c = _Context(text, w, start, end, i, j)
        votes = list(_name_votes(text, c, key, doubled, start))
        votes.extend(_grammar_votes(text, c, start, end, key, lexicon))
        votes.extend(_position_votes(text, c, w, i, start, end, key, mentions, lexicon))
        votes.extend(_demand_votes(text, c, w, i, start, end, key, lexicon))
        if titled and c.tight_before and c.prev in ARTICLES:
            votes.append((0.8, f"follows '{c.prev_raw}', which never stands before a titled name"))
        if titled and c.between.strip() == "." and c.prev in TITLES and "  " not in c.between:
            # (not across a gap: `praised Ms.   Mr. Biden said`, a hyphenated
            # surname dropped with its full stop)
            votes.append((0.9, f"follows the title '{c.prev_raw}.' though it has its own"))
        if (
            c.tight_before
            and c.prev in POSSESSIVE_OR_DISTRIBUTIVE
            and (not c.tight_after or c.nxt in FUNCTION_WORDS or not c.nxt_raw[:1].isalpha())
            and key.lower() not in _TIMES_NAMED  # `every Christmas`, `each Monday`: a time
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
    edits.extend(_acronym_splices(text, w, lexicon, config, marker, mentions))
    edits.extend(_singular_subjects(text, w, marker))
    return edits


def _name_tails(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """Names that always stand right after the same other name, one space
    between (`Office` of `Congressional Budget Office`, which the two-word
    name pattern reads as `Congressional Budget` and `Office`): the end of a
    longer name, whatever the text around it."""
    before: dict[str, str | None] = {}  # the name each name always follows, or None
    for s, (start, _, key) in enumerate(spans):
        prev = spans[s - 1] if s else None
        follows = None
        if prev is not None and prev[1] == start - 1 and text[start - 1] == " " and prev[2] != key:
            follows = prev[2]
        if key not in before:
            before[key] = follows
        elif before[key] != follows:
            before[key] = None
    return {key for key, name in before.items() if name is not None}


def _follows_itself(text: str, spans: list[tuple[int, int, str]], s: int) -> bool:
    """Whether name span `s` repeats the span right before it, one space or a
    line break between (`Aleppo Aleppo`; not across a gap of dropped words,
    `Mr. Wells   Mr. Wells`: a hyphenated word and its full stop were dropped)."""
    if s == 0 or spans[s - 1][2] != spans[s][2]:
        return False
    between = text[spans[s - 1][1] : spans[s][0]]
    return between.strip() == "" and "  " not in between.replace("\n", "")


#: Doubled names read against the whole text, per text; past this, on the
#: name spans (each read is a pass over the text).
_DOUBLED_READS = 32


def _always_doubled(text: str, key: str) -> bool:
    """Whether name `key` stands doubled wherever it occurs: a name (`Walla
    Walla`), not a paste beside its own mention.  Counted over the words of the
    whole text, never the name spans, so that removing one pair elsewhere
    (or a headline's title case) does not change the verdict."""
    # The name first, then a look back past it at the character before: a
    # pattern that starts with a literal is scanned for it in C (a leading
    # lookbehind is tried at every character, some 20 times slower).
    pattern = re.compile(re.escape(key) + r"(?<!\w[\s\S]{%d})(?!\w)" % len(key))
    total = doubled = 0
    after = " " + key
    for m in pattern.finditer(text):
        end = m.end()
        nxt = text[end + len(after) : end + len(after) + 1]
        if text.startswith(after, end) and not (nxt.isalnum() or nxt == "_"):
            doubled += 1
        total += 1
    return total == 2 * doubled


def _name_spans(text: str, lower: frozenset[str]) -> list[tuple[int, int, str]]:
    """Name mentions as (start, end, normalised key); a common first word, a day or a month is split off.

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
            name = m.group()
            start = m.start()
            if name.isalpha():
                # One word of letters (most matches): no title, repeat or
                # clitic to look at; only what stands before it.
                if not start or not (text[start - 1].isalnum() or text[start - 1] in "_.’'-/"):
                    spans.append((start, m.end(), name))
                continue
            end = m.end()
            parts = name.split()  # the words are one whitespace character apart
            restart = 0
            titled = "." in parts[0]  # only a title has a full stop
            if len(parts) - titled == 2 and parts[-1] == parts[-2]:
                # `Aleppo Aleppo`: the name ends before its repeat.
                end = restart = end - len(parts.pop()) - 1
                name = name[: end - start]
            if start and (text[start - 1].isalnum() or text[start - 1] in "_.’'-/"):
                # inside a longer word (`McDonald`, `al-Assad`, `U.N`) or a credit (`Ismail/Reuters`)
                if restart:
                    pos = restart
                    break
                continue
            if len(parts) == 2 and not titled and (
                parts[0].casefold() in lower or parts[0].casefold() in FUNCTION_WORDS or parts[0] in _DATE_WORDS
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


#: Days and months that begin no name the article could paste (`reached on
#: Wednesday Syria "`): split off like a common first word, so the name after
#: one is read alone.  Not `May`, `June`, `April`, `August`: also given names.
_DATE_WORDS = frozenset(word.capitalize() for word in CALENDAR) - {"May", "June", "April", "August"}


def _title_case_line(text: str, start: int) -> bool:
    """Whether the line holding `start` is a title-case headline (`How We Got Here`):
    at most `HEADLINE_CHARS` long, no end punctuation, and every word of four
    letters or more capitalised.  (Bounded, so a long line costs no more.)"""
    a = text.rfind("\n", max(0, start - HEADLINE_CHARS), start) + 1
    b = text.find("\n", start, start + HEADLINE_CHARS)
    b = len(text) if b < 0 and len(text) - start <= HEADLINE_CHARS else b
    if b < 0 or (a == 0 and start > HEADLINE_CHARS):
        return False  # a line this long is no headline
    line = text[a:b].strip().rstrip(",")  # (a headline cut short may end at a comma)
    if not line or line[-1] in ".,;\"”":
        return False
    long_words = [
        word for word in line.split() if len(word) >= 4 and word[0].isalpha() and word not in _HEADLINE_LOWER
    ]
    return len(long_words) >= 2 and all(word[0].isupper() for word in long_words)


#: Short words many headline styles keep in lowercase (`Fed Up with the Rules`).
_HEADLINE_LOWER = frozenset("with from into onto over than that upon".split())


#: The longest line read as a headline.
HEADLINE_CHARS = 200


def _pronoun_vote(text: str, c: _Context, start: int, lower: frozenset[str] = frozenset()) -> str:
    """Why a capitalised `We`/`They`/`He`/`She` cannot stand here, or ''."""
    why = _pronoun_evidence(c, lower)
    if not why or _title_case_line(text, start):
        return ""  # (`How We Got Here`: a headline capitalises every word)
    if (
        c.tight_after
        and c.nxt_raw[:1].isupper()
        and (c.nxt in lower or c.nxt in FUNCTION_WORDS or c.nxt in IRREGULAR_PAST_FORMS)
        and (c.nxt2_raw[:1].isupper() or c.nxt in MODALS)  # `Yes, We Can`
    ):
        return ""  # `the film They Shall Not Grow Old`, `He Got Game`, `a copy of We The Living`: a title
    if text.startswith("He ", start) and c.tight_after and c.nxt_raw[:1].isupper() and c.nxt not in lower:
        return ""  # `met He Lifeng in Washington`: the Chinese surname He
    if BOILERPLATE_BEFORE.search(text, max(0, start - 40), start):
        return ""  # `... medications . Advertisement We need`: a flattened page line ended there
    return why


def _pronoun_evidence(c: _Context, lower: frozenset[str]) -> str:
    """The context that proves a capitalised pronoun out of place, or ''."""
    if c.tight_before and c.prev in ARTICLES:
        return f"is capitalised after the article '{c.prev_raw}'"  # `The They passed`
    if c.tight_before and c.prev in QUANTIFIERS and c.tight_after and c.nxt_raw[:1].islower():
        # `Many They in the districts have moved` (not a title-case headline:
        # `All They Want`).
        return f"is capitalised after '{c.prev_raw}', which needs a noun"
    # (after `?"` or `!"` a capitalised pronoun starts a sentence: `"Is it over?" He said`)
    if c.tight_after and c.nxt in SAY_VERBS and regex.search(r",\s*\"\s*$", c.between):
        return f"is capitalised after a closing quote, before '{c.nxt_raw}'"
    if c.tight_before and (c.prev_raw[:1].islower() or c.prev_raw[:1].isdigit() or c.prev in PREPOSITIONS):
        return f"is capitalised in mid-sentence after '{c.prev_raw}'"
    if (
        c.tight_before
        and c.prev_raw[:1].isupper()
        and c.prev not in SENTENCE_STARTERS
        # `All They Want Is Peace`: a title-case headline capitalises common
        # words; a pasted mention runs into a name (`They Abu Hamza`).
        and not (c.nxt_raw[:1].isupper() and c.nxt in lower)
    ):
        return f"is capitalised right after '{c.prev_raw}'"
    if c.prev_raw and c.between.strip() == "," and "\n" not in c.between:  # (verse: `for Death,\nHe kindly`)
        return f"is capitalised after a comma following '{c.prev_raw}'"
    return ""


_CAPITALISED_PRONOUNS = frozenset(p for p in SUBJECT_PRONOUNS if p != "i")
# (`CAPITALISED_SUBJECTS` are the keys `_name_spans` gives those pronouns:
# `He`; `NAME` needs two letters, so never `I`.)


def _name_votes(text: str, c: _Context, key: str, doubled: bool, start: int) -> Iterator[tuple[float, str]]:
    prev, nxt = c.prev, c.nxt
    lower_prev = c.tight_before and c.prev_raw[:1].islower() and prev not in FUNCTION_WORDS
    if doubled:
        yield 0.9, f"repeats the name '{key}' right after itself"
    # A capitalised pronoun in mid-sentence (`sect We Mr. Poroshenko`) is itself the paste.
    pronoun_pasted = c.prev_raw[:1].isupper() and c.prev2 != ""
    if (
        c.tight_before
        and prev in SUBJECT_PRONOUNS
        and not pronoun_pasted
        and not (prev == "we" and _plural_name(key))  # `we Democrats need`: an appositive group
        and not (c.prev_raw[:1].isupper() and _subject_name_after_pronoun(c, key))
    ):
        yield 0.85, f"follows '{c.prev_raw}', which cannot take a name"
    if (
        c.tight_before
        and prev in NUMBER_WORDS
        and prev != "one"
        and (not c.tight_after or nxt in FUNCTION_WORDS)
        and not _plural_name(key)  # `nominated for two Oscars`: a name counted
    ):
        yield 0.85, f"follows '{c.prev_raw}' and is followed by no noun"
    if c.tight_before and prev == "one" and c.tight_after and c.nxt_raw[:1].islower() and nxt.endswith("ed"):
        yield 0.7, f"follows '{c.prev_raw}' as if it were a common noun"
    if (
        c.tight_after
        and c.nxt_raw[:1].isupper()
        and nxt in SENTENCE_STARTERS
        and nxt not in _CAPITALISED_PRONOUNS
        and nxt != "i"  # `I` is always capitalised (`World War I.`)
        and not c.nxt_initial  # `Mark A. Milley`
        and not (c.nxt_raw == "A" and c.nxt2 in FUNCTION_WORDS)  # `Grade A a year ago`, `Vitamin A in`
        and not _title_case_line(text, start)  # `Had Never Known Paris This Quiet`: a headline
    ):
        yield 0.8, f"runs into '{c.nxt_raw}', a sentence start, with no punctuation"
    if (
        c.tight_after
        and nxt == "be"
        and prev not in MODALS
        and prev not in PREPOSITIONS
        and prev not in ("let", "make", "t")  # `Would n't Syria be safer?`
        and not key.split(" ", 1)[0].endswith(("n't", "n’t"))  # `Wouldn't Syria be`: read as one name
        and not _in_question(text, start)  # `Would not Iowa be better served?`
    ):
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
        # `Catherine the Great`, `Jack the Ripper`, `Do the Right Thing`: a
        # one-word name and a capitalised word after `the` is an epithet or a title
        and not (" " not in key and c.nxt2_raw[:1].isupper())
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




def _plural_name(key: str) -> bool:
    """Whether name `key` may be a plural (`Democrats`, `House Republicans`):
    it ends in `-s`, but not as `Damascus`, `Paris`, `Congress` do."""
    return key.endswith("s") and not key.endswith(("us", "is", "ss"))


def _subject_name_after_pronoun(c: _Context, key: str) -> bool:
    """Whether a name after a sentence-initial `He`/`We` reads as good prose:
    the pronoun is a surname or the paste (`He Jiankui, a scientist`, `We
    Peter Salem, a professor`, `He Jiankui said`), or a plural pronoun takes
    the name and a plural noun as its group (`We Obama supporters are`)."""
    if c.comma_after or (c.tight_after and c.nxt in SAY_VERBS):
        return True
    return (
        c.prev in ("we", "they")
        and "." not in key
        and c.tight_after
        and c.nxt_raw.islower()
        and c.nxt.endswith("s")
        and c.nxt not in _FUNCTION_OR_AUXILIARY
    )


#: Be and have: before a name and a participle (`has Ms. Karimi targeting`,
#: `were Mr. Saleh hit`) the name splits the verb group.
PERFECT_OR_PASSIVE = frozenset("is are was were be been being has have had".split())
# `, who has` / `, which was` right before the name: a relative clause after a
# comma, whose auxiliary is no question's (`Peter Jaber , who has Arizona
# organized voters`).
RELATIVE_BEFORE = re.compile(r",\s+(?:who|which)\s+[a-z]+\s+$")
#: Adverbs and the like that may follow a person's name (`Mr. Ortega himself`,
#: `told Mr. Smith yesterday`, `met Mr. Hadi once`); never read as a noun.
AFTER_PERSON = frozenset(
    "himself herself themselves itself alone too also now then still yet first again instead later today "
    "yesterday tonight tomorrow here there once twice ago last next earlier soon back home personally "
    "directly aside out up down off away over in on about around ahead".split()
)
#: Verbs that take a person and then a bare verb or a noun (`helped Mr. Obama
#: win`, `let Ms. Warren speak`, `named Mr. Reddick chairman`).
CAUSATIVE = regex.compile(
    r"(?:let|lets|make|makes|made|making|help|helps|helped|helping|have|has|had|watch\w*|see|sees|saw|seen|"
    r"hear|hears|heard|bid|urg\w*|demand\w*|insist\w*|ask\w*|suggest\w*|propos\w*|recommend\w*)"
)
#: Determiners that never stand before a titled name (`where its Ms. Fayyad
#: uncertain`); not `that` (a conjunction), `her` (an object), `all`/`both`.
DETERMINERS_BEFORE_NOUNS = frozenset(
    "this these those his its their our my your every each no some any another".split()
)
# A quotation mark right after the name, opening a sentence (`need it most
# Benghazi " They`) or closing a quote before its attribution (`Ahmad Mr. Kiir
# " he said`): in edited prose both follow punctuation, not a bare name.  The
# attribution may itself be damaged (`" his said`, `" he Mustafa Hourani, a
# doctor ...`): it is read the same before and after its own repair, so a
# second `repair` finds nothing new.  A speaker's name and a say verb after
# the quote is an attribution too (`patients Somalia " Abu Hamza said`).
QUOTE_AFTER = regex.compile(
    r" ?[\"“”] ?(?:(?:The|They|We|He|She|It|I|This|There|But|What|Our|My|In|A|An|Mr|Ms|Mrs|Dr)\b|"
    r"(?:he|she|they|we|I|his|him|her|them)\s+(?:said|says|added|asked|told|[A-Z])|"
    r"\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+)? (?:said|says|added|asked)\b|"
    r"(?:said|says|added|asked)\s)"
)
SENTENCE_END = regex.compile(r"[.!?]")
#: A short capitalised phrase in quotation marks right after a name, closed
#: before any punctuation: a nickname or a title (`Mr. Wells "The Treasurer"`).
QUOTED_NAME = regex.compile(r" ?[\"“] ?(?:\p{Lu}[\w’'-]* ){0,4}\p{Lu}[\w’'-]* ?[\"”]")

# The words a vote reads before or after a name (each vote needs one of
# them, an article before a name the article never puts one before, a
# capitalised sentence starter after it, a doubled or titled name, or a
# quotation mark right after it): a name with none of these around it cannot
# vote, so it gets no `_Context`.
#: Words that `to` and a verb follow, never `to` and a name (`trying to`, `unable to`).
INFINITIVE_ONLY = frozenset(
    "try tries tried trying want wants wanted wanting hope hopes hoped hoping decide decides decided deciding "
    "refuse refuses refused refusing fail fails failed failing intend intends intended vow vows vowed pledge "
    "pledges pledged threaten threatens threatened able unable likely unlikely expect expects expected "
    "attempt attempts attempted".split()
)
_PREV_VOTES = (
    SUBJECT_PRONOUNS | NUMBER_WORDS | frozenset(REQUIRES_NEXT) | MODALS | PERFECT_OR_PASSIVE | SAY_VERBS
    | POSSESSIVE_OR_DISTRIBUTIVE | {"t", "a", "an", "the", "ll", "d", "ve", "not", "re", "m"}
)
_PREV2_VOTES = INFINITIVE_ONLY | {"a", "an"}
_NEXT_VOTES = (
    QUANTITY_AFTER_NAME | ARTICLES | SUBJECT_PRONOUNS
    | {"be", "of", "his", "her", "their", "our", "its", "my", "been", "us", "them", "him", "me", "than", "who", "which"}
)
_QUOTES = frozenset("\"“”")


class _Lexicon:
    """What the article itself shows about its lowercase words, built on first use.

    `nouns`: words seen right after an article or a possessive (`the plan`);
    `verbs`: words seen right after a subject pronoun, `to`, a modal or
    `n't` (`they plan`, `to plan`): such a word may be a verb after a name.
    """

    __slots__ = ("_w", "_nouns", "_verbs")

    def __init__(self, w: Words) -> None:
        self._w = w
        self._nouns: frozenset[str] | None = None
        self._verbs: frozenset[str] = frozenset()

    def _build(self) -> frozenset[str]:
        before_noun = ARTICLES | {"his", "their", "its", "our", "my", "your", "this", "these", "those"}
        before_verb = SUBJECT_PRONOUNS | MODALS | {"to", "t", "who", "not", "did", "does", "do"}
        norms = self._w.norms
        self._verbs = frozenset(b for a, b in zip(norms, norms[1:]) if a in before_verb)
        return frozenset(b for a, b in zip(norms, norms[1:]) if a in before_noun)

    def noun_only(self, word: str) -> bool:
        """Whether the article uses `word` as a noun and never where a verb stands."""
        if self._nouns is None:
            self._nouns = self._build()
        return word in self._nouns and word not in self._verbs

    def maybe_verb(self, word: str) -> bool:
        """Whether the article puts `word` where a verb stands (`they plan`, `to accept`)."""
        if self._nouns is None:
            self._nouns = self._build()
        return word in self._verbs


def lexicon_of(w: Words, doc: Document) -> _Lexicon:
    """The document's `_Lexicon` (one per `Document`: the short and long splice votes share it)."""
    return memoised(doc, "lexicon", lambda: _Lexicon(w))


def _standalone_names(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """Names the article puts right before punctuation (`fled Tripoli .`, `Abu Yazan ,`).

    Such a name is a noun, even with a demonym's ending (`Tripoli`, `Sudan`,
    `Abu Fadi`), so it is not skipped as an adjective; a real demonym
    (`Syrian`, `South Sudanese`) stands before its noun, not before a comma.
    Accepted: `the soldier, an Israeli, said` makes `Israeli` a candidate,
    which the votes then judge like any name.
    """
    out: set[str] = set()
    for _, end, key in spans:
        after = text[end : end + 2].lstrip(" ")
        if after[:1] in PUNCTUATION_AFTER_NOUN:
            out.add(key)
    return out


PUNCTUATION_AFTER_NOUN = frozenset(".,;:?!")


def _not_after_person(word: str) -> bool:
    """Whether `word` is none of what follows a person's name in good prose:
    a verb form (`rose`, `says`, `argued`), an adverb (`never`, `himself`,
    `reportedly`), a time phrase (`last year`), a function word or a
    relative (`who`)."""
    return not (
        word in FUNCTION_WORDS
        or word in AUXILIARIES
        or word in AFTER_PERSON
        or word in TIME_WORDS
        or word in PLAIN_ADVERBS
        or word in IRREGULAR_PAST_FORMS
        or word in RELATIVES
        or word.endswith(("s", "ed", "ing", "ly"))
    )


def _not_before_person(word: str) -> bool:
    """Whether `word` cannot take a person and then a noun or adjective:
    not a verb form or a verb that does (`declared Mr. Smith winner`,
    `helped Mr. Obama win`), not an auxiliary (`did Mr. Smith know`), not a
    conjunction (`Mr. Obama and Mr. Romney disagree`) or `that`."""
    return not (
        _verb_like(word)
        or word in IRREGULAR_PAST_FORMS
        or word in AUXILIARIES
        or word in MODALS
        or word in NOT_BEFORE_PERSON
        or word.startswith(OBJECT_COMPLEMENT)
        or CAUSATIVE.fullmatch(word) is not None
        or DITRANSITIVE.fullmatch(word) is not None
    )


#: Participles that continue an attribution after a comma (`he said, adding that`).
ATTRIBUTION_PARTICIPLES = frozenset(
    "adding referring noting citing saying explaining insisting arguing warning".split()
)
#: `n't`, `that`, conjunctions, and `with` (`with Mr. Smith present`).
NOT_BEFORE_PERSON = frozenset("t that and or nor but than with without".split())
RELATIVES = frozenset("who whom whose which whether where when".split())


def _in_question(text: str, end: int) -> bool:
    """Whether the sentence around ``text[end]`` ends with a question mark."""
    m = SENTENCE_END.search(text, end, end + 400)  # (bounded: no sentence runs on further)
    return m is not None and m.group() == "?"


def _grammar_votes(
    text: str, c: _Context, start: int, end: int, key: str, lexicon: _Lexicon
) -> Iterator[tuple[float, str]]:
    """Votes from the grammar around the name that `_name_votes` does not read.

    Each was measured on the generator's documents and on the hand-written
    negatives (tests/cases/negative.json, `short-*`); see docs/splices.md.
    """
    prev, nxt = c.prev, c.nxt
    # `an Damascus halt`, `a Iowa teacher`: the article does not fit the
    # sound of the name, so it was written for the word the name overwrote.
    # Only clear cases: not `H` (`an Hispanic`), not `U` or `Eu` (`a Ukrainian`,
    # `a European`), not `One`; names only (`an FBI` is no `NAME`).
    if c.tight_before and prev in ("a", "an") and c.prev_raw.islower() and "." not in key:
        initial = key[:1]
        if key.isupper():  # an acronym is read letter by letter: `an NHS trust`, `an FBI agent`
            vowel = initial in "AEFHILMNORSX"
        else:
            vowel = initial in "AEIO" and not key.startswith(("Eu", "One", "Once"))
        if (prev == "an" and not vowel and initial not in "HU") or (prev == "a" and vowel):
            yield 0.8, f"follows '{c.prev_raw}', which does not fit the sound of '{key}'"
    titled = "." in key
    nxt_lower = c.tight_after and c.nxt_raw[:1].islower()
    # A modal, then the name, then a lowercase word (`the bill will Columbus
    # legal challenge`, `we can Ms. Hiltermann out`): the modal's subject
    # stands before it.  Not inversion (`when will Iowa vote`, `Nor could
    # Syria`, `as would Ms. Kowalski`): no capital, no trigger before it and
    # no question mark ending the sentence.
    if (
        c.tight_before
        and prev in MODALS
        and c.prev_raw[:1].islower()
        and c.prev2
        and c.prev2 not in INVERSION_TRIGGERS
        and (nxt_lower or not c.tight_after)
        and not _in_question(text, end)
    ):
        yield 0.8, f"follows the modal '{c.prev_raw}', which needs a verb, not a name"
    # `I do n't Mr. Lindqvist how`: a negated auxiliary needs its verb.
    if (
        c.tight_before
        and prev == "t"
        and text[max(0, start - 4) : start - 2].endswith(("n’", "n'"))
        and c.prev2 not in INVERSION_TRIGGERS
        and not _in_question(text, end)
    ):
        yield 0.8, f"follows a negated auxiliary ('n{text[start - 3]}t'), which needs a verb"
    # Be or have, the name, then a participle (`has Ms. Karimi targeting`
    # without -ing: `is Syria falling apart` is good prose).
    if (
        c.tight_before
        and prev in PERFECT_OR_PASSIVE
        and c.prev_raw[:1].islower()
        and (c.prev2 not in INVERSION_TRIGGERS or RELATIVE_BEFORE.search(text, max(0, start - 24), start))
        and nxt_lower
        and (nxt.endswith("ed") or nxt in IRREGULAR_PAST or nxt in ("been", "already"))
        and not _in_question(text, end)
    ):
        yield 0.8, f"splits '{c.prev_raw} ... {c.nxt_raw}', a verb group"
    # A titled name before a lowercase word the article uses only as a noun
    # (`supported Mr. Saleh plan`, `for the whole Ms. Darwish area`): a
    # person's name is no modifier.  Not after a verb taking a person and a
    # bare verb or noun (`helped Mr. Obama win`, `named Mr. Reddick chairman`).
    if (
        titled
        and nxt_lower
        and nxt not in FUNCTION_WORDS
        and nxt not in AUXILIARIES
        and nxt not in AFTER_PERSON
        and nxt not in TIME_WORDS
        and not nxt.endswith(("s", "ed", "ing", "ly"))
        and not CAUSATIVE.fullmatch(prev)
        and not DITRANSITIVE.fullmatch(prev)
        and prev != "that"
        and lexicon.noun_only(nxt)
    ):
        yield 0.75, f"runs into '{c.nxt_raw}', which the article uses only as a noun"
    elif (
        titled
        and nxt_lower
        and c.nxt_raw.split("-", 1)[0] not in NAME_PARTICLES  # `Dr. Ayman al-Zawahri`
        and _not_after_person(nxt)
        and not lexicon.maybe_verb(nxt)
        and not _in_question(text, end)  # `Can't Mr. Smith see it?`
        and (
            not c.tight_before  # after punctuation: `, Mr. Qasim senior adviser`
            or (_not_before_person(prev) and not lexicon.maybe_verb(prev) and c.prev2 not in TITLES)
        )
        # (after a preposition the name is an object, and the verb after it
        # may be its head noun's: `Aides to Mr. Smith say`)
        and not (c.tight_before and prev in PREPOSITIONS)
    ):
        yield 0.7, f"runs into '{c.nxt_raw}', which is no verb or adverb for '{key}' to take"
    # A say verb, the name, then the participle that continues an attribution
    # (`" he said Richmond adding that`): the name stands where a comma was.
    if c.tight_before and prev in SAY_VERBS and c.tight_after and nxt in ATTRIBUTION_PARTICIPLES:
        yield 0.75, f"sits between '{c.prev_raw}' and '{c.nxt_raw}', where a comma was"
    # A determiner before a titled name (`where its Ms. Fayyad uncertain`).
    if titled and c.tight_before and prev in DETERMINERS_BEFORE_NOUNS and c.prev_raw[:1].islower():
        yield 0.8, f"follows the determiner '{c.prev_raw}', which a titled name never takes"
    # A comma, the name, then an article (`in both chambers , Ms. Yaacoub a
    # majority`): a name after a comma starts a clause or a list item.
    if c.between.strip() == "," and c.tight_after and nxt in ARTICLES and c.nxt_raw[:1].islower():
        yield 0.75, f"stands between a comma and '{c.nxt_raw}'"
    # A bare name before a quotation mark that opens a sentence or closes a
    # quote before its attribution: the name stands where a full stop was.
    # A titled name may follow the end of another name (`the Pew Research
    # Center Ms. Nasser " I`): the title starts a name of its own.
    if (
        c.tight_before
        and (
            c.prev_raw[:1].islower()
            or c.prev in CALENDAR
            or c.prev_raw[:1].isdigit()
            or (titled and c.prev_raw[:1].isupper() and c.prev not in TITLES and c.prev2)
        )
        and QUOTE_AFTER.match(text, end)
        and not QUOTED_NAME.match(text, end)  # `call Mr. Wells "The Treasurer" in town`
    ):
        yield 0.75, "stands where punctuation closed the sentence before a quotation mark"


#: Verbs that take a person and then a clause (`told Mr. Smith he would`).
TELL_VERBS = frozenset(
    "tell tells telling told warn warns warned assure assures assured remind reminds reminded promise promises "
    "promised convince convinces convinced inform informs informed persuade persuaded notify notified show "
    "shows showed teach taught ask asks asked write wrote bet".split()
)
#: What may stand right before a name that a subject pronoun follows in good
#: prose is open (`told Mr. Smith he`, `In Iowa they`, `my son Ahmad he`);
#: after these words a name cannot be followed by a new subject.
BEFORE_NAME_NO_SUBJECT = PERFECT_OR_PASSIVE | MODALS | frozenset(
    "said says added adds noted notes explained explains though although it the which".split()
)
#: Contracted auxiliaries (`we ’ll`, `I ’d`, `I ’ve`): a subject's verb, never a name's.
CONTRACTED = frozenset(("ll", "d", "ve"))
#: Non-third-person-singular verbs: a single titled person cannot be their subject.
PLURAL_VERBS = frozenset(("are", "were", "have", "do"))
#: Words that, like a superlative, open `the ... I have seen`.
SUPERLATIVE_LIKE = frozenset("only first last most least best worst same".split())
#: Quantifiers before a titled name, which is one person (`both Mr. Warsame said`).
PLURAL_QUANTIFIERS = frozenset("both several many most some few".split())
#: `have` and its contractions, which `been` needs before it.
_HAVE_FORMS = frozenset(("has", "have", "had", "having", "ve", "s", "d"))
#: Plural nouns for groups of people that start news sentences (`Residents
#: said`, `Officials in Iowa`); a person's name never follows one directly.
GROUP_NOUNS = frozenset(
    "residents officials witnesses supporters critics activists lawmakers diplomats doctors voters analysts "
    "experts protesters republicans democrats senators legislators leaders negotiators rebels fighters "
    "soldiers villagers families parents teachers students workers nurses volunteers aides advisers "
    "prosecutors investigators authorities organizers opponents".split()
)
#: Object pronouns, which never follow a name (`sent Ms. Tamimi us here`).
OBJECT_AFTER = frozenset(("us", "them", "him", "me"))
#: Words after a bare name that show no noun follows it (`the Kunduz were`).
_AFTER_BARE_NAME = (AUXILIARIES | CONJUNCTIONS | {"s"}) - {"of"}
#: Second words that belong to a titled name (`Mr. Smith Jr.`).
NAME_SUFFIXES = frozenset(("Jr", "Sr"))


class _Mentions:
    """Where the article mentions each name, built on first use (for the
    article-wide votes: how the name is used elsewhere)."""

    __slots__ = ("_text", "_w", "_spans", "_by_key", "_bigrams", "_firsts", "_body_end", "_usage", "_in_body", "_surnames")

    def __init__(self, text: str, w: Words, spans: list[tuple[int, int, str]]) -> None:
        self._text, self._w, self._spans = text, w, spans
        self._by_key: dict[str, list[tuple[int, int, str]]] | None = None
        self._bigrams: Counter[tuple[str, str]] | None = None
        self._firsts: frozenset[str] | None = None
        self._body_end = -1
        self._usage: dict[str, tuple[set[int], set[int]]] | None = None
        self._in_body: Counter[str] | None = None
        self._surnames: frozenset[str] | None = None

    def of(self, key: str) -> list[tuple[int, int, str]]:
        """The (start, end, key) span of every mention of `key` (the spans
        themselves, not new tuples: this table is built for every name)."""
        if self._by_key is None:
            self._by_key = {}
            for span in self._spans:
                self._by_key.setdefault(span[2], []).append(span)
        return self._by_key.get(key, [])

    def titled_surnames(self) -> frozenset[str]:
        """Names the article puts after a title (`Bakr` of `Mr. Bakr`)."""
        if self._surnames is None:
            self._surnames = frozenset(k.split(" ")[1] for _, _, k in self._spans if "." in k) - CAPITALISED_SUBJECTS
        return self._surnames

    def first_words(self) -> frozenset[str]:
        """The first words of the article's two-word names (`Bilal` of `Bilal Okello`)."""
        if self._firsts is None:
            self._firsts = frozenset(k.split(" ", 1)[0] for _, _, k in self._spans if " " in k and "." not in k)
        return self._firsts

    def body_end(self) -> int:
        """Where a trailing line of names (`find_debris`'s) starts, or the text's end.

        Such a line repeats names side by side (`Mr. Assad Aleppo Syria`); it
        is no use of them, and once it is removed a second pass must read the
        article the same way."""
        if self._body_end < 0:
            found = find_debris(self._text)
            self._body_end = found[0].start if found else len(self._text)
        return self._body_end

    def in_body(self, key: str) -> int:
        """How many mentions of `key` stand before `body_end`."""
        if self._in_body is None:
            end = self.body_end()
            self._in_body = Counter(k for start, _, k in self._spans if start < end)
        return self._in_body[key]

    def bigram_count(self, a: str, b: str) -> int:
        """How often the words `a b` (normalised) stand side by side before `body_end`."""
        if self._bigrams is None:
            # Only pairs whose first word is capitalised: `a` is a name's word,
            # and a table of every pair would be the memory peak of a repair.
            text, starts, norms = self._text, self._w.starts, self._w.norms
            stop = bisect.bisect_left(starts, self.body_end())
            self._bigrams = Counter(
                (norms[k], norms[k + 1]) for k in range(stop - 1) if text[starts[k]].isupper()
            )
        return self._bigrams[(a, b)]

    def used_bare(self, key: str, here: int) -> tuple[bool, int]:
        """How the article uses `key` elsewhere than at `here`: whether any
        mention follows a determiner (`the Kremlin`), and how many stand bare
        as a noun phrase after a lowercase word (`fled Kunduz .`, `in Kunduz
        and`): after it punctuation, a function word or an auxiliary.  Read
        once per name (a name mentioned thousands of times costs one pass)."""
        if self._usage is None:
            self._usage = {}
        usage = self._usage.get(key)
        if usage is None:
            text, w = self._text, self._w
            determined: set[int] = set()
            bare: set[int] = set()
            for start, end, _ in self.of(key):
                c = _Context(text, w, start, end)
                if c.tight_before and c.prev in DETERMINERS:
                    determined.add(start)
                elif (
                    c.tight_before
                    and c.prev_raw[:1].islower()
                    and (not c.tight_after or not c.nxt_raw[:1].isalpha() or c.nxt in _FUNCTION_OR_AUXILIARY)
                ):
                    bare.add(start)
            usage = self._usage[key] = (determined, bare)
        determined, bare = usage
        return len(determined) > (here in determined), len(bare) - (here in bare)


#: Capitalised pronouns that never follow a title (not `He` or `She`:
#: `Mr. He Jiankui`, Chinese surnames).
_TITLED_PRONOUNS = frozenset(("We", "They"))
# A person's name right after a capitalised pronoun, then a comma or a say
# verb (`" They Farid Bakr , a strategist`, `. They Karimi said`).
PERSON_AFTER = re.compile(
    r" ([" + _UPPER + r"][" + _LOWER + r"’'-]+)(?: ([" + _UPPER + r"][" + _LOWER + r"’'-]+))?"
    r"(?= ?,| (?:said|says|told|added)\b)"
)


def _before_person(text: str, start: int, end: int, mentions: _Mentions) -> str:
    """Why a capitalised pronoun right before a person's name is a paste, or ''.

    The name is a person's when the article gives its last word a title
    elsewhere (`Mr. Bakr`); a subject pronoun cannot stand before a person's
    name followed by a comma or a say verb (`They Farid Bakr , a strategist`).
    Not before a noun (`We Obama supporters`), nor on a title-case line."""
    m = PERSON_AFTER.match(text, end)
    if m is None or (m.group(2) or m.group(1)) not in mentions.titled_surnames():
        return ""
    if _title_case_line(text, start):
        return ""
    return f"stands before the person's name '{m.group(1)}{' ' + m.group(2) if m.group(2) else ''}'"


def _merged_title(
    text: str, w: Words, start: int, key: str, counts: Counter[str], mentions: _Mentions
) -> tuple[int, str] | None:
    """`according to Mr. Poroshenko Middle East`: a titled name the article
    uses alone, run into a capitalised word it never follows elsewhere.

    The name pattern reads `Mr. X Y` as one three-word name, used once.  In
    good prose a capitalised word after a titled name is a suffix (`Jr.`), a
    day or month (`told Mr. Smith Tuesday`), a clause after a verb that takes
    a person and a clause (`told Mr. Smith Iowa was`), a headline's capital,
    or the rest of a longer name, which the article then writes elsewhere too
    (`Xi Jinping`, `Mr. Xi Jinping`).  When the capitalised word is itself a
    name the article uses (`Mr. Sarraj Ukraine said`), either may be the
    paste, so nothing is removed.  Returns (end of `Mr. X`, reason).
    """
    title, first, second = key.split(" ")
    short = f"{title} {first}"
    if counts[short] < 1 or second in NAME_SUFFIXES or second.casefold() in CALENDAR:
        return None
    if start >= mentions.body_end() or mentions.in_body(key) > 1:
        return None  # (a trailing line of names is no use of a name: see `_Mentions.body_end`)
    if mentions.bigram_count(first.casefold(), second.casefold()) > 1:
        return None  # `Xi Jinping` elsewhere: one name
    if counts[second] or second in mentions.first_words():
        return None  # `Mr. Sarraj Ukraine said`: the other name may be the paste
    c = _Context(text, w, start, start + len(key))
    if c.tight_before and (c.prev in TELL_VERBS or CAUSATIVE.fullmatch(c.prev) or DITRANSITIVE.fullmatch(c.prev)):
        return None
    if _title_case_line(text, start):
        return None  # `Mr. Smith Goes to Washington`
    end = start + len(short)
    if text[start:end].split() != short.split():
        return None  # (the words are one whitespace character apart)
    return end, (
        f"name used elsewhere pasted over other words: '{short}', which the article uses alone, "
        f"runs into '{second}', which never follows '{first}' elsewhere"
    )


def _position_votes(
    text: str,
    c: _Context,
    w: Words,
    i: int,
    start: int,
    end: int,
    key: str,
    mentions: _Mentions,
    lexicon: _Lexicon,
) -> Iterator[tuple[float, str]]:
    """Votes from what a name can stand before or after: a verb that needs
    `have`, a new subject, an object pronoun, a plural verb, a number, and
    (read from the article's other mentions) `the` before a name the article
    never gives a determiner."""
    prev, nxt = c.prev, c.nxt
    titled = "." in key
    # `some schools Kismayo been turned`: `been` needs `have` before it.
    if (
        c.tight_after
        and nxt == "been"
        and prev not in _HAVE_FORMS
        and key.split(" ", 1)[0].casefold() not in _HAVE_FORMS  # `Had Iowa been`, read as one name
    ):
        yield 0.85, f"is followed by '{c.nxt_raw}' with no 'have' before it"
    # `Reddick has Raleigh he would`: a name then a new subject, after a word
    # that cannot take a name and a clause (not `told Mr. Smith he`, `In Iowa
    # they`, `my son Ahmad he`).
    if (
        c.tight_before
        and c.tight_after
        and nxt in SUBJECT_PRONOUNS
        and c.nxt_raw.islower()
        and prev in BEFORE_NAME_NO_SUBJECT
        and prev not in TELL_VERBS
    ):
        yield 0.8, f"sits between '{c.prev_raw}' and the subject '{c.nxt_raw}'"
    # `voters sent Ms. Tamimi us here`: an object pronoun after a name.
    if c.tight_before and c.prev_raw[:1].islower() and c.tight_after and nxt in OBJECT_AFTER and c.nxt_raw.islower():
        yield 0.8, f"runs into the object pronoun '{c.nxt_raw}'"
    # `I ’ve Mr. Jaber seen`, `we ’ll Mr. Nasser what`: a contracted
    # auxiliary belongs to the subject before it and needs a verb.
    if (
        c.tight_before
        and prev in CONTRACTED
        and c.prev_raw.islower()
        and i > 0
        and text[w.starts[i] - 1] in "’'"
        and not (c.tight_after and nxt == "to")  # `I've Mr. Smith to thank`
        and not text[end : end + 3].lstrip(" ").startswith(("’", "'"))  # `We've Mr. Smith's word`
    ):
        yield 0.8, f"follows the contracted auxiliary '{c.prev_raw}', which needs a verb"
    if (
        titled
        and c.tight_after
        and nxt in PLURAL_VERBS
        and (prev.endswith("est") or prev in SUPERLATIVE_LIKE)
        and not (CAUSATIVE.fullmatch(prev) or DITRANSITIVE.fullmatch(prev))  # `suggest Mr. Smith have`
    ):
        # `the worst Dr. Tamimi have seen`: one person, a plural verb, where
        # a pronoun stood after a superlative.  (Not after anything else:
        # `Supporters of Mr. Smith have argued`, `Aides who work with Mr.
        # Smith are`, `Protesters against Mr. Smith have`: the plural subject
        # stands earlier.)
        yield 0.8, f"is one person before the plural verb '{c.nxt_raw}'"
    if titled and c.tight_before and prev in PLURAL_QUANTIFIERS and c.prev_raw.islower() and not (
        c.tight_after and nxt in ("and", "or")
    ):
        yield 0.8, f"follows '{c.prev_raw}', which needs a plural noun, not one person"
    # `a race that is Mr. Nasser two years away`: a person runs into a
    # number; not after a verb or preposition (`beat Mr. Smith 52 to 48`,
    # `gave Mr. Smith 5 votes`, `against Mr. Smith 3-1`).
    if (
        titled
        and c.tight_before
        and c.prev_raw.islower()
        and c.tight_after
        and (c.nxt_raw[:1].isdigit() or (nxt in NUMBER_WORDS and nxt != "one" and c.nxt_raw.islower()))
        and not _verb_like(prev)
        and not prev.endswith("s")  # `the poll puts Mr. Smith 5 points ahead`
        and prev not in IRREGULAR_PAST_FORMS
        and prev not in PREPOSITIONS
        and prev not in ("than", "vs", "versus")
        and not DITRANSITIVE.fullmatch(prev)
        and not CAUSATIVE.fullmatch(prev)
    ):
        yield 0.75, f"runs into the number '{c.nxt_raw}'"
    # `. Residents Ms. Karimi that the strikes`: a sentence-initial plural
    # common noun (one the article puts after an article) cannot take a
    # person's name and then an article or `that`; not a list (`Democrats Ms.
    # Jones and Mr. Smith`), a relative clause without `that` (`Voters Mr.
    # Smith courted stayed home`) nor a title-case line.
    if (
        titled
        and c.tight_before
        and not c.prev2
        and c.prev_raw[:1].isupper()
        and c.prev.endswith("s")
        and (c.prev in GROUP_NOUNS or lexicon.noun_only(c.prev))  # (not `Nevertheless`, `Besides`)
        and c.prev not in _FUNCTION_OR_AUXILIARY
        and c.tight_after
        and (nxt in ARTICLES or nxt == "that")  # (not `Voters Mr. Smith courted stayed home`)
        and not _title_case_line(text, start)
    ):
        yield 0.8, f"follows '{c.prev_raw}', a plural noun starting the sentence, and runs into '{c.nxt_raw}'"
    # `The regime is trying to Ms. Tamimi the city`: `to` after a verb that
    # takes only an infinitive (not `seemed to Mr. Smith`, `went to Iowa`).
    if c.tight_before and prev == "to" and c.prev2 in INFINITIVE_ONLY:
        yield 0.8, f"follows '{c.prev2} to', which needs a verb"
    # `the Kunduz were shelling`, `fight in the Virginia .`: the article never
    # gives this name a determiner and uses it bare elsewhere (`fled Kunduz .`);
    # no noun follows (`the Iowa secretary`, `the Obama administration`).
    if (
        not titled
        and c.tight_before
        and prev == "the"
        and (
            text[end : end + 2].lstrip(" ")[:1] in PUNCTUATION_AFTER_NOUN  # (not a marker: lost words)
            or (c.tight_after and nxt in _AFTER_BARE_NAME and c.nxt_raw.islower())
        )
    ):
        with_determiner, bare = mentions.used_bare(key, start)
        if not with_determiner and bare >= 2:
            yield 0.75, f"follows '{c.prev_raw}', which the article never puts before '{key}' (it writes it bare)"


#: A sentence's start, looked for this far back at most.
SENTENCE_CHARS = 300


def _demand_votes(
    text: str, c: _Context, w: Words, i: int, start: int, end: int, key: str, lexicon: _Lexicon
) -> Iterator[tuple[float, str]]:
    """Votes from a word beside the name that demands what no name gives:
    `than` a comparative, `’re` a complement and a verb, `who` right after a
    role a comma, a titled name its own place."""
    prev, nxt = c.prev, c.nxt
    titled = "." in key
    # `spending had Columbus than doubled`, `displaced Kunduz than 250,000`:
    # `than` needs a comparative before it in its sentence (`more`, `rather`,
    # `-er`); none before the name, so the name took its place.
    if c.tight_before and c.tight_after and nxt == "than" and c.nxt_raw == "than":
        lo = max(0, start - SENTENCE_CHARS)
        cut = max(text.rfind(ch, lo, start) for ch in ".!?\n")
        # (`more,` and `faster,`: punctuation attached to a comparative)
        before = [x.strip(",;:—–-()\"“”") for x in text[max(cut + 1, lo) : start].lower().split()]
        if before and not any(x in COMPARATIVES or x.endswith("er") for x in before):
            yield 0.8, f"runs into '{c.nxt_raw}' with no comparative before it in the sentence"
    # `They ’re Des Moines to change the rules`, `what they ’re Mr. Kahil is`:
    # a contracted `are`/`am` and a name as its complement, then a verb (an
    # auxiliary, or `to` and a verb; not `I'm Dr. Patel to the students`,
    # `You're Mr. Smith to everyone`, `I'm Mr. Smith being Mr. Smith`).
    if (
        c.tight_before
        and prev in ("re", "m")
        and i > 0
        and text[w.starts[i] - 1] in "’'"
        and c.tight_after
        and c.nxt_raw[:1].islower()
        and (
            (nxt in AUXILIARIES and nxt != "being")
            or (
                nxt == "to"
                and c.nxt2_raw[:1].islower()
                and c.nxt2 not in FUNCTION_WORDS
                and not c.nxt2.endswith(("one", "body", "thing"))
            )
        )
    ):
        yield 0.8, f"follows the contracted '{c.prev_raw}' and runs into the verb '{c.nxt_raw}'"
    # `the state attorney general Wisconsin who met`: a name is one of a
    # kind, so a relative clause after it is set off by a comma; without one
    # the name stands where the comma was.  Only right after a role noun (a
    # name after an adjective takes a restrictive relative: `the younger Mr.
    # Bush who`, `the real Paris which`), nor a plural name (`House
    # Republicans who`).
    if (
        c.tight_before
        and c.tight_after
        and nxt in ("who", "which")
        and c.nxt_raw.islower()
        and not _plural_name(key)
        and c.prev_raw.islower()
        and prev in ROLE_NOUNS
    ):
        yield 0.75, f"runs into '{c.nxt_raw}' with no comma, after '{c.prev_raw}'"
    # `said Lina Tamimi Mr. Moreau a state senator`: a titled name right
    # after another name, before an article or `who`, stands where the
    # comma of an apposition was (a title starts a name of its own).
    if (
        titled
        and c.tight_before
        and c.prev_raw[:1].isupper()
        and c.prev not in TITLES
        and c.prev not in CALENDAR
        and c.prev2
        and c.prev2 not in PREPOSITIONS  # `In Iowa Mr. Obama a decade earlier had won`: no comma after `In Iowa`
        and c.tight_after
        and nxt in ("a", "an", "the", "who")
        and c.nxt_raw.islower()
    ):
        yield 0.8, f"follows the name ending '{c.prev_raw}' and runs into '{c.nxt_raw}' with no comma"



# An all-capital name of two to five letters (`CNN`, `NPR`, `BBC`), which
# `NAME` does not match; not beside another capital word (`NEW YORK`, a
# dateline `RALEIGH, N.C.`), not a Roman numeral (`World War II`).
ACRONYM = regex.compile(r"(?<![\w.’'-])\p{Lu}{2,5}(?![\w.’'-])")
ROMAN = regex.compile(r"[IVXLCDM]+")
#: Time zones written after a time (`10:32 a.m. ET`).
TIME_ZONES = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET CEST IST".split())


def _acronym_splices(
    text: str, w: Words, lexicon: _Lexicon, config: Config, marker: str, mentions: _Mentions
) -> Iterator[Edit]:
    """`said in a CNN .`, `have NPR clear`: an acronym the article uses pasted like a name.

    The same votes as for names (`_name_votes`, `_grammar_votes`,
    `_position_votes`, `_demand_votes`), and an article before it that the
    article never puts there (`the NPR leader` where it always writes `NPR`;
    `a CNN poll` is kept: a noun follows), or a title (`Ms. CNN said`).  An
    acronym the article always writes after `the` (`the BBC`) is pasted with
    it and judged with it: `destroyed the the BBC bakery`, `Ms. the BBC said`.
    """
    found = [
        m for m in ACRONYM.finditer(text)
        if not ROMAN.fullmatch(m.group())
        and m.group() not in TIME_ZONES  # `10:32 a.m. ET The governor`: a time, not a name
        and not _capital_beside(text, m.start(), m.end())
    ]
    counts = Counter(m.group() for m in found)
    with_article = Counter(
        m.group()
        for m in found
        if text[max(0, m.start() - 4) : m.start()].lower().endswith(("the ", " a ", " an "))
    )
    with_the = Counter(
        m.group()
        for m in found
        if text[max(0, m.start() - 4) : m.start()] in ("the ", "The ")
        and not text[max(0, m.start() - 5) : m.start() - 4].isalnum()
    )
    for m in found:
        key = m.group()
        if counts[key] < 2:
            continue
        start, end = m.span()
        c = _Context(text, w, start, end)
        if c.tight_before and c.prev_raw == "the" and with_the[key] == counts[key]:
            start = start - 4  # `the BBC`: the article is the name's own
            c = _Context(text, w, start, end)
            if c.tight_before and c.prev in _ARTICLE_LIKE and c.prev_raw.islower():
                why = f"follows '{c.prev_raw}', which '{text[start:end]}' never takes"
                yield marker_edit(text, start, end, marker, f"name used elsewhere pasted over other words: it {why}", 0.85)
                continue
        i = bisect.bisect_left(w.starts, start) - 1
        votes = list(_name_votes(text, c, key, False, start))
        votes.extend(_grammar_votes(text, c, start, end, key, lexicon))
        votes.extend(_position_votes(text, c, w, i, start, end, key, mentions, lexicon))
        votes.extend(_demand_votes(text, c, w, i, start, end, key, lexicon))
        if (
            c.tight_before
            and c.prev in ARTICLES
            and with_article[key] == 1  # this one: the article never puts one before it elsewhere
            and (
                not c.tight_after
                or not c.nxt_raw[:1].islower()
                # (not a preposition: `The NATO after the Cold War`)
                or (c.nxt in _FUNCTION_OR_AUXILIARY and c.nxt not in PREPOSITIONS)
            )
        ):
            votes.append((0.8, f"follows '{c.prev_raw}' with no noun after it"))
        if c.between.strip() == "." and c.prev in TITLES and not c.prev_raw.isupper():
            # (`DR. FAUCI:`, a transcript's speaker label, is all capitals)
            votes.append((0.9, f"follows the title '{c.prev_raw}.', which an acronym never takes"))
        conf = combine(votes)
        if votes and conf >= config.short_splice_threshold:
            why = "; ".join(r for _, r in sorted(votes, reverse=True))
            reason = f"name used elsewhere pasted over other words: it {why}"
            yield marker_edit(text, start, end, marker, reason, conf)


#: Articles and possessives, which never stand before `the` (`destroyed the the BBC bakery`).
_ARTICLE_LIKE = frozenset("the a an his its their our my your".split())


def _capital_beside(text: str, start: int, end: int) -> bool:
    """Whether an all-capital word stands right before or after ``text[start:end]``."""
    before = text[max(0, start - 12) : start].rstrip().rsplit(None, 1)[-1:] or [""]
    after = text[end : end + 12].lstrip().split(None, 1)[:1] or [""]
    return any(len(x) > 1 and x.isupper() and x.isalpha() for x in (before[0], after[0]))


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
            first_seen = {}  # `a`/`an` + noun pairs only (a table of every pair is large)
            norms = w.norms
            for k in range(len(norms) - 1):
                if norms[k] == "a" or norms[k] == "an":
                    first_seen.setdefault((norms[k], norms[k + 1]), k)
        if first_seen.get(pair, len(w.norms)) >= bisect.bisect_left(w.starts, m.start()):
            continue
        yield marker_edit(
            text, m.start(), m.end(), marker,
            f"'{m.group()}' repeats an earlier mention and cannot be the subject of the plural verb after it",
            0.8,
        )
