"""Seeded generator of damaged news articles, with ground truth.

Why: the damage textrepair repairs comes from a particular chain of tools,
and detectors can only be judged on text where the truth is known.  This
module writes clean news-style prose (`clean_article`) and damages it the way
the seed article was damaged (`corrupt_article`), recording every damaged span
(`Damage`) over the corrupted text and the best text any tool could recover
(`CorruptedArticle.achievable`).

The damage model, in the order the real pipeline applied it:

1. **The dump** drops every whitespace-delimited chunk that holds a hyphenated
   word (``rebel-held``, ``al-Moallem,`` with its comma) but keeps the spaces
   around it, and pads dashes (``Lebanon  —   The``).
2. **A tokeniser** (PTB/spaCy style) splits punctuation, clitics and
   initialisms off and joins tokens with one space: ``Aleppo , Syria``,
   ``ca n’t``, ``country ’s``, ``W. H. O.``, ``" We ... , " he said .``; every
   run of spaces grows by one (gaps of 3-5 spaces, dashes ``   —    ``).
3. **A coreference-style corruption** pastes mentions over other tokens, in
   their *dump* form (untokenised, gaps one space narrower):

   - ``speaker_tag``: the verb of ``" he said`` overwritten by the speaker's
     description: ``" he Abu Roma, who uses ..., referring``;
   - ``pronoun``: ``" his said``; a possessive turned subject (``we neighborhoods``);
   - ``splice`` (detail ``long``, 3+ words): an earlier mention pasted over a
     pronoun, the name after ``Mr.``, a sentence boundary or a word;
   - ``splice`` (detail ``short``, 1-2 words): a name from the document pasted
     over one or two tokens (``in one hand Aleppo of incubators``), or now and
     then between two words (``a basement Al Jazeera and placed``);
   - ``repeated_word``: a long splice starting with ``the`` pasted after ``the``
     (``allied with the the Syrian government``);
   - ``debris``: a trailing line of names (``\\n Mr. Assad Syria Syria ``).

The prose comes from vocabulary and templates shipped in
``textrepair/data/newsprose.json`` (two story worlds: the seed's war and aid
reporting, and state politics; all names invented).  `corrupt_text` damages
your own prose instead.

Everything is a pure function of its arguments: the same seed gives the same
article, byte for byte.

>>> art = corrupt_article(clean_article(3, sentences=6), seed=3)
>>> art == corrupt_article(clean_article(3, sentences=6), seed=3)
True
>>> all(art.corrupted[d.start:d.end] == d.text for d in art.damage)
True
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import regex
from rapidfuzz.distance import Levenshtein

from .config import DEFAULT_MARKER
from .edits import Edit, Kind

__all__ = [
    "COPY_KINDS",
    "DAMAGE_KINDS",
    "DEFAULT_INTENSITY",
    "CleanArticle",
    "CorruptedArticle",
    "Damage",
    "clean_article",
    "corrupt_article",
    "corrupt_text",
    "parse_article",
    "tokenise",
    "word_distance",
    "word_tokens",
]

#: Every kind the generator can produce.  ``spacing`` is the tokeniser and the
#: padded dashes, ``gap`` the dropped hyphenated words; the rest are step 3.
DAMAGE_KINDS: frozenset[Kind] = frozenset(Kind)

#: The kinds made by pasting a copy over other words (step 3 of the model).
COPY_KINDS: frozenset[Kind] = frozenset({Kind.SPEAKER_TAG, Kind.SPLICE, Kind.PRONOUN, Kind.REPEATED_WORD})

#: The default damage level: about half the seed's density of pasted copies
#: (1.0 is about the seed's density per word; the generated prose quotes more
#: than the seed, so attributions, and damaged ones, are about twice as dense).
DEFAULT_INTENSITY = 0.5

# ---------------------------------------------------------------------------
# Ground truth
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Damage:
    """One damaged span of a corrupted text.

    ``start``/``end`` index the corrupted text, like an `Edit`'s offsets index
    the text given to `repair`; ``text`` is what the corrupted text holds there.

    `detail` refines the kind: for ``splice`` it is ``short`` (a pasted copy of
    1-2 words) or ``long`` (3 or more); for ``pronoun`` ``tag`` or
    ``possessive``; for ``spacing`` ``token`` (a tokeniser split), ``dash`` or
    ``debris-space``; empty otherwise.  `words` is the number of words of a
    pasted copy (0 for other kinds).

    **Matching.**  An edit *matches* a damage span when its kind is in
    `accepts` and the two spans overlap (share at least one character; an
    empty edit matches when it sits inside the span or at either end).
    `accepts` is the damage's own kind, plus the kind of an enclosing copy for
    a gap or padded dash inside a pasted copy, or a tokeniser's space right
    beside one (removing the copy also removes them), plus ``splice`` for a
    doubled ``the`` made by a splice, plus ``speaker_tag`` for a long splice
    over the verb of ``" he said`` (restoring the verb repairs it exactly).
    For precision, `excuses` is used.

    >>> d = Damage(Kind.GAP, 7, 11, "    ")
    >>> d.matched_by(Edit(7, 11, "    ", " [...] ", Kind.GAP, "gap"))
    True
    >>> d.matched_by(Edit(11, 12, " ", "", Kind.SPACING, "x"))
    False
    """

    kind: Kind
    start: int
    end: int
    text: str
    detail: str = ""
    words: int = 0
    accepts: frozenset[Kind] = field(default=frozenset())

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"Damage offsets must satisfy 0 <= start <= end, got {self.start}:{self.end}")
        if not self.accepts:
            object.__setattr__(self, "accepts", frozenset({self.kind}))

    def __repr__(self) -> str:
        detail = f"/{self.detail}" if self.detail else ""
        shown = self.text if len(self.text) <= 24 else self.text[:11] + "…" + self.text[-11:]
        return f"Damage({self.kind.value}{detail} {self.start}:{self.end} {shown!r})"

    @property
    def label(self) -> str:
        """The name this damage is reported under: the kind, or ``splice/short`` and ``splice/long``."""
        return f"splice/{self.detail}" if self.kind is Kind.SPLICE else self.kind.value

    def overlaps(self, start: int, end: int) -> bool:
        """Whether the span ``start:end`` overlaps this one (see the class docstring)."""
        if start == end:
            return self.start <= start <= self.end
        if self.start == self.end:
            return start <= self.start <= end
        return start < self.end and self.start < end

    def matched_by(self, edit: Edit) -> bool:
        """Whether `edit` repairs (part of) this damage: kind accepted and spans overlap."""
        return edit.kind in self.accepts and self.overlaps(edit.start, edit.end)

    def excuses(self, edit: Edit) -> bool:
        """Whether `edit` touches this damage closely enough not to be a false positive.

        True when it matches, and also when the edit and this damage are both
        of the pasted-copy family (`COPY_KINDS`) and overlap: a splice edit
        removing a speaker tag's copy takes out damaged text, not good prose,
        though it does not count as finding the speaker tag.
        """
        if self.matched_by(edit):
            return True
        return edit.kind in COPY_KINDS and self.kind in COPY_KINDS and self.overlaps(edit.start, edit.end)


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """Clean news-style prose with the structure the corrupter needs.

    `tokens` are ``(start, end)`` offsets of PTB-style tokens in `text`;
    `mentions` are ``(first_token, end_token, tag)`` (`tag` names the entity,
    ``""`` if none); `referents` maps a pronoun's token index to its entity
    tag; `speakers` maps a speaker's tag to the index of their introducing
    mention; `names` are short names (1-2 words) that occur in the text.
    """

    text: str
    tokens: tuple[tuple[int, int], ...]
    mentions: tuple[tuple[int, int, str], ...]
    referents: Mapping[int, str]
    speakers: Mapping[str, int]
    names: tuple[str, ...]

    def __repr__(self) -> str:
        return f"CleanArticle({len(self.text)} chars, {len(self.tokens)} tokens, {len(self.mentions)} mentions)"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{self!r}  # text={self.text!r}")

    def token(self, i: int) -> str:
        s, e = self.tokens[i]
        return self.text[s:e]


@dataclass(frozen=True, slots=True)
class CorruptedArticle:
    """A damaged article and its ground truth.

    clean
        The article as written.
    corrupted
        The damaged text, what you would give to `repair`.
    achievable
        The best any tool could recover: `clean` with every run of words no
        tool can know replaced by the marker ``[...]``.  Unrecoverable: words
        dropped by the dump (with punctuation in their chunk) and tokens
        overwritten by a pasted splice.  Recoverable, so kept as in `clean`:
        tokenisation, padded dashes, an attribution verb overwritten by a
        speaker tag (the document's own attributions prove ``said``/``says``),
        a pronoun's case, doubled words and debris (removed).
    damage
        Every damaged span, sorted by position (see `Damage`).
    """

    clean: str
    corrupted: str
    achievable: str
    damage: tuple[Damage, ...]
    seed: int
    kinds: frozenset[Kind]
    intensity: float

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={v}" for k, v in sorted(self.counts.items()))
        return f"CorruptedArticle(seed={self.seed}, {len(self.corrupted)} chars, damage: {counts or 'none'})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        # Hypothesis and IPython print examples with this: the summary and the
        # damaged text, not every field.
        printer.text(f"{self!r}  # corrupted={self.corrupted!r}")

    @property
    def counts(self) -> Mapping[str, int]:
        """Number of damaged spans per label (``splice/short`` and ``splice/long`` apart)."""
        return MappingProxyType(dict(Counter(d.label for d in self.damage)))

    def spans(self, kind: Kind | str, detail: str | None = None) -> tuple[Damage, ...]:
        """The damage of one kind (and detail, if given)."""
        k = Kind(kind)
        return tuple(d for d in self.damage if d.kind is k and (detail is None or d.detail == detail))

    def residual(self, repaired: str) -> float:
        """Word-level damage left in `repaired`, relative to the damage in `corrupted`.

        ``word_distance(repaired, achievable) / word_distance(corrupted, achievable)``:
        0.0 is a perfect repair, 1.0 no better than doing nothing, above 1.0
        worse.  An undamaged article gives 0.0 if `repaired` is achievable, else 1.0.
        """
        base = word_distance(self.corrupted, self.achievable)
        left = word_distance(repaired, self.achievable)
        if base == 0:
            return 0.0 if left == 0 else 1.0
        return left / base


#: Words for the residual-damage measure: the marker, a clitic (``’s``, ``’t``:
#: so ``Assad’s`` and ``Assad ’s`` compare equal), a word with inner dots or
#: hyphens (``W.H.O``), or one punctuation mark.  A split contraction still
#: counts: ``ca n’t`` is ``ca n ’t``, ``can’t`` is ``can ’t``.
WORD_TOKEN = regex.compile(r"\[\.\.\.\]|[’']\w+|\w+(?:[.\-]\w+)*|[^\w\s]")


def word_tokens(text: str) -> list[str]:
    """Split text into the words the residual-damage measure compares.

    >>> word_tokens("We ca n’t , " + "she said [...] here.")
    ['We', 'ca', 'n', '’t', ',', 'she', 'said', '[...]', 'here', '.']
    """
    words: list[str] = WORD_TOKEN.findall(text)
    return words


def word_distance(a: str, b: str) -> int:
    """Levenshtein distance between the word tokens of two texts.

    >>> word_distance("he said , referring", "he said, referring")
    0
    >>> word_distance("he Abu Roma , referring", "he said, referring")
    2
    """
    return int(Levenshtein.distance(word_tokens(a), word_tokens(b)))


# ---------------------------------------------------------------------------
# Clean prose
# ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, object]:
    data = resources.files("textrepair").joinpath("data/newsprose.json").read_text(encoding="utf-8")
    vocab: dict[str, object] = json.loads(data)
    return vocab


_SLOT = regex.compile(r"\{(\w+)\}|\[\[|\]\]")
_TITLE_OF = {"he": "Mr.", "she": "Ms."}


class _Filler:
    """Fills templates, keeping the character spans of mentions and pronouns."""

    def __init__(self, env: dict[str, str], tags: dict[str, str]) -> None:
        self.env = env
        self.tags = tags  # slot -> entity tag: a filled slot is a mention (or a pronoun) of it

    def fill(self, template: str, out: list[str], pos: int, mentions: list[tuple[int, int, str]],
             pronouns: list[tuple[int, int, str]], extra: dict[str, str] | None = None) -> int:
        stack: list[int] = []
        last = 0
        for m in _SLOT.finditer(template):
            lit = template[last : m.start()]
            out.append(lit)
            pos += len(lit)
            last = m.end()
            tok = m.group(0)
            if tok == "[[":
                stack.append(pos)
            elif tok == "]]":
                mentions.append((stack.pop(), pos, ""))
            else:
                name = m.group(1)
                value = (extra or {}).get(name, self.env.get(name))
                if value is None:
                    raise KeyError(f"template slot {{{name}}} has no value")
                start = pos
                pos = self.fill(value, out, pos, mentions, pronouns, extra)
                tag = (extra or {}).get(name + "#tag", self.tags.get(name, ""))
                if tag.startswith("pron:"):
                    pronouns.append((start, pos, tag[5:]))
                elif tag:
                    mentions.append((start, pos, tag))
        lit = template[last:]
        out.append(lit)
        return pos + len(lit)


def clean_article(seed: int | random.Random = 0, *, sentences: int = 24) -> CleanArticle:
    """Write a clean news article of about `sentences` sentences.

    The prose imitates a wire report: a dateline, quotes with attributions
    (``"...," he said.``), speakers introduced with a description
    (``said Abu Roma, who uses a nom de guerre ...``), names repeated across
    sentences, titles (``Mr.``), numbers, abbreviations (``the W.H.O.``),
    curly-apostrophe contractions and hyphenated words.

    >>> a = clean_article(1, sentences=5)
    >>> a.text == clean_article(1, sentences=5).text
    True
    >>> len(a.tokens) > 40 and '"' in a.text
    True
    """
    if isinstance(seed, bool) or not isinstance(seed, (int, random.Random)):
        raise TypeError(f"clean_article() takes seed as int or random.Random, not {type(seed).__name__}")
    if not isinstance(sentences, int) or not 1 <= sentences <= 1000:
        raise ValueError(f"clean_article() takes sentences between 1 and 1000, got {sentences!r}")
    rng = seed if isinstance(seed, random.Random) else random.Random(seed)
    base = _vocabulary()
    # A story world: the seed's (war and aid) or state politics; the world's
    # own lists replace the base ones.
    world: dict[str, object] = rng.choice(base["domains"])  # type: ignore[arg-type]
    v = {**base, **world}

    def pick(key: str) -> object:
        return rng.choice(v[key])  # type: ignore[arg-type]

    place: dict[str, str] = pick("places")  # type: ignore[assignment]
    org: dict[str, str] = pick("organisations")  # type: ignore[assignment]
    leader: dict[str, str] = pick("leaders")  # type: ignore[assignment]
    env: dict[str, str] = dict(place)
    env.update(
        org=org["full"],
        orgabbr=org["abbr"],
        leader=leader["full"],
        leader_short=leader["short"],
        media=str(pick("media")),
        monitor=str(pick("monitors")),
        agency=str(pick("agencies")),
        group=str(pick("groups")),
        group_long=str(pick("group_long")),
        month=str(pick("months")),
        year=str(rng.randint(2009, 2015)),
        they="they",
    )
    env["monitor_short"] = env["monitor"]
    env["official"] = f"{pick('men')} {pick('hyphen_surnames')}, {pick('official_titles')}"
    tags = {"group_long": "group", "they": "pron:group", "org": "org", "leader": "leader", "official": "official"}

    # Speakers: each has an introducing mention "Name, description" and a pronoun.
    n_speakers = max(1, min(5, sentences // 6 + 1))
    speakers: list[dict[str, str]] = []
    used_names: set[str] = set()
    while len(speakers) < n_speakers:
        fighter = rng.random() < 0.25 and bool(v["noms_de_guerre"])
        gender = "he" if fighter or rng.random() < 0.65 else "she"
        if fighter:
            name = str(pick("noms_de_guerre"))
            desc = str(pick("fighter_descriptions"))
            mention, short = f"{name}, {desc}", name
        else:
            first = str(pick("men" if gender == "he" else "women"))
            last = str(pick("surnames"))
            name = f"{first} {last}"
            # `Name, the head of ...` or `Name, who ...`, as the seed introduces speakers.
            desc = str(pick("who_descriptions" if rng.random() < 0.3 else "speaker_descriptions"))
            desc = desc.replace("{his}", "his" if gender == "he" else "her")
            desc = desc.replace("{spokes}", "spokesman" if gender == "he" else "spokeswoman")
            title = "Dr." if ("doctor" in desc or "neurosurgeon" in desc) else _TITLE_OF[gender]
            mention, short = f"{name}, {desc}", f"{title} {last}"
        if name in used_names or short in used_names:
            continue
        used_names.update((name, short))
        speakers.append({"mention": mention, "short": short, "he": gender, "tag": f"speaker{len(speakers)}"})

    narrative = list(v["narrative"])  # type: ignore[call-overload]
    rng.shuffle(narrative)
    filler = _Filler(env, tags)
    out: list[str] = []
    mentions: list[tuple[int, int, str]] = []
    pronouns: list[tuple[int, int, str]] = []
    intros: dict[str, tuple[int, int]] = {}
    starts: list[int] = []
    pos = 0

    def per_sentence() -> dict[str, str]:
        return {
            "num": str(rng.randint(11, 99)),
            "small": str(rng.randint(3, 9)),
            "bignum": str(pick("big_numbers")),
            "day": str(pick("days")),
            "hyadj": str(pick("hyphen_adjectives")),
        }

    # Slots drawn from decks only when the template uses them, so a deck is
    # not spent on sentences that do not show it.
    decked = {"quote": "quotes", "quote2": "quotes", "np": "noun_phrases", "clause": "clauses"}

    def sentence(template: str, extra: dict[str, str]) -> None:
        nonlocal pos
        for slot, deck in decked.items():
            if "{" + slot + "}" in template:
                extra[slot] = draw(deck)
        if "{clause_cap}" in template:
            clause = draw("clauses")
            extra["clause_cap"] = clause[0].upper() + clause[1:]
        if out:
            out.append(" ")
            pos += 1
        starts.append(pos)
        before = len(mentions)
        pos = filler.fill(template, out, pos, mentions, pronouns, extra)
        for s, e, tag in mentions[before:]:
            if tag.startswith("speaker") and tag not in intros:
                intros[tag] = (s, e)

    decks: dict[str, list[str]] = {}

    def draw(key: str) -> str:
        """The next item of a shuffled deck: no clause or phrase repeats until all are used."""
        deck = decks.setdefault(key, [])
        if not deck:
            deck.extend(str(x) for x in v[key])  # type: ignore[attr-defined]
            rng.shuffle(deck)
        return deck.pop()


    lead = f"{env['dateline']} — " + str(pick("lead"))
    sentence(lead, per_sentence())
    introduced: list[dict[str, str]] = []
    current: dict[str, str] = speakers[0]
    for n in range(1, sentences):
        extra = per_sentence()
        waiting = [s for s in speakers if s not in introduced]
        r = rng.random()
        if waiting and (r < 0.22 or (sentences - n) <= 2 * len(waiting)):
            spk = current = waiting[0]
            introduced.append(spk)
            extra.update(SPEAKER=spk["mention"], he=spk["he"], mr=spk["short"])
            extra["SPEAKER#tag"] = spk["tag"]
            extra["he#tag"] = "pron:" + spk["tag"]
            sentence(str(pick("intro")), extra)
        elif introduced and r < 0.5:
            # A pronoun refers to the speaker named last; naming another
            # speaker (`Mr. Kahil said`) makes them the current one.
            template = str(pick("follow"))
            spk = current
            if "{mr}" in template and len(introduced) > 1 and rng.random() < 0.5:
                spk = rng.choice(introduced)
            current = spk
            extra.update(he=spk["he"], mr=spk["short"])
            extra["he#tag"] = "pron:" + spk["tag"]
            extra["mr#tag"] = spk["tag"] + ":short"
            sentence(template, extra)
        else:
            if not narrative:
                narrative.extend(v["narrative"])
            sentence(narrative.pop(), extra)
    chars = list("".join(out))
    for s in starts:  # a sentence may start with a slot such as `the BBC`
        while s < len(chars) and chars[s] in '"“':
            s += 1
        if s < len(chars):
            chars[s] = chars[s].upper()
    text = "".join(chars)
    return _annotate(text, mentions, pronouns, intros, speakers, env)


def _annotate(
    text: str,
    mentions: list[tuple[int, int, str]],
    pronouns: list[tuple[int, int, str]],
    intros: dict[str, tuple[int, int]],
    speakers: list[dict[str, str]],
    env: dict[str, str],
) -> CleanArticle:
    tokens = tokenise(text)
    starts = {s: i for i, (s, _) in enumerate(tokens)}
    ends = {e: i + 1 for i, (_, e) in enumerate(tokens)}
    tok_mentions: list[tuple[int, int, str]] = []
    speaker_at: dict[str, int] = {}
    best: dict[tuple[int, int], str] = {}
    for s, e, tag in mentions:
        if not best.get((s, e)):
            best[(s, e)] = tag
    for (s, e), tag in sorted(best.items()):
        while e > s and text[e - 1] in " ,":  # a mention never ends in its comma
            e -= 1
        if s in starts and e in ends and ends[e] > starts[s]:
            if tag.startswith("speaker") and intros.get(tag, (None,))[0] == s and tag not in speaker_at:
                speaker_at[tag] = len(tok_mentions)
            tok_mentions.append((starts[s], ends[e], tag))
    referents = {starts[s]: tag for s, e, tag in pronouns if s in starts}
    names = [env["city"], env["country"], env["media"], env["leader_short"], env["capital"]]
    names += [sp["short"] for sp in speakers]
    present = []
    for nm in dict.fromkeys(names):
        if 1 <= len(nm.split()) <= 2 and _contains_word(text, nm):
            present.append(nm)
    for pron in ("We", "They"):
        if regex.search(r'"' + pron + r"\b", text):
            present.append(pron)
    return CleanArticle(
        text,
        tuple(tokens),
        tuple(tok_mentions),
        MappingProxyType(referents),
        MappingProxyType(speaker_at),
        tuple(present),
    )


# ---------------------------------------------------------------------------
# The tokeniser (step 2) and the dump (step 1)
# ---------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "Mr. Mrs. Ms. Dr. Gen. Sen. Rep. Gov. St. Lt. Col. Sgt. Capt. Prof. Rev. Jan. Feb. Aug. Sept. "
    "Oct. Nov. Dec. Inc. Co. Corp. Jr. Sr. No. vs.".split()
)
_INITIALISM = regex.compile(r"(?:\p{Lu}\.){2,}")
_INITIAL = regex.compile(r"\p{Lu}\.")
_PREFIX = frozenset('"(“‘$')
_SUFFIX = frozenset('"),;:?!”%')
_CLITIC_END = regex.compile(r"(?i)(?<=\w)(n[’']t|[’'](?:s|ve|re|ll|d|m))$")
_PLURAL_POSSESSIVE = regex.compile(r"(?<=s)[’']$")
_HYPHENATED = regex.compile(r"\w-\w")


def tokenise(text: str) -> list[tuple[int, int]]:
    """PTB/spaCy-style tokens of clean prose, as ``(start, end)`` offsets.

    >>> t = 'Aleppo, the country’s city, can’t wait," the W.H.O. said.'
    >>> [t[s:e] for s, e in tokenise(t)]  # doctest: +NORMALIZE_WHITESPACE
    ['Aleppo', ',', 'the', 'country', '’s', 'city', ',', 'ca', 'n’t', 'wait', ',', '"',
     'the', 'W.', 'H.', 'O.', 'said', '.']
    """
    out: list[tuple[int, int]] = []
    for m in regex.finditer(r"\S+", text):
        s, e = m.span()
        head: list[tuple[int, int]] = []
        tail: list[tuple[int, int]] = []
        while s < e and text[s] in _PREFIX:
            head.append((s, s + 1))
            s += 1
        while s < e:
            ch = text[e - 1]
            word = text[s:e]
            # A full stop is split off unless it ends an abbreviation (`Mr.`,
            # `W.H.O.`) or an initial (`J.`).
            sentence_stop = ch == "." and e - s > 1 and not (
                word in _ABBREVIATIONS or _INITIALISM.fullmatch(word) or _INITIAL.fullmatch(word)
            )
            if ch in _SUFFIX or sentence_stop:
                tail.append((e - 1, e))
                e -= 1
            elif (c := _CLITIC_END.search(word)) is not None and c.start() > 0:
                tail.append((s + c.start(), e))
                e = s + c.start()
            elif (p := _PLURAL_POSSESSIVE.search(word)) is not None and p.start() > 1:
                tail.append((s + p.start(), e))
                e = s + p.start()
            else:
                break
        core: list[tuple[int, int]] = []
        if s < e:
            if _INITIALISM.fullmatch(text, s, e):
                core = [(s + a.start(), s + a.end()) for a in _INITIAL.finditer(text[s:e])]
            else:
                core = [(s, e)]
        out.extend(head + core + tail[::-1])
    return out


# ---------------------------------------------------------------------------
# Corruption
# ---------------------------------------------------------------------------

# Rates at intensity 1.0, counted on the seed article (1,400 words, 7 `" he
# said` attributions): 2 tags overwritten by a description and 1 `his said`;
# 1 possessive turned subject; ~7 long and ~14 short splices; one doubled
# `the`; a debris line.  Per word unless noted.
_RATE_SPEAKER_TAG = 0.3  # per `" he said`
_RATE_PRONOUN_TAG = 0.15  # per `" he said`
_RATE_POSSESSIVE = 1 / 1400
_RATE_LONG = 7 / 1400
_RATE_SHORT = 18 / 1400  # a fifth of the draws find no free site
_RATE_DOUBLED = 1 / 1400
_RATE_DEBRIS = 0.9  # per article

# Width of the run a dropped chunk leaves in the dump (one more once tokenised):
# the seed has 4-space gaps in the tokenised text, 3 in pasted copies.
_GAP_WIDTHS = (2, 3, 4)
_GAP_WEIGHTS = (0.2, 0.7, 0.1)
# The dump's padding of a dash: `Aleppo  —   including`; tokenised, one more each side.
_DASH_PAD = (2, 3)

# Function words that never double in grammatical English: a copy that
# repeats one at its edge leaves `repeated_word` damage.
_FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "of", "and", "or", "with", "from", "his", "its", "their", "our", "my", "these", "those", "this"]
)
_SUBJECT_TO_TAG_CASE = {"he": "his", "she": "her", "He": "His", "She": "Her"}
_POSSESSIVE_TO_SUBJECT = {"our": "we", "their": "they", "my": "I", "his": "he", "Our": "We", "Their": "They"}
_LONG_TARGET_PRONOUNS = frozenset(["they", "them", "he", "she", "it", "him"])
_TITLES = frozenset(("Mr.", "Ms.", "Mrs.", "Dr."))
_WORD = regex.compile(r"\w")
_DASHES = frozenset("—–")
_OPENERS = frozenset('"(“‘[')


@dataclass
class _Op:
    i: int  # first visible token replaced
    j: int  # end (exclusive); i == j inserts
    new: str
    kind: Kind
    detail: str
    lost: bool  # whether the replaced tokens are unrecoverable
    inner: list[tuple[int, int, Kind, str]]
    words: int = 0
    also: frozenset[Kind] = frozenset()  # other kinds whose edit repairs it


class _Corrupter:
    def __init__(self, art: CleanArticle, kinds: frozenset[Kind], rng: random.Random) -> None:
        self.art = art
        self.kinds = kinds
        self.rng = rng
        text = art.text
        toks = art.tokens
        n = len(toks)
        # Chunks: a token starts a chunk when whitespace precedes it.
        chunk = []
        c = -1
        for s, _ in toks:
            if s == 0 or text[s - 1].isspace():
                c += 1
            chunk.append(c)
        self.chunk = chunk
        chunk_has_hyphen: dict[int, bool] = {}
        for i, (s, e) in enumerate(toks):
            if _HYPHENATED.search(text, s, e):
                chunk_has_hyphen[chunk[i]] = True
        drop = Kind.GAP in kinds
        self.dropped = [drop and chunk_has_hyphen.get(chunk[i], False) for i in range(n)]
        # One dump width per run of dropped tokens, keyed by the run's first token.
        self.gap_width: dict[int, int] = {}
        for i in range(n):
            if self.dropped[i] and (i == 0 or not self.dropped[i - 1]):
                self.gap_width[i] = rng.choices(_GAP_WIDTHS, _GAP_WEIGHTS)[0]
        self.visible = [i for i in range(n) if not self.dropped[i]]
        self.pos_of = {t: k for k, t in enumerate(self.visible)}

    # -- rendering helpers ---------------------------------------------------

    def chunk_start(self, i: int) -> bool:
        """Whether token i starts a whitespace-delimited chunk of the clean text."""
        return i == 0 or self.chunk[i - 1] != self.chunk[i]

    def _dropped_between(self, a: int, b: int) -> int:
        """Dump width of the dropped run between consecutive visible tokens a < b (0 if none)."""
        return self.gap_width.get(a + 1, 0) if b > a + 1 else 0

    def _join(self, a: int, b: int, tokenised: bool) -> tuple[str, Kind | None, str]:
        """Whitespace between visible tokens a < b, with its damage kind and detail."""
        extra = 1 if tokenised else 0
        w = self._dropped_between(a, b)
        if w:
            return " " * (w + extra), Kind.GAP, ""
        tb, ta = self.art.token(b), self.art.token(a)
        if Kind.SPACING not in self.kinds:
            # The dump's dash padding belongs to the `spacing` family too.
            return ("", None, "") if self.chunk[a] == self.chunk[b] else (" ", None, "")
        if tb in _DASHES:
            return " " * (_DASH_PAD[0] + extra), Kind.SPACING, "dash"
        if ta in _DASHES:
            return " " * (_DASH_PAD[1] + extra), Kind.SPACING, "dash"
        if self.chunk[a] == self.chunk[b]:
            return (" ", Kind.SPACING, "token") if tokenised else ("", None, "")
        return " ", None, ""

    def copy_of(self, first: int, end: int) -> tuple[str, list[tuple[int, int, Kind, str]], int]:
        """The dump form of tokens first..end-1: untokenised, gaps one space narrower."""
        vis = [i for i in range(first, end) if not self.dropped[i]]
        parts: list[str] = []
        inner: list[tuple[int, int, Kind, str]] = []
        pos = 0
        for k, i in enumerate(vis):
            if k:
                ws, kind, detail = self._join(vis[k - 1], i, tokenised=False)
                if kind is not None and ws:
                    inner.append((pos, pos + len(ws), kind, detail))
                parts.append(ws)
                pos += len(ws)
            tok = self.art.token(i)
            parts.append(tok)
            pos += len(tok)
        text = "".join(parts)
        return text, inner, len(text.split())

    # -- choosing damage -------------------------------------------------------

    def plan(self, counts: Mapping[Kind | str, int]) -> list[_Op]:
        art, rng = self.art, self.rng
        used: set[int] = set()  # visible positions taken (with a one-token margin checked)
        ops: list[_Op] = []
        V = self.visible
        nv = len(V)

        def free(i: int, j: int) -> bool:
            lo, hi = max(0, i - 1), min(nv, max(j, i + 1) + 1)
            return all(k not in used for k in range(lo, hi)) and i >= 3

        def take(op: _Op) -> None:
            used.update(range(op.i, max(op.j, op.i + 1)))
            ops.append(op)

        def tok(k: int) -> str:
            return art.token(V[k])

        def mention_copy(m: tuple[int, int, str]) -> tuple[str, list[tuple[int, int, Kind, str]], int]:
            return self.copy_of(m[0], m[1])

        # Speaker tags: `" he said` -> `" he <description>`.
        tag_sites = []
        for k in range(1, nv - 1):
            t = V[k]
            ref = art.referents.get(t, "")
            if ref.startswith("speaker") and tok(k - 1) == '"' and tok(k + 1) in ("said", "says"):
                tag_sites.append((k, ref))
        rng.shuffle(tag_sites)
        want = counts.get(Kind.SPEAKER_TAG, 0)
        for k, ref in tag_sites:
            if want <= 0:
                break
            mi = art.speakers.get(ref)
            if mi is None or art.mentions[mi][1] > V[k] or not free(k + 1, k + 2):
                continue
            new, inner, words = mention_copy(art.mentions[mi])
            take(_Op(k + 1, k + 2, new, Kind.SPEAKER_TAG, "", False, inner, words))
            want -= 1
        # Pronoun case: `" his said`; possessive turned subject: `we neighborhoods`.
        want = counts.get(Kind.PRONOUN, 0)
        sites = [(k, "tag") for k, _ in tag_sites if tok(k) in _SUBJECT_TO_TAG_CASE]
        sites += [
            (k, "possessive") for k in range(3, nv - 1)
            if tok(k) in _POSSESSIVE_TO_SUBJECT and _WORD.match(tok(k + 1)) and tok(k + 1).islower()
        ]
        rng.shuffle(sites)
        for k, detail in sites:
            if want <= 0:
                break
            if not free(k, k + 1):
                continue
            table = _SUBJECT_TO_TAG_CASE if detail == "tag" else _POSSESSIVE_TO_SUBJECT
            take(_Op(k, k + 1, table[tok(k)], Kind.PRONOUN, detail, False, []))
            want -= 1
        # Long mentions available as sources (3+ words in their dump form).
        longs = []
        for m in art.mentions:
            new, inner, words = mention_copy(m)
            if words >= 3:
                longs.append((m, new, inner, words))
        pasted: Counter[str] = Counter()

        def fresh(cands: list[Any]) -> Any:
            """A source, preferring the ones pasted least so far (the seed rarely repeats one)."""
            least = min(pasted[c[1]] for c in cands)
            choice = rng.choice([c for c in cands if pasted[c[1]] == least])
            pasted[choice[1]] += 1
            return choice

        # Doubled determiners: a long copy starting with `the` pasted after `the`.
        want = counts.get(Kind.REPEATED_WORD, 0)
        the_longs = [x for x in longs if x[1].startswith("the ")]
        positions = [k for k in range(4, nv - 2) if tok(k - 1) == "the" and _WORD.match(tok(k))]
        rng.shuffle(positions)
        for k in positions:
            if want <= 0:
                break
            span = 1 + (rng.random() < 0.5 and _WORD.match(tok(k + 1)) is not None)
            if not free(k, k + span):
                continue
            if Kind.SPLICE in self.kinds:
                cands = [x for x in the_longs if x[0][1] <= V[k - 1]]
                if not cands:
                    continue
                m, new, inner, words = fresh(cands)
                take(_Op(k, k + span, new, Kind.SPLICE, "long", True, inner, words))
            else:
                take(_Op(k, k, "the", Kind.REPEATED_WORD, "", False, []))
            want -= 1
        def is_tag_verb(k: int) -> bool:
            return tok(k) in ("said", "says") and tok(k - 1).lower() in ("he", "she", "they") and tok(k - 2) == '"'

        # Long splices over a pronoun, the name after a title, a sentence end or a word.
        want = counts.get(Kind.SPLICE, 0)
        long_want = (want + 1) // 2 if counts.get("splice/long") is None else counts["splice/long"]
        short_want = want - long_want if counts.get("splice/short") is None else counts["splice/short"]
        targets = []
        for k in range(4, nv - 1):
            word, prev, nxt = tok(k), tok(k - 1), tok(k + 1)
            if word in _LONG_TARGET_PRONOUNS:
                targets.append((k, 1, art.referents.get(V[k], "")))
            elif (prev in _TITLES and word[:1].isupper()) or (word == "." and nxt[:1].isupper()):
                targets.append((k, 1, ""))
            elif _WORD.match(word) and rng.random() < 0.15:
                targets.append((k, 1 + (rng.random() < 0.3 and _WORD.match(nxt) is not None), ""))
        rng.shuffle(targets)
        for k, span, ref in targets:
            if long_want <= 0:
                break
            if not free(k, k + span):
                continue
            cands = [x for x in longs if x[0][1] <= V[k] - 1]
            if not cands:
                continue
            preferred = [x for x in cands if ref and x[0][2] == ref.split(":")[0]]
            m, new, inner, words = fresh(preferred or cands)
            replaced = " ".join(tok(q) for q in range(k, k + span))
            if new == replaced:
                continue
            if span == 1 and is_tag_verb(k):
                # Over the verb of `" he said`: as a speaker tag's copy, it
                # proves the verb, which restoring it repairs.
                take(_Op(k, k + 1, new, Kind.SPLICE, "long", False, inner, words, frozenset({Kind.SPEAKER_TAG})))
            else:
                take(_Op(k, k + span, new, Kind.SPLICE, "long", True, inner, words))
            long_want -= 1
        # Short splices: a name from the document over one or two tokens, or
        # (one in seven) pasted between two words without overwriting any.
        names = [n for n in art.names if not _HYPHENATED.search(n)]
        tag_verbs = {k + 1 for k, _ in tag_sites}  # `" he said`: the speaker-tag family's site

        def spliceable(k: int) -> bool:
            t = tok(k)
            return t in ".," or (_WORD.match(t) is not None and self.chunk_start(V[k]))

        spots = [k for k in range(4, nv - 2) if k not in tag_verbs and spliceable(k)]
        rng.shuffle(spots)
        for k in spots:
            if short_want <= 0 or not names:
                break
            span = 1 + (rng.random() < 0.3 and spliceable(k + 1) and k + 1 not in tag_verbs)
            if rng.random() < 1 / 7 and _WORD.match(tok(k)) and self.chunk_start(V[k]):
                span = 0
            if not free(k, k + span):
                continue
            name = rng.choice(names)
            replaced = " ".join(tok(q) for q in range(k, k + span))
            neighbours = (tok(k - 1).lower(), tok(k + max(span, 1)).lower())
            if name.lower() == replaced.lower() or name.lower() in neighbours:
                continue
            take(_Op(k, k + span, name, Kind.SPLICE, "short", True, [], len(name.split())))
            short_want -= 1
        return sorted(ops, key=lambda o: (o.i, o.j))

    def counts_for(self, intensity: float) -> dict[Kind | str, int]:
        """Draw how much damage of each kind to place, from per-site rates."""
        rng = self.rng

        def binomial(n: int, p: float) -> int:
            return sum(1 for _ in range(n) if rng.random() < p)

        art = self.art
        n_tags = sum(1 for t in art.referents.values() if t.startswith("speaker"))
        s = sum(1 for k in self.visible if _WORD.match(art.token(k)))  # words
        out: dict[Kind | str, int] = {
            Kind.SPEAKER_TAG: binomial(n_tags, _RATE_SPEAKER_TAG * intensity),
            Kind.PRONOUN: (
                binomial(n_tags, _RATE_PRONOUN_TAG * intensity) + binomial(s, _RATE_POSSESSIVE * intensity)
            ),
            Kind.REPEATED_WORD: binomial(s, _RATE_DOUBLED * intensity),
            "splice/long": binomial(s, _RATE_LONG * intensity),
            "splice/short": binomial(s, _RATE_SHORT * intensity),
            Kind.DEBRIS: int(rng.random() < _RATE_DEBRIS * intensity),
        }
        out[Kind.SPLICE] = int(out["splice/long"]) + int(out["splice/short"])
        return out

    def debris_line(self, count: int, body: str) -> str:
        """A trailing line of 2-4 names that occur in the damaged body."""
        names = [
            n for n in self.art.names
            if n not in ("We", "They") and not _HYPHENATED.search(n)
            and all(w[:1].isupper() for w in n.split())
            and _contains_word(body, n)
        ]
        if not names or count <= 0:
            return ""
        rng = self.rng
        picked = [rng.choice(names) for _ in range(rng.randint(2, 4))]
        words = " ".join(picked).split()
        if len(words) < 3 and len(set(words)) == len(words):
            picked.append(picked[-1])
        return "\n " + " ".join(picked) + " "

    # -- rendering -------------------------------------------------------------

    def render(self, ops: list[_Op], debris_count: int) -> tuple[str, str, list[Damage]]:
        art = self.art
        V = self.visible
        tokenised = Kind.SPACING in self.kinds
        by_start = {op.i: op for op in ops}
        by_end = {op.j - 1: op for op in ops if op.j > op.i}
        out: list[str] = []
        damage: list[Damage] = []
        pos = 0

        def emit(s: str, kind: Kind | None = None, detail: str = "", accepts: Iterable[Kind] = (),
                 words: int = 0) -> None:
            nonlocal pos
            if kind is not None and s:
                acc = frozenset({kind, *accepts})
                damage.append(Damage(kind, pos, pos + len(s), s, detail, words, acc))
            out.append(s)
            pos += len(s)

        k = 0
        prev: int | None = None  # last visible position rendered
        while k < len(V):
            op = by_start.get(k)
            if prev is not None:
                ws, wkind, wdetail = self._join(V[prev], V[k], tokenised)
                if op is not None and wdetail == "token":
                    # The token the split detached is overwritten: once the copy
                    # is removed, this space separates the marker, no artifact.
                    wkind = None
                after = by_end.get(prev)
                beside = [o.kind for o in (op, after) if o is not None]
                emit(ws, wkind, wdetail, beside)
            if op is None:
                emit(art.token(V[k]))
                prev = k
                k += 1
                continue
            start = pos
            # A copy whose first word repeats the word before it (`the the
            # Syrian government`) also leaves a doubled word; likewise at its
            # end.  Not across a gap: `the    the` is a dropped word, not a doubling.
            words = op.new.split()
            if prev is not None and ws == " " and words and words[0].lower() == art.token(V[prev]).lower() \
                    and words[0].lower() in _FUNCTION_WORDS:
                damage.append(Damage(Kind.REPEATED_WORD, start, start + len(words[0]), words[0], "", 0,
                                     frozenset({Kind.REPEATED_WORD, op.kind})))
            nxt = max(op.j, op.i + 1) if op.i == op.j else op.j
            if op.i != op.j and nxt < len(V) and self._join(V[op.j - 1], V[nxt], tokenised)[0] == " " \
                    and words and words[-1].lower() == art.token(V[nxt]).lower() \
                    and words[-1].lower() in _FUNCTION_WORDS:
                end = start + len(op.new)
                damage.append(Damage(Kind.REPEATED_WORD, end - len(words[-1]), end, words[-1], "", 0,
                                     frozenset({Kind.REPEATED_WORD, op.kind})))
            emit(op.new, op.kind, op.detail, op.also, op.words)
            for a, b, kind, detail in op.inner:
                damage.append(Damage(kind, start + a, start + b, op.new[a:b], detail, 0,
                                     frozenset({kind, op.kind})))
            if op.i == op.j:  # an insertion: the token follows
                emit(" ")
                emit(art.token(V[k]))
                prev = k
                k += 1
            else:
                prev = op.j - 1
                k = op.j
        debris = self.debris_line(debris_count, "".join(out))
        if debris:
            emit(debris, Kind.DEBRIS)
        corrupted = "".join(out)
        damage.sort(key=lambda d: (d.start, d.end))
        return corrupted, self.achievable(ops), damage

    def achievable(self, ops: list[_Op]) -> str:
        art = self.art
        text = art.text
        V = self.visible
        lost = [False] * len(art.tokens)
        op_of = {}
        for op in ops:
            if op.lost:
                for q in range(op.i, op.j):
                    lost[V[q]] = True
                    op_of[V[q]] = id(op)
        out: list[str] = []
        prev_lost: object = None
        for i, (s, e) in enumerate(art.tokens):
            why: object = "dropped" if self.dropped[i] else op_of.get(i) if lost[i] else None
            if why is not None:
                if why != prev_lost:
                    # A marker stands apart, except right after an opening quote
                    # or bracket: `"[...] and staff`, `Commission [...] A spokesman`.
                    attached = s > 0 and not text[s - 1].isspace() and text[s - 1] in _OPENERS
                    if out and not attached:
                        out.append(" ")
                    out.append(DEFAULT_MARKER)
                prev_lost = why
                continue
            if s > 0 and text[s - 1].isspace() or (prev_lost is not None and _WORD.match(text, s)):
                out.append(" ")
            out.append(text[s:e])
            prev_lost = None
        return "".join(out)


def corrupt_article(
    article: CleanArticle | str,
    seed: int = 0,
    *,
    kinds: Iterable[Kind | str] = DAMAGE_KINDS,
    intensity: float = DEFAULT_INTENSITY,
    counts: Mapping[Kind | str, int] | None = None,
) -> CorruptedArticle:
    """Damage a clean article the way the seed was damaged; return it with its ground truth.

    `kinds` chooses the damage families (`Kind` values or their strings);
    `intensity` (0 to 1) scales how many copies are pasted (1.0 is about the
    seed's density); `counts` instead fixes how many of each to place, by kind
    (``Kind.SPLICE`` is split evenly, or give ``"splice/long"`` and
    ``"splice/short"``); fewer are placed when the article has too few sites.
    ``spacing`` and ``gap`` apply everywhere when chosen.  A plain string is
    accepted as the article (see `corrupt_text`).

    >>> art = corrupt_article(clean_article(7, sentences=12), seed=7, kinds={"gap", "spacing"})
    >>> sorted({d.kind.value for d in art.damage}) in (['gap', 'spacing'], ['spacing'])
    True
    >>> corrupt_article(clean_article(7), seed=7, intensity=2)
    Traceback (most recent call last):
    ...
    ValueError: corrupt_article() takes intensity between 0 and 1, got 2
    """
    if isinstance(article, str):
        article = parse_article(article)
    if not isinstance(article, CleanArticle):
        raise TypeError(f"corrupt_article() takes a CleanArticle or str, not {type(article).__name__}")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise TypeError(f"corrupt_article() takes seed as int, not {type(seed).__name__}")
    if isinstance(intensity, bool) or not isinstance(intensity, (int, float)) or not 0 <= intensity <= 1:
        raise ValueError(f"corrupt_article() takes intensity between 0 and 1, got {intensity!r}")
    kind_set = _kinds(kinds, "corrupt_article")
    rng = random.Random(seed)
    c = _Corrupter(article, kind_set, rng)
    if counts is None:
        wanted = c.counts_for(float(intensity))
    else:
        wanted = {}
        for key, value in counts.items():
            if not isinstance(value, int) or value < 0:
                raise ValueError(f"corrupt_article() takes counts as non-negative ints, got {key}={value!r}")
            wanted[key if key in ("splice/long", "splice/short") else Kind(key)] = value
    wanted = {
        k: v for k, v in wanted.items()
        if (Kind.SPLICE if k in ("splice/long", "splice/short") else k) in kind_set
    }
    if Kind.SPLICE not in wanted and ("splice/long" in wanted or "splice/short" in wanted):
        wanted[Kind.SPLICE] = int(wanted.get("splice/long", 0)) + int(wanted.get("splice/short", 0))
    ops = c.plan(wanted)
    corrupted, achievable, damage = c.render(ops, int(wanted.get(Kind.DEBRIS, 0)))
    return CorruptedArticle(
        article.text, corrupted, achievable, tuple(damage), seed, kind_set, float(intensity)
    )


def _kinds(kinds: Iterable[Kind | str], func: str) -> frozenset[Kind]:
    if isinstance(kinds, (str, Kind)):
        kinds = [kinds]
    out = set()
    for k in kinds:
        try:
            out.add(Kind(k))
        except ValueError:
            allowed = ", ".join(x.value for x in Kind)
            raise ValueError(f"{func}() takes kinds from {{{allowed}}}, got {k!r}") from None
    return frozenset(out)


# ---------------------------------------------------------------------------
# Any clean prose
# ---------------------------------------------------------------------------

# `said Name Name, description.` / `Name Name, description, said`: a speaker
# introduced with an appositive; the mention runs to the end of the appositive.
_INTRO = regex.compile(
    r"(?:(?<=\bsaid )|(?<=\bsays ))((?:\p{Lu}[\p{L}.’'\-]*\s){1,3}?\p{Lu}[\p{L}’'\-]*,\s[^.\"]{8,}?)(?=[.,]\s|\.$)"
)
_CAP_NAME = regex.compile(
    r"(?<=[a-z,] )(?:(?:Mr|Ms|Mrs|Dr)\. )?\p{Lu}[\p{Ll}’'\-]+(?: \p{Lu}[\p{Ll}’'\-]+)?(?![\p{L}’'])"
)
_TAG = regex.compile(r'(?<=[,?!]" )(he|she)(?= (?:said|says)\b)')


def _contains_word(text: str, phrase: str) -> bool:
    """Whether `phrase` occurs in `text` with no word character on either side.

    A substring search, not a pattern built per phrase: the `regex` module
    shrinks its compile cache with the global `random` (which Hypothesis
    forbids inside strategies), and a cache of one-off patterns is waste.
    """
    i = text.find(phrase)
    while i != -1:
        j = i + len(phrase)
        if (i == 0 or not _is_word_char(text[i - 1])) and (j == len(text) or not _is_word_char(text[j])):
            return True
        i = text.find(phrase, i + 1)
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def parse_article(text: str) -> CleanArticle:
    """Read the structure the corrupter needs from any clean prose.

    Speakers are found from introductions (``said Name Surname, description.``),
    attributions from ``," he said``, short names from capitalised words
    inside sentences, and long mentions from the introductions.  Use it on your
    own clean prose; `clean_article` writes prose with exact annotations.

    >>> a = parse_article('"We are tired," said Rania Haddad, a teacher in Homs. "We left," she said.')
    >>> a.token(a.mentions[0][0]), a.names
    ('Rania', ('Rania Haddad', 'Homs'))
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_article() takes text as str, not {type(text).__name__}")
    mentions: list[tuple[int, int, str]] = []
    pronouns: list[tuple[int, int, str]] = []
    intros: dict[str, tuple[int, int]] = {}
    speakers: list[dict[str, str]] = []
    last_speaker = ""
    events = [(m.start(1), "intro", m) for m in _INTRO.finditer(text)]
    events += [(m.start(1), "tag", m) for m in _TAG.finditer(text)]
    for _, what, m in sorted(events, key=lambda x: x[0]):
        if what == "intro":
            last_speaker = f"speaker{len(speakers)}"
            speakers.append({"short": "", "tag": last_speaker})
            intros[last_speaker] = m.span(1)
            mentions.append((m.start(1), m.end(1), last_speaker))
        elif last_speaker:
            pronouns.append((m.start(1), m.end(1), last_speaker))
    names = list(dict.fromkeys(m.group(0) for m in _CAP_NAME.finditer(text)))
    env = {"city": "", "country": "", "media": "", "leader_short": "", "capital": ""}
    art = _annotate(text, mentions, pronouns, intros, speakers, env)
    names = [n for n in names if n not in ("The", "But", "And", "He", "She", "It", "In", "A")]
    return CleanArticle(art.text, art.tokens, art.mentions, art.referents, art.speakers, tuple(names))


def corrupt_text(
    text: str,
    seed: int = 0,
    *,
    kinds: Iterable[Kind | str] = DAMAGE_KINDS,
    intensity: float = DEFAULT_INTENSITY,
) -> CorruptedArticle:
    """Damage your own clean prose (see `parse_article` for what it reads from it).

    >>> art = corrupt_text("Aleppo, Syria, was hit on Sunday.", seed=1, kinds={"spacing"})
    >>> art.corrupted
    'Aleppo , Syria , was hit on Sunday .'
    >>> art.achievable
    'Aleppo, Syria, was hit on Sunday.'
    """
    return corrupt_article(parse_article(text), seed, kinds=kinds, intensity=intensity)
