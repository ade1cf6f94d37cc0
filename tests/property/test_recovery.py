"""Recovery: on generated damage, the detectors find what they found before.

A fixed sample of generated articles (`SAMPLE_DOCS` documents from seed
`SAMPLE_SEED`, the same every run) is repaired and scored against its ground
truth with `textrepair.evaluate`.  Per-kind recall and precision must reach the
floors below, and residual damage must stay under the ceiling.  Each detector
is also measured alone (`Config.only(kind)`): with every detector on, one
kind's damage can be repaired by another (a splice edit removes the doubled
`the` it made), which would hide a broken detector.

RATCHET RULE: the floors are set just below what the detectors reach on this
sample.  They are only ever RAISED (and the ceiling only ever lowered) as
detectors improve -- never loosened to make a change pass.  A change that
lowers a rate is a regression to fix, or a trade-off to argue for in review.
``python -m textrepair.evaluate`` shows the current rates on a larger sample.
"""

from __future__ import annotations

import pytest

from textrepair import Config, Kind
from textrepair.corrupt import CorruptedArticle
from textrepair.evaluate import LABELS, QualityReport, evaluate, generate

pytestmark = pytest.mark.property

SAMPLE_DOCS = 60
SAMPLE_SEED = 20260
SAMPLE_INTENSITY = 1.0  # about the seed article's density, as in the report

# Reached on the sample when set (2026-11-25): in the comment after each.
RECALL_FLOOR: dict[str, float] = {
    "spacing": 0.99,  # 0.999
    "gap": 0.99,  # 1.000
    "repeated_word": 0.99,  # 1.000
    "debris": 0.99,  # 1.000
    "speaker_tag": 0.97,  # 0.985
    "splice/long": 0.73,  # 0.744
    # 0.326 before issue 4's grammar votes (modal, n't, verb group, titled
    # name before a noun or non-verb, determiner, comma, quote, acronyms;
    # titled names ending like demonyms no longer skipped): 0.406.  Earlier
    # lowered twice from 0.40 (0.413) as argued trade-offs, precision first:
    # the article-wide name-usage vote fired on clean long articles (`fled
    # Juba last year`, `whether Mr. Ortega himself`, `a senior Hamas
    # official`: tests/cases/negative-articles.json) and was removed; demonyms,
    # days, `a registered Republican` and `accused Israel of` no longer count.
    # Raised from 0.41 (0.423) after the position votes and the merged-title
    # rule of docs/splices.md (issue 4, second round): 0.448.  0.444 after
    # session 4 (its reviews' precision fixes cost more than its new votes
    # gained on this sample).
    "splice/short": 0.44,  # 0.444
    # 0.870 (0.826 before session 3's possessive rule; 0.859 after that
    # session's review narrowed it; 0.880 with session 4's `for he family`
    # rule and the possessive `’s` as proof of a noun; lowered from 0.87 to
    # 0.86 the same session when its fifth review made `for he` need the
    # text's own proof of the noun: `for he repaid in full` is a clause)
    "pronoun": 0.86,
}
PRECISION_FLOOR: dict[str, float] = {
    "spacing": 0.99,  # 0.998
    "gap": 0.99,  # 1.000
    "repeated_word": 0.99,  # 1.000
    "debris": 0.99,  # 1.000
    "speaker_tag": 0.98,  # 1.000
    "splice/long": 0.98,  # 1.000
    "splice/short": 0.96,  # 0.984
    "pronoun": 0.98,  # 1.000
}
# 0.732 is what the spacing, gap, repeated-word and debris detectors alone
# reach; with every detector it was 0.177, then 0.158, then 0.153, then
# 0.149, and is 0.142 now (session 4: tags take the untokenised rest of a
# pasted description).
RESIDUAL_CEILING = 0.15

# Recall of each detector run alone (`Config.only(kind)`) on its own kind.
ISOLATED_RECALL_FLOOR: dict[str, float] = {
    "spacing": 0.99,  # 1.000
    "gap": 0.99,  # 1.000
    # 0.909 (20 of 22): alone, the detector deliberately leaves a splice's
    # `the The nonpartisan` and `a A group` as possible titles (`the The
    # Hague office`).  (0.952, 20 of 21, until a generator fix changed the
    # sample: the clean template had `more than more than 1.2 million`.)
    "repeated_word": 0.90,
    "debris": 0.99,  # 1.000
    "speaker_tag": 0.97,  # 0.985
    "splice/long": 0.73,  # 0.744
    "splice/short": 0.44,  # 0.444 (see RECALL_FLOOR)
    # 0.870 (see RECALL_FLOOR)
    "pronoun": 0.86,
}


@pytest.fixture(scope="module")
def sample() -> list[CorruptedArticle]:
    return generate(SAMPLE_DOCS, SAMPLE_SEED, intensity=SAMPLE_INTENSITY)


def shortfalls(report: QualityReport) -> list[str]:
    """Every floor or ceiling the report (all detectors on) misses, as readable lines."""
    out = []
    for label in LABELS:
        t = report.tallies[label]
        if t.recall < RECALL_FLOOR[label]:
            out.append(f"{label} recall {t.recall:.3f} < {RECALL_FLOOR[label]} ({t.found}/{t.found + t.missed})")
        if t.precision < PRECISION_FLOOR[label]:
            out.append(
                f"{label} precision {t.precision:.3f} < {PRECISION_FLOOR[label]} ({t.right}/{t.right + t.wrong})"
            )
    if report.residual > RESIDUAL_CEILING:
        out.append(f"residual damage {report.residual:.3f} > {RESIDUAL_CEILING}")
    return out


def isolated_shortfalls(sample: list[CorruptedArticle], config: Config, kinds: list[str]) -> list[str]:
    """Floors missed by each of `kinds`' detectors run alone (unless `config` switches it off)."""
    out = []
    for kind in kinds:
        alone = Config.only(kind) if config.enabled(Kind(kind)) else Config.only()
        tallies = evaluate(articles=sample, config=alone).tallies
        for label in LABELS:
            if label.split("/")[0] == kind and tallies[label].recall < ISOLATED_RECALL_FLOOR[label]:
                t = tallies[label]
                out.append(f"{label} alone: recall {t.recall:.3f} < {ISOLATED_RECALL_FLOOR[label]}")
    return out


def test_floors_cover_every_label() -> None:
    assert set(RECALL_FLOOR) == set(PRECISION_FLOOR) == set(ISOLATED_RECALL_FLOOR) == set(LABELS)


def test_sample_has_every_kind_of_damage(sample: list[CorruptedArticle]) -> None:
    """The floors mean something only if the sample holds each kind of damage."""
    counts = evaluate(articles=sample).tallies
    assert all(counts[label].found + counts[label].missed >= 15 for label in LABELS), counts


def test_recovery_reaches_the_floors(sample: list[CorruptedArticle]) -> None:
    report = evaluate(articles=sample)
    assert shortfalls(report) == [], "\n" + report.format()


def test_each_detector_alone_reaches_its_floor(sample: list[CorruptedArticle]) -> None:
    kinds = sorted({label.split("/")[0] for label in LABELS})
    assert isolated_shortfalls(sample, Config(), kinds) == []


# The recovery tests must be able to fail: with any detector that has a floor
# switched off, one of them does.
@pytest.mark.parametrize(
    "kind", sorted({label.split("/")[0] for label, f in ISOLATED_RECALL_FLOOR.items() if f > 0})
)
def test_switching_a_detector_off_breaks_recovery(sample: list[CorruptedArticle], kind: str) -> None:
    config = Config().replace(**{kind: False})
    missed = shortfalls(evaluate(articles=sample, config=config)) + isolated_shortfalls(sample, config, [kind])
    assert any(line.startswith(kind) for line in missed), missed
