"""Fix a pronoun whose case the damage proves wrong: ``" his said`` -> ``" he said``.

Why this happens in the wild: a coreference rewrite replaced a pronoun with
another mention of the same person in the wrong case.  Right before an
attribution verb, after a closing quote or at a sentence start, only a
subject pronoun is grammatical, so the subject form of the same person is
restored.  More places prove the form: a subject pronoun after a true
preposition before a noun (``with he three children`` -> ``his``), or after
``for`` before a word that ends a noun phrase and no verb can be (``feared
for he family .`` -> ``his``; ``for he knew`` is a clause); ``they``
before a word in -s mid-sentence (``want they roads`` -> ``their``); ``he``
or ``she`` before a word the text itself uses as a noun, where no verb form
can stand (``feared for he family`` -> ``his``), and ``we``/``they`` before
such a singular noun and a verb (``" We county ca n’t`` -> ``Our``); and a
lowercase pronoun starting a sentence of tokenised text (capitalised, or the
possessive before a plural noun).  Nothing else about pronouns is touched.
"""

from __future__ import annotations

import re

from .analysis import Document, memoised
from .config import Config
from .copies import looks_english
from .edits import Edit, Kind, trusted_edit
from .wordlists import (
    AUXILIARIES,
    FUNCTION_WORDS,
    IRREGULAR_PAST_FORMS,
    MANDATIVE,
    MODALS,
    NUMBER_WORDS,
    PLAIN_ADVERBS,
    RELATIVE_PRONOUNS,
    SAY_VERBS,
)

__all__ = ["find_pronouns"]

#: Non-subject forms and the subject form of the same person.
SUBJECT_FORM = {
    "his": "he", "him": "he", "her": "she", "hers": "she", "them": "they", "their": "they",
    "us": "we", "our": "we", "me": "I", "my": "I",
}


def _by_first_letter(words: frozenset[str]) -> str:
    """An alternation of `words` grouped by first letter (``s(?:aid|ays)|t(?:old|ells)``).

    The engine then tests one branch per first letter instead of every word
    at each candidate position.  The words are letters only and the pattern
    ends them with ``\b``, so at most one can match at a position: the
    grouping changes no match.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(words):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# A non-subject pronoun before an attribution verb (`" his said`): what
# stands before the pronoun is checked with `_TAG_SUBJECT`, which ends at the
# space before the verb.
_NON_SUBJECT = r"(his|him|her|hers|them|their|us|our|me|my|His|Him|Her|Hers|Them|Their|Us|Our|Me|My)"
_TAG_SUBJECT = re.compile(r"(?:^|(?<=[\"”.?!\n])\s{1,3}|(?<=[\"”.?!] )\s{0,2})" + _NON_SUBJECT + r"\s+$")
# An article has a dozen attribution verbs (a space and a verb: `SAY_VERB` in
# tests/test_pronouns.py, which tries `_TAG_SUBJECT` before each), and only
# a few stand after a pronoun that `_TAG_SUBJECT` accepts.  Such a pronoun
# starts the text or follows one of `"”.?!` or a line break and at most three
# spaces; `_TAG_AFTER_BREAK` (which starts with that class, so the engine
# skips in C to those characters) and `_TAG_AT_START` find every verb so
# placed, and only those are checked with `_TAG_SUBJECT`.  Group 2, the
# whitespace before the verb, ends right before it.
# (Not the -s forms but `says`: `notes`, `replies`, `asks`, `recalls` are
# plural nouns too, `His notes were found in a drawer`.)
_TAG_VERBS = frozenset(v for v in SAY_VERBS if not v.endswith("s") or v == "says")
_SAY_VERB_WORD = r"(?:" + _by_first_letter(_TAG_VERBS) + r")\b"
_TAG_AFTER_BREAK = re.compile(r"[\"”.?!\n](?=\s{1,3}" + _NON_SUBJECT + r"(\s+)" + _SAY_VERB_WORD + ")")
_TAG_AT_START = re.compile(_NON_SUBJECT + r"(\s+)" + _SAY_VERB_WORD)


# A lowercase subject pronoun starting a sentence of tokenised text
# (`hell . we neighborhoods are`): tokenisers keep case, so a pasted mention
# stands there.  The sentence start proves the capital; a plural noun after it
# (`-s`, which no verb after `we` takes) proves the possessive.
# (The scan starts at the pronoun's leading space or the line start; what
# stands before it is checked on the matches in `_starts_sentence`.)
LOWERCASE_START = re.compile(r" (we|they|he|she)(?= ([^\W\d_][\w’'-]*))")
# At a line start: tried with `match` at each tokenised line's start only.
LOWERCASE_LINE_START = re.compile(r"(we|they|he|she)(?= ([^\W\d_][\w’'-]*))")
# A full stop that ends an abbreviation with a stop inside (`p.m.`, `U.S.`).
_ABBREVIATION_END = re.compile(r"(?<![^\s(])(?:[A-Za-z]\.){2,}$")
_SENTENCE_OPENING = re.compile(r'(?:^|[.?!] |[.?!] " |^" )$', re.MULTILINE)
#: Adverbs and prepositions in -s that may follow `they`/`we` (`they always`,
#: `we ourselves`).
_S_ADVERBS = frozenset(
    "always sometimes perhaps nevertheless nonetheless besides afterwards towards whereas ourselves "
    "themselves thus alas nowadays indoors outdoors overseas downstairs upstairs sideways regardless "
    "oftentimes anyways".split()
)
_NOT_PLURAL = frozenset("is was has does us this thus its his hers ours theirs yes less unless".split())


def _plural_noun(word: str) -> bool:
    w = word.lower()
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _NOT_PLURAL


def _text_nouns(text: str, doc: Document) -> frozenset[str]:
    """The words the text puts after a determiner at a noun phrase's end (its
    own nouns), built once per document for both rules that read them."""
    return memoised(doc, "pronouns.nouns", lambda: frozenset(_AFTER_DETERMINER.findall(text)))


def _for_possessive(pronoun: str, word: str, text: str, end: int) -> bool:
    """Whether `word` (ending at `end`) after ``for <pronoun>`` is a noun: a
    number; or, with punctuation, a preposition or a conjunction right after
    it (a noun phrase ends there; `for he clearly misspoke`, `for he repaid
    the loans` go on), after `he`/`she` a word that is no verb form (not -s,
    -ed, -ing, a past form, an adverb, `not`, `ought`), after `they` a plural
    noun (`for they votes`; not after `we`, which takes an appositive even
    where `us` is correct: `for we voters`)."""
    if word[0].isdigit():
        return True
    if not _NOUN_PHRASE_END.match(text, end):
        return False
    if pronoun in ("he", "she"):
        return (
            not word.endswith(("s", "ed", "ing"))
            and (not word.endswith("ly") or word in _LY_NOUNS)  # `for he clearly`, not `for he family`
            and word not in _NOT_AFTER_PRONOUN
            and word not in ("not", "ought", "very")
        )
    return pronoun == "they" and _plural_noun(word) and word not in _S_ADVERBS


#: Nouns in -ly, which is otherwise an adverb's ending.
_LY_NOUNS = frozenset("family supply rally ally assembly monopoly anomaly belly bully folly homily lily jelly".split())
#: What ends a noun phrase: punctuation, or a preposition or conjunction.
_NOUN_PHRASE_END = re.compile(r"\s*[,.;:!?\"”)]|\s+(?:of|in|on|at|to|for|with|from|by|and|or|but)\b")
#: Any ASCII capital: a text with none was lowercased whole.
_CAPITAL = re.compile(r"[A-Z]")

#: Subject pronouns and their possessive determiners.
POSSESSIVE_FORM = {"he": "his", "she": "her", "we": "our", "they": "their", "i": "my"}
#: Prepositions that are never conjunctions, so a subject pronoun cannot follow
#: them (`after he left` and `for he knew` are grammatical; `with he children` is not).
PURE_PREPOSITIONS = (
    "of in on at to with by from into onto about over under during through between against among "
    "around near without within across behind beyond upon toward towards"
)
# `with he three children`, `in we district`: a subject pronoun after a
# preposition, before a lowercase word that is not a function word.
_PREPOSITION_SET = frozenset(PURE_PREPOSITIONS.split())
# A subject pronoun and the word after it (the scan starts at the space
# before the pronoun); the preposition before it is checked on the matches.
SUBJECT_THEN_WORD = re.compile(r"\s(he|she|we|they|I)\s+([^\W_][\w’'-]*)")
_WORD_BEFORE = re.compile(r"(?:^|(?<=\W))([^\W\d_]+)\s*$")


# A subject pronoun and the two words after it, at the text start or after
# whitespace or an attached opening quote (`"We county can’t`).  The pattern
# starts with the class of the pronouns' first letters and only then looks
# back (`(?<![^\s"“].)`: nothing but whitespace or a quote before the
# pronoun) and picks the rest of the pronoun by that letter, so the engine
# skips in C to those letters (a leading `(?:^|(?<=\s))` is tried at every
# character: the scan took twice as long).  The same matches as
# `(?:^|(?<=[\s"“]))(he|she|we|they|He|She|We|They) ...` (tested).
_PRONOUN_NOUN = re.compile(
    r"([hHsSwWtT](?<![^\s\"“].)(?:(?<=[hH])e|(?<=[sS])he|(?<=[wW])e|(?<=[tT])hey)) ([a-z][a-z’'-]*) (\S+)"
)
# Words after a determiner: the text's own nouns (`his family`, `the county`).
# Only where the noun phrase ends there (punctuation, a function word or a
# possessive `’s` after the word: `the county ’s clerk`): `the recently passed
# law` or `the likely nominee` prove nothing.
# The same matches as `\b(?i:the|a|an|his|her|their|our|its|my|this|that|
# every|each) ...` (tested), written to start with the class of every
# character that case-insensitively starts a determiner (`ı` and `İ` match
# `i`), so the engine skips in C to those; it then looks back for the word
# boundary and picks the rest of the determiner by its first letter.  Twice
# as fast; it scans the whole text, once per text that has a candidate (most
# long texts).
_AFTER_DETERMINER = re.compile(
    r"[aehimotAEHIMOTİı](?<!\w.)"
    r"(?i:(?<=t)(?:he|heir|his|hat)|(?<=a)n?|(?<=h)(?:is|er)|(?<=o)ur|(?<=i)ts|(?<=m)y|(?<=e)(?:very|ach))"
    r" ([a-z][a-z’'-]*)"
    r"(?=\s*(?:[,.;:!?\"”)]|$|[’']s\b)|\s+(?:of|in|on|at|to|for|with|from|by|and|or|but|is|was|are|were|has|had|have"
    r"|will|would|could|can|said|says)\b)"
)
#: Past forms spelled like their noun (`he upset the crowd`), and words after
#: `he` that are no noun there (`he first met`, `he need not`).
_NOT_AFTER_PRONOUN = IRREGULAR_PAST_FORMS | PLAIN_ADVERBS | frozenset(
    "upset reset offset outbid thrust shut split spit wed fit need dare first last next later then now only "
    "himself herself themselves ourselves early late".split()
)
#: An attached negation (`can’t`, `won’t`, `isn’t`), cut off to read the verb.
_NEGATED = re.compile(r"n[’']t$")
#: What may follow a singular noun that follows `we`/`they`: a verb needing a subject.
_SINGULAR_VERBS = MODALS | frozenset("ca wo is was has does".split())
#: Singular-looking nouns for people, which `we`/`they` take as an appositive (`we police`).
_COLLECTIVE_PEOPLE = frozenset(
    "women men people children police clergy staff faculty youth poor public elderly wealthy rich young old "
    "military media press folk personnel crew team deaf blind laity disabled sick wounded dead unemployed "
    "homeless faithful least best better worst most".split()
) | NUMBER_WORDS  # (`we fourteen will`, `they least can afford`: no nouns there)
#: What may stand before `we`/`they` + singular noun + verb: the start of a
#: sentence or clause (a quote, a stop, a conjunction).  After a noun or `what`
#: the pronoun opens a relative clause (`the bill they sponsor will`, `what we
#: lack isn’t`), where a verb follows it.
_CLAUSE_OPENING = re.compile(
    r"(?:^|[.?!:;]\s*[\"“]?|[\"“]|\b(?:and|but|so|because|since|although|though|while|if|when|or|yet))\s*$",
    re.IGNORECASE,
)
#: Words after which `he` + base verb is grammatical: an auxiliary or a modal
#: (`did he plan`), or a subjunctive (`insisted that he leave`).
_BASE_VERB_AFTER = AUXILIARIES | frozenset("that lest if whether".split())


def _possessive_before_noun(text: str, doc: Document) -> list[Edit]:
    """`feared for he family` -> `his family`; `" We county ca n’t afford` ->
    `Our county`: a subject pronoun before a word the text itself uses as a
    noun (a determiner before it and the noun phrase ending with it elsewhere:
    `his family ,`) where no verb can stand: after `he` or
    `she` a verb would end in -s or -ed (not a past form spelled like a noun,
    and not after an auxiliary or `that`: `did he plan`, `that he leave`);
    after `we` or `they`, only a singular noun before a verb that needs a
    subject (`we parents know` is an appositive, so plurals are left alone).
    Not after a verb taking a subjunctive (`demanded he return`)."""
    out: list[Edit] = []
    for m in _PRONOUN_NOUN.finditer(text):
        old, word, after = m.group(1), m.group(2), m.group(3)
        low = old.lower()
        if word in FUNCTION_WORDS or word in AUXILIARIES or word in _NOT_AFTER_PRONOUN:
            continue
        verb = _NEGATED.sub("", after)  # untokenised `can’t`, `isn’t` read `ca`, `is`, as tokenised
        if word.endswith(("s", "ed", "ing")):  # `he fears`, `he feared`: verbs
            continue
        if low in ("we", "they") and (
            verb not in _SINGULAR_VERBS
            or word in _COLLECTIVE_PEOPLE  # `we police can’t`: an appositive
            or not _CLAUSE_OPENING.search(text, max(0, m.start() - 12), m.start())
        ):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if before is not None and (
            before.group(1).lower() in _BASE_VERB_AFTER or MANDATIVE.fullmatch(before.group(1).lower())
        ):
            continue
        nouns = _text_nouns(text, doc)  # (built at the first candidate: most texts have few)
        if word not in nouns:
            continue
        new = POSSESSIVE_FORM[low]
        new = new.capitalize() if old[0].isupper() else new
        why = (
            f"'{old}' stands before '{word}', which ends a noun phrase elsewhere in the text and no verb "
            f"after '{old}' can be"
            if low in ("he", "she")
            else f"'{old}' stands before the singular noun '{word}' and the verb '{after}'"
        )
        why = f"{why}; only the possessive '{new}' fits"
        out.append(trusted_edit(m.start(1), m.end(1), old, new, Kind.PRONOUN, why, 0.8))
    return out


def find_pronouns(text: str, config: Config | None = None, *, doc: Document | None = None) -> list[Edit]:
    """Find pronouns in a case the damage proves wrong (see the module doc); return `pronoun` edits.

    >>> from textrepair import apply_edits
    >>> t = '" We no longer have hospitals , " his said . His said so .'
    >>> apply_edits(t, find_pronouns(t))
    '" We no longer have hospitals , " he said . He said so .'
    >>> find_pronouns('" Go , " told him said nothing .')
    []
    >>> apply_edits("He fled with he three children, after he left.", find_pronouns("He fled with he three children, after he left."))
    'He fled with his three children, after he left.'
    >>> t = "Voters want they roads fixed, and they always say so."
    >>> apply_edits(t, find_pronouns(t))
    'Voters want their roads fixed, and they always say so.'

    """
    doc = doc or Document(text)
    if not looks_english(text, doc):
        return []  # English pronouns and English grammar
    edits: list[Edit] = []
    for m in SUBJECT_THEN_WORD.finditer(text):
        nxt = m.group(2)
        if not (nxt[0].islower() or nxt[0].isdigit()):
            continue
        if (nxt in FUNCTION_WORDS and nxt not in NUMBER_WORDS) or nxt in AUXILIARIES or nxt.endswith("ed"):
            continue
        if nxt in RELATIVE_PRONOUNS:
            continue  # `to she who asks`: a relative clause, no noun
        if nxt in _NOT_AFTER_PRONOUN:
            continue  # `and in he came`, `on she went`, `to he got done`: a verb or an adverb
        before = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start() + 1)
        old = m.group(1)
        if before is not None and before.group(1) in _PREPOSITION_SET:
            why = f"'{old}' stands after a preposition and before '{nxt}'"
            conf = 0.85
        elif (
            before is not None
            and before.group(1) == "for"
            and _for_possessive(old, nxt, text, m.end(2))
            # after `he`/`she` the text must use the word as a noun too (`for he
            # repaid in full`, `for he earlier, in a memo,` go on as clauses)
            and (old not in ("he", "she") or nxt[0].isdigit() or nxt in _text_nouns(text, doc))
        ):
            # `feared for he family`: `for` is a conjunction only before a
            # clause (`for he knew`), whose verb after `he` ends in -s or -ed
            # or is a past form, and after `they` never ends in -s.
            why = f"'{old}' stands after 'for' and before '{nxt}', which no verb after '{old}' can be"
            conf = 0.8
        elif old == "they" and before is not None and _plural_noun(nxt) and nxt not in _S_ADVERBS:
            # `want they roads fixed`, `switched they votes`: after `they` a
            # word in -s is no verb (`they fix`, not `they fixes`), so it is a
            # plural noun that only a possessive can precede.  Not `we`, which
            # takes an appositive noun (`we parents know`).
            why = f"'{old}' stands before '{nxt}', a plural noun (no verb after '{old}' ends in -s)"
            conf = 0.8
        else:
            continue
        new = POSSESSIVE_FORM[old.lower()]
        edits.append(
            trusted_edit(
                m.start(1), m.end(1), old, new, Kind.PRONOUN, f"{why}; only the possessive '{new}' fits", conf
            )
        )
    done = {e.start for e in edits}  # `with he family`: the preposition rule's edit already
    edits.extend(e for e in _possessive_before_noun(text, doc) if e.start not in done)
    # The offset of the (last) space before each attribution verb that can
    # have a tag subject before it (see `_TAG_AFTER_BREAK`); one verb may be
    # reached from two breaks (`.\n his said`), hence the set.
    verbs = {m.end(2) - 1 for m in _TAG_AFTER_BREAK.finditer(text)}
    first = _TAG_AT_START.match(text)
    if first:
        verbs.add(first.end(2) - 1)
    for v in sorted(verbs):
        tag = _TAG_SUBJECT.search(text, max(0, v - 12), v + 1)
        if tag is None:
            continue
        old = tag.group(1)
        new = SUBJECT_FORM[old.lower()]
        if old[0].isupper() and new != "I":
            new = new.capitalize()
        edits.append(
            trusted_edit(
                tag.start(1), tag.end(1), old, new, Kind.PRONOUN,
                f"'{old}' is the subject of the attribution verb after it; the subject form is '{new}'",
                0.9,
            )
        )
    # (A text with no capital at all was lowercased whole: a lowercase
    # sentence start proves nothing there.  `looks_english` judges the case of
    # texts of eight words or more; this covers the shorter ones.)
    cased = _CAPITAL.search(text) is not None
    for s, e in doc.tokenised_spans if cased else ():
        first = LOWERCASE_LINE_START.match(text, s, e)
        found = LOWERCASE_START.finditer(text, s, e)
        for m in ([first, *found] if first else found):
            opening = _SENTENCE_OPENING.search(text, max(s, m.start(1) - 4), m.start(1))
            if opening is None:
                continue
            old, nxt = m.group(1), m.group(2)
            if opening.group().endswith('" ') and (
                nxt in SAY_VERBS or nxt.endswith("ed") or opening.group()[:1] in "?!"
            ):
                continue  # `? " she asked`, `! " she shouts`: the attribution after a closing quote
            if text[max(0, opening.start() - 1) : opening.start() + 1] == ".." or _ABBREVIATION_END.search(
                text, max(0, opening.start() - 8), opening.start() + 1
            ):
                continue  # `I thought ... we could`, `at 10 p.m. he missed`: no sentence end
            if _plural_noun(nxt):
                new = POSSESSIVE_FORM[old].capitalize()
                why = f"and '{nxt}' is a plural noun, which only a possessive can precede"
            else:
                new = old.capitalize()
                why = "so it takes a capital"
            edits.append(
                trusted_edit(
                    m.start(1), m.end(1), old, new, Kind.PRONOUN,
                    f"'{old}' starts a sentence of tokenised text in lowercase (a pasted mention), {why}",
                    0.8,
                )
            )
    edits.sort()
    return edits
