"""Closed-class word lists used by the context checks of the detectors.

Lowercase; compare against ``word.casefold()``.  A few patterns built from
them, which more than one detector reads, are kept here too.
"""

from __future__ import annotations

import re

import regex

DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your some any no every each "
    "both all another such".split()
)
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand million billion dozens several many few".split()
)
SUBJECT_PRONOUNS = frozenset("he she they we i".split())
OBJECT_PRONOUNS = frozenset("him them us me it her".split())
#: Relative pronouns: a clause goes on after them (`he who waits`, `Abu Hamza, who asked`).
RELATIVE_PRONOUNS = frozenset("who whom whose which that".split())
#: The subject pronouns a pasted mention capitalises (`From We on`); `I` always is.
CAPITALISED_SUBJECTS = frozenset(p.capitalize() for p in SUBJECT_PRONOUNS if p != "i")
MODALS = frozenset("might could would should will can may must shall".split())
PREPOSITIONS = frozenset(
    "of in on at to for with by from into onto about over under after before during since "
    "through between against among around near without within across behind beyond upon".split()
)
CONJUNCTIONS = frozenset("and or but nor yet so because although though while whereas if unless".split())
#: Words that commonly start a sentence; one of these capitalised right after a
#: word, with no punctuation between, means a sentence boundary was lost.
SENTENCE_STARTERS = frozenset(
    "the a an in on at but and he she it they we i this that these those there as when while "
    "after before although however his her their its our for if so yet "
    "many most several some few what why where".split()
)
TITLES = frozenset(
    "mr mrs ms dr gen sen rep gov st lt col sgt capt prof rev maj cmdr adm pres supt insp".split()
)
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)
#: Attribution verbs seen after a quote (`" he said`).
SAY_VERBS = frozenset(
    "said says told tells added adds asked asks explained explains continued continues wrote "
    "writes noted notes recalled recalls insisted insists warned warns replied replies".split()
)

FUNCTION_WORDS = (
    DETERMINERS
    | NUMBER_WORDS
    | SUBJECT_PRONOUNS
    | OBJECT_PRONOUNS
    | MODALS
    | PREPOSITIONS
    | CONJUNCTIONS
    | SENTENCE_STARTERS
)

#: Auxiliary and attribution verbs: what usually follows a name or a pronoun.
AUXILIARIES = frozenset(
    "is are was were be been being has have had do does did will would can could may might must shall should".split()
) | SAY_VERBS
ARTICLES = frozenset(("the", "a", "an"))
#: Words that must be followed by one particular word (`according to`).
REQUIRES_NEXT = {"according": "to", "able": "to", "unable": "to", "instead": "of", "rather": "than"}
#: Past forms of irregular verbs that do not end in -ed (`Mr. Smith rose`,
#: `the money Mr. Smith spent`): a verb, not a noun, after a name.
IRREGULAR_PAST_FORMS = frozenset(
    "arose awoke was were bore beat became began bent bet bid bit bled blew broke bred brought broadcast "
    "built burnt burst bought cast caught chose clung came cost crept cut dealt dug did drew dreamt drank "
    "drove dwelt ate fell fed felt fought found fled flung flew forbade forecast forgot forgave froze got "
    "gave went ground grew hung had heard hid hit held hurt kept knelt knew laid led leapt learnt left lent "
    "let lay lit lost made meant met mistook overcame overran overtook oversaw paid proved put quit read rid "
    "rode rang rose ran sawn said saw sought sold sent set shook shed shone shot showed shut sang sank sat "
    "slew slept slid slung slit smelt sowed spoke sped spelt spent spilt spun spat split spoilt spread sprang "
    "stood stole stuck stung stank strode struck strung strove swore swept swam swung took taught tore told "
    "thought threw thrust trod understood undertook underwent upset woke wore wove wed wept won wound withdrew "
    "withheld withstood wrung wrote misled upheld rebuilt overthrew outspent overrode outran foresaw rewrote "
    "retook shrank undid befell overheard overpaid oversold outdid outgrew".split()
)
#: Adverbs without -ly that may follow a name (`Mr. Smith never`, `Iowa often`).
PLAIN_ADVERBS = frozenset(
    "never always often already just even almost soon perhaps maybe rather quite ever seldom sometimes "
    "still yet also too again instead anyway nonetheless nevertheless meanwhile otherwise therefore thus "
    "hence indeed outright together alone aboard abroad overseas afterward afterwards beforehand "
    "once twice thrice much far well ago apart".split()
)
#: Lowercase particles inside names (`Dr. Ayman al-Zawahri`, `Mr. bin Salman`, `Ms. van Dyke`).
NAME_PARTICLES = frozenset("al el ul bin ibn ben van von de da di du der la le dos das del della".split())
#: Verbs that take a person and then a noun or adjective (`declared Mr. Smith
#: winner`, `held Mr. Smith responsible`), by their stems.
OBJECT_COMPLEMENT = (
    "declar", "pronounc", "hold", "held", "deem", "render", "proclaim", "crown", "dub", "label", "brand", "styl",
    "term", "judg", "rat", "rul", "certif", "want", "like", "prefer", "believ", "think", "thought", "presum",
    "prov", "set", "drive", "drove", "push", "paint", "consider", "find", "found", "elect", "appoint", "nam",
    "mak", "made", "call", "keep", "kept", "leav", "left", "get", "got", "see", "saw", "seen", "imagin", "pictur",
)

#: Lines a scraper keeps from the page around the article (NYT's
#: `Advertisement` and `Continue reading the main story` between paragraphs).
#: When a pipeline flattens the lines, they run into the next sentence with no
#: punctuation; they are never names, pasted copies or speakers.
BOILERPLATE = (
    "Advertisement", "Continue reading the main story", "Supported by", "Read more", "Related Coverage",
    "Related Articles", "Skip to main content",
)
# A page line of `BOILERPLATE` right before a position (a flattened scrape).
BOILERPLATE_BEFORE = re.compile("(?:" + "|".join(map(re.escape, BOILERPLATE)) + r")\s+$")

#: Nouns that make `NAME a/the ...` a time adverbial (`hired Mr. Smith a year ago`).
TIME_WORDS = frozenset(
    "year years week weeks day days month months decade decades time times few couple little bit lot "
    "second minute minutes hour hours night morning evening afternoon next following same previous last "
    "other first century season".split()
)
# `American`, `Syrian`, `Chinese`, `British`, `Israeli`: adjectives, which
# stand before lowercase nouns by nature.
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic")
# Two lists of the words before a modal that make it an inversion, not a
# subject's verb, one a detector.  They differ, and are kept apart: each
# detector was written and measured with its own, and merging them would
# change which modals each detector's votes pass over.
#: For long copies (`splices`): after one of these, a modal may open an
#: inverted clause before a copy (`How might the government respond?`,
#: `Nor could the United States`).
INVERSION_CUES = frozenset("how what why when where who whom which whose nor neither only then so not".split())
#: For short names (`short_splices`), before a modal, a negated auxiliary or
#: be/have and then the name: ``Nor could Syria``, ``never has Ohio``,
#: ``as would Ms. Kowalski``.  Twelve words more than `INVERSION_CUES`
#: (`never`, `rarely`, `seldom`, `hardly`, `little`, `once`, `twice`,
#: `nowhere`, `longer`, `else`, `as`, `than`), and without its `then`.
INVERSION_TRIGGERS = frozenset(
    "what when where why how who whom which whose nor neither so only never rarely seldom hardly little "
    "once twice nowhere longer else as than not".split()
)
#: Verbs that take a person and then a noun phrase (`told Mr. Smith the news`),
#: by their stems; a name followed by a determiner after anything else is broken.
DITRANSITIVE = regex.compile(
    r"(?:giv|gave|tell|told|offer|send|sent|show|ask|teach|taught|bring|brought|hand|lend|lent|owe|"
    r"promis|grant|award|deny|denie|pay|paid|charg|cost|win|won|earn|buy|bought|mak|made|get|got|"
    r"call|nam|elect|appoint|consider|find|found|keep|kept|leav|left|wish|allow|sav|spar|assign|"
    r"guarantee|feed|fed|serv|read|writ|wrote|sell|sold|pass|throw|threw|bet)\w*"
)

#: Common English function words.  In English news prose about one word in
#: four is one of them (the fewest in the hand-written negatives: one in ten);
#: in French, Spanish or German prose almost none is.  The grammar the hard
#: detectors read is English grammar, so they stand down on text where fewer
#: than one word in 25 is one of these (`Le président Emmanuel Macron a
#: déclaré` has no pasted name before the verb `a`).
ENGLISH_MARKERS = frozenset(
    "the of and to that is was for with said he it as at by his from have has are were be but not this "
    "they we she which who".split()
)

#: Adjectives of nationality (`The Malian state television channel`), for the
#: words a sentence-case phrase may capitalise; endings alone would take
#: `The Atlantic`, `The Vatican` too.
NATIONALITIES = frozenset(
    "afghan albanian algerian american angolan argentine armenian australian austrian azerbaijani "
    "bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese burundian "
    "cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech "
    "danish djiboutian dutch ecuadorean ecuadorian egyptian emirati eritrean estonian ethiopian filipino "
    "finnish french georgian german ghanaian greek guatemalan guinean haitian honduran hungarian indian "
    "indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean "
    "kosovar kurdish kuwaiti kyrgyz lebanese liberian libyan lithuanian macedonian malagasy malawian "
    "malaysian malian mauritanian mexican moldovan mongolian moroccan mozambican namibian nepalese nicaraguan "
    "nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese "
    "qatari romanian russian rwandan salvadoran saudi senegalese serbian leonean singaporean slovak slovenian "
    "somali sudanese spanish swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish turkmen "
    "ugandan ukrainian uruguayan uzbek venezuelan vietnamese yemeni zambian zimbabwean "
    "arab african asian european".split()
)

#: Verbs that take a subjunctive (`demanded that the United States not
#: interfere`, `demanded he return the money`), by their stems: after them a
#: subject may stand before a bare verb.
MANDATIVE = re.compile(r"(?:demand|insist|urg|ask|request|requir|order|suggest|propos|recommend|prefer)\w*")
#: Nouns for a role, which follow a name as part of a title (`the United Nations Secretary
#: General`) and come before a name in apposition (`the state attorney general Wisconsin`).
ROLE_NOUNS = frozenset(
    "secretary chairman chairwoman chair president spokesman spokeswoman spokesperson director chief "
    "minister envoy ambassador official officials leader leaders head commissioner executive member "
    "members deputy general governor senator representative mayor commander special".split()
)
#: Words that make a later `than` grammatical (`more`, `rather`, `other`,
#: `prefer`); any `-er` word counts too (`later`, `higher`).
COMPARATIVES = frozenset(
    "more less fewer rather other else different differently prefer prefers preferred better worse worst "
    "further farther".split()
)
