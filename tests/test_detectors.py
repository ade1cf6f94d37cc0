"""Data cases for the hard detectors (speaker_tag, splice, pronoun).

Each case in ``tests/detector_cases/*.json`` names the input and the exact
set of hard edits expected on it: every listed edit must be found, and no
other speaker_tag, splice or pronoun edit may be made (precision first).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from textrepair import Kind, apply_edits, repair, short_splices

HARD = {Kind.SPEAKER_TAG, Kind.SPLICE, Kind.PRONOUN}
CASES = [
    case
    for path in sorted((Path(__file__).parent / "detector_cases").glob("*.json"))
    for case in json.loads(path.read_text(encoding="utf-8"))
]


def _matches(edit, spec) -> bool:
    if edit.kind.value != spec["kind"]:
        return False
    if "old" in spec and edit.old != spec["old"]:
        return False
    if "old_startswith" in spec and not edit.old.startswith(spec["old_startswith"]):
        return False
    if "old_endswith" in spec and not edit.old.endswith(spec["old_endswith"]):
        return False
    return "new" not in spec or edit.new == spec["new"]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=c["known_failure"], strict=True))
        if "known_failure" in c
        else c
        for c in CASES
    ],
    ids=[c["label"] for c in CASES],
)
def test_detector_case(case):
    result = repair(case["input"])
    hard = [e for e in result.edits if e.kind in HARD]
    for spec in case["edits"]:
        assert any(_matches(e, spec) for e in hard), f"missing {spec}; found {hard}"
    unexpected = [e for e in hard if not any(_matches(e, s) for s in case["edits"])]
    assert unexpected == [], f"unexpected hard edits: {unexpected}"
    assert apply_edits(result.original, result.edits) == result.text


def test_seed_hard_repairs():
    """The seed's three damaged tags are restored and its long copies found."""
    seed = (Path(__file__).parents[1] / "seeds" / "000_3ab38929497f8cf9.txt").read_text(encoding="utf-8")
    result = repair(seed)
    assert 'martyrs," he said, referring to' in result.text
    assert 'harsh conditions," he said. Four medics' in result.text
    assert 'operate in," he said.' in result.text
    long_splices = [e for e in result.edits if e.kind is Kind.SPLICE and len(e.old.split()) >= 3]
    assert len(long_splices) >= 7


NEGATIVE = [
    case
    for name in ("negative", "negative-articles")
    for case in json.loads((Path(__file__).parent / "cases" / f"{name}.json").read_text(encoding="utf-8"))
]


@pytest.mark.parametrize("kinds", [("spacing",), ("spacing", "gap")])
@pytest.mark.parametrize("case", NEGATIVE, ids=[c["label"] for c in NEGATIVE])
def test_tokenised_clean_prose_gets_no_hard_edits(case, kinds):
    """Clean paragraphs dense in repeated names, tokenised (and gapped) by the
    generator, must not trigger any speaker_tag, splice or pronoun edit."""
    from textrepair.corrupt import corrupt_text

    damaged = corrupt_text(case["input"], seed=1, kinds=set(kinds)).corrupted
    hard = [e for e in repair(damaged).edits if e.kind in HARD]
    assert hard == []


def test_readme_hard_damage_excerpt_is_the_real_output():
    """The README's before/after for speaker tags and splices shows what repair really gives."""
    root = Path(__file__).parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = readme.split("The harder damage", 1)[1].split("becomes", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    seed = (root / "seeds" / "000_3ab38929497f8cf9.txt").read_text(encoding="utf-8")
    repaired = repair(seed).text
    lines = [line.removeprefix("[...] ") for line in block.strip().splitlines()]
    assert len(lines) == 3
    for line in lines:
        assert line in repaired


@pytest.mark.parametrize("seed", range(16))
def test_long_clean_articles_get_no_hard_edits(seed):
    """Whole articles (60 sentences, 40+ name mentions, so the article-wide name
    statistics are in play), clean and tokenised: no hard edit.  These caught
    `fled Juba last year` and `asked Mr. Dawson whether` read as pasted names."""
    from textrepair.corrupt import clean_article, corrupt_text

    text = clean_article(seed, sentences=60).text
    variants = (
        text,
        corrupt_text(text, seed=seed, kinds={"spacing"}).corrupted,
        # A gap at a sentence start leaves a lowercase word after the stop
        # (`.    sites in Raleigh`): not a pasted copy.
        corrupt_text(text, seed=seed, kinds={"spacing", "gap"}).corrupted,
    )
    for variant in variants:
        assert [e for e in repair(variant).edits if e.kind in HARD] == []


@pytest.mark.parametrize("case", NEGATIVE, ids=[c["label"] for c in NEGATIVE])
def test_duplicated_clean_text_gets_no_hard_edits(case):
    """Clean text twice over (a scraper that keeps a paragraph or a whole
    article twice): every name is used twice, so the name votes are in play,
    and the second half repeats the first. Duplicated content is not a paste
    over words: no hard edit (the 120-word copies it is cut into once made
    junctions that read as breakage: `Supreme⟧ Court`)."""
    text = case["input"] + "\n\n" + case["input"]
    assert [e for e in repair(text).edits if e.kind in HARD] == []


# --- no quadratic pass in the hard detectors --------------------------------------------

HARD_PATHOLOGICAL = {
    # Each doubled name once read the rest of the text (4,000 pairs: minutes).
    "doubled names": "Aleppo Aleppo said so. " * 5000,
    "doubled names, also alone": "Aleppo Aleppo said so. Aleppo is big. " * 3000,
    "capital The copies": "The mayor said , The Center for Responsive Politics found it . " * 1600
    + "Staff at the Center for Responsive Politics agreed .",
    "pronoun before nouns": "He feared for he family . " * 4000 + "His family left.",
    "tags": '" No , " he Abu Roma, who leads the Zinki group , said . ' * 2000,
}


@pytest.mark.parametrize("name", HARD_PATHOLOGICAL)
def test_hard_detectors_are_linear(name: str) -> None:
    """Each input (about 100 KB) takes well under a second here; a quadratic pass takes minutes."""
    start = time.perf_counter()
    repair(HARD_PATHOLOGICAL[name])
    assert time.perf_counter() - start < 10.0


def test_doubled_names_are_read_against_the_text_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each distinct doubled name once read the whole text (4,000 names: 3 s,
    linear per segment, so no timing bound sees it); past `_DOUBLED_READS` the
    verdict comes from the name spans, and on this text it is the same."""
    names = ("Al" + "".join(chr(97 + i // 26**k % 26) for k in range(3)) for i in range(900))
    text = " ".join(
        f"The army said {n} {n} was shelled." + (f" {n} is far." if i % 3 else "") for i, n in enumerate(names)
    )
    assert len(text) < 50_000  # one segment
    reads: list[str] = []
    read = short_splices._always_doubled
    monkeypatch.setattr(short_splices, "_always_doubled", lambda t, key: reads.append(key) or read(t, key))
    bounded = repair(text).edits
    assert len(reads) == short_splices._DOUBLED_READS
    monkeypatch.setattr(short_splices, "_DOUBLED_READS", 10**9)
    assert repair(text).edits == bounded
    assert len(reads) > 600
