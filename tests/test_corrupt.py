"""Tests for textrepair.corrupt (the generator), textrepair.strategies' argument
checks and textrepair.evaluate's scoring and command line."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest
import regex

from textrepair import Config, Edit, Kind, repair
from textrepair.corrupt import (
    DAMAGE_KINDS,
    CleanArticle,
    CorruptedArticle,
    Damage,
    clean_article,
    corrupt_article,
    corrupt_text,
    parse_article,
    tokenise,
    word_distance,
)
from textrepair.evaluate import LABELS, damage_prose, evaluate, generate, main, read_prose, score_edits
from textrepair.strategies import clean_articles, corrupted_articles

ALL_COPIES = {Kind.SPEAKER_TAG: 3, Kind.PRONOUN: 3, Kind.REPEATED_WORD: 2, "splice/long": 4,
              "splice/short": 4, Kind.DEBRIS: 1}


@pytest.fixture(scope="module")
def articles() -> list[CorruptedArticle]:
    """Seed-dense articles: every family present."""
    return [
        corrupt_article(clean_article(s, sentences=30), seed=s, counts=ALL_COPIES) for s in range(12)
    ]


# -- determinism and the ground truth's invariants ---------------------------


def test_same_seed_same_article() -> None:
    a = corrupt_article(clean_article(11, sentences=15), seed=4)
    b = corrupt_article(clean_article(11, sentences=15), seed=4)
    assert a == b
    assert a.corrupted != corrupt_article(clean_article(11, sentences=15), seed=5).corrupted


def test_random_instance_as_seed_is_used_as_is() -> None:
    assert clean_article(random.Random(8), sentences=6).text == clean_article(8, sentences=6).text


def test_damage_text_is_what_the_corrupted_text_holds(articles: list[CorruptedArticle]) -> None:
    for art in articles:
        for d in art.damage:
            assert art.corrupted[d.start : d.end] == d.text
            assert 0 <= d.start < d.end <= len(art.corrupted)


def test_damage_is_sorted_and_copies_do_not_overlap(articles: list[CorruptedArticle]) -> None:
    for art in articles:
        assert list(art.damage) == sorted(art.damage, key=lambda d: (d.start, d.end))
        copies = [d for d in art.damage if d.kind in (Kind.SPLICE, Kind.SPEAKER_TAG, Kind.PRONOUN)]
        for a, b in itertools.pairwise(copies):
            assert a.end < b.start, (a, b)


def test_every_family_appears_when_asked(articles: list[CorruptedArticle]) -> None:
    labels = {d.label for art in articles for d in art.damage}
    assert labels == set(LABELS)


@pytest.mark.parametrize("kind", sorted(DAMAGE_KINDS, key=lambda k: k.value))
def test_only_the_chosen_kinds_appear(kind: Kind) -> None:
    seen: set[Kind] = set()
    for s in range(8):
        art = corrupt_article(clean_article(s, sentences=25), seed=s, kinds={kind}, counts=ALL_COPIES)
        seen |= {d.kind for d in art.damage}
    if kind is Kind.SPLICE:
        # A splice can leave a doubled word; it is recorded as such.
        assert seen <= {Kind.SPLICE, Kind.REPEATED_WORD} and Kind.SPLICE in seen
    else:
        assert seen == {kind}


def test_no_kinds_no_damage() -> None:
    art = corrupt_article(clean_article(2, sentences=10), seed=2, kinds=())
    assert art.damage == ()
    assert art.corrupted == art.clean == art.achievable


def test_intensity_zero_places_no_copies() -> None:
    art = corrupt_article(clean_article(2, sentences=30), seed=2, intensity=0)
    assert {d.kind for d in art.damage} <= {Kind.SPACING, Kind.GAP}


def test_intensity_scales_the_damage() -> None:
    def copies(level: float) -> int:
        return sum(
            len([d for d in corrupt_article(clean_article(s, sentences=30), seed=s, intensity=level).damage
                 if d.kind in (Kind.SPLICE, Kind.SPEAKER_TAG)])
            for s in range(10)
        )

    assert copies(0.2) < copies(0.6) < copies(1.0)


# -- faithful to the seed ------------------------------------------------------


def test_tokeniser_splits_like_the_seed() -> None:
    t = 'The W.H.O. said Aleppo, the country’s city, can’t wait, "he said."'
    assert [t[s:e] for s, e in tokenise(t)] == [
        "The", "W.", "H.", "O.", "said", "Aleppo", ",", "the", "country", "’s", "city", ",",
        "ca", "n’t", "wait", ",", '"', "he", "said", ".", '"',
    ]
    t = "Mr. Assad and Dr. Omar, 3.5 and 1,000."
    assert [t[s:e] for s, e in tokenise(t)] == [
        "Mr.", "Assad", "and", "Dr.", "Omar", ",", "3.5", "and", "1,000", ".",
    ]


def test_body_is_tokenised_with_lost_quote_direction() -> None:
    art = corrupt_text('"We no longer have hospitals," he said. "You can’t imagine it."', kinds={"spacing"})
    assert art.corrupted == '" We no longer have hospitals , " he said . " You ca n’t imagine it . "'
    assert art.achievable == art.clean


def test_gaps_and_dashes_are_one_space_wider_in_the_body_than_in_copies() -> None:
    body_gaps, copy_gaps, body_dashes = [], [], set()
    for s in range(30):
        art = corrupt_article(clean_article(s, sentences=30), seed=s, counts=ALL_COPIES)
        copies = [d for d in art.damage if d.kind in (Kind.SPLICE, Kind.SPEAKER_TAG)]
        for d in art.spans(Kind.GAP):
            inside = any(c.start <= d.start and d.end <= c.end for c in copies)
            (copy_gaps if inside else body_gaps).append(len(d.text))
        for d in art.spans(Kind.SPACING, "dash"):
            if not any(c.start <= d.start and d.end <= c.end for c in copies):
                body_dashes.add(len(d.text))
    assert set(body_gaps) <= {3, 4, 5} and 4 in body_gaps
    assert set(copy_gaps) <= {2, 3, 4} and 3 in copy_gaps
    assert body_dashes == {3, 4}


def test_hyphenated_chunk_is_dropped_with_its_punctuation() -> None:
    art = corrupt_text("Walid al-Moallem, the foreign minister, spoke.", kinds={"gap", "spacing"})
    assert regex.fullmatch(r"Walid {3,5}the foreign minister , spoke \.", art.corrupted)
    assert art.achievable == "Walid [...] the foreign minister, spoke."
    assert [d.kind for d in art.damage].count(Kind.GAP) == 1


def test_speaker_tag_is_the_untokenised_description_over_the_verb(articles: list[CorruptedArticle]) -> None:
    tags = [(art, d) for art in articles for d in art.spans(Kind.SPEAKER_TAG)]
    assert len(tags) >= 10
    for art, d in tags:
        before = art.corrupted[: d.start]
        assert regex.search(r'" (?:he|she) $', before), before[-30:]
        assert ", " in d.text and " , " not in d.text  # untokenised: `Roma, who`
        # The verb is recoverable, so the achievable text keeps it.
    assert all(" said" in art.achievable or " says" in art.achievable for art, _ in tags)


def test_pronoun_damage_is_seed_like(articles: list[CorruptedArticle]) -> None:
    seen = {d.detail: d.text for art in articles for d in art.spans(Kind.PRONOUN)}
    assert seen.keys() == {"tag", "possessive"}
    for art in articles:
        for d in art.spans(Kind.PRONOUN, "tag"):
            assert d.text in ("his", "her") and art.corrupted[d.end : d.end + 5] in (" said", " says")


def test_splice_lengths_and_doubled_determiner(articles: list[CorruptedArticle]) -> None:
    for art in articles:
        for d in art.spans(Kind.SPLICE):
            assert (d.words >= 3) == (d.detail == "long") and d.words == len(d.text.split())
        for d in art.spans(Kind.REPEATED_WORD):
            before = art.corrupted[: d.start].split()[-1]
            assert before.lower() == d.text.lower() and d.accepts >= {Kind.REPEATED_WORD, Kind.SPLICE}


def test_long_splices_copy_earlier_text(articles: list[CorruptedArticle]) -> None:
    def norm(s: str) -> str:
        return " ".join(regex.findall(r"\w+", s))

    for art in articles:
        source = norm(regex.sub(r"\S*\w-\w\S*", " ", art.clean))  # the dump drops hyphenated chunks
        for d in art.spans(Kind.SPLICE, "long"):
            assert norm(d.text) in source


def test_debris_is_a_trailing_line_of_body_names(articles: list[CorruptedArticle]) -> None:
    for art in articles:
        (d,) = art.spans(Kind.DEBRIS)
        assert d.end == len(art.corrupted) and d.text.startswith("\n ") and d.text.endswith(" ")
        body = art.corrupted[: d.start]
        assert all(w in body for w in d.text.split())


def test_achievable_marks_what_was_lost() -> None:
    art = corrupt_article(clean_article(3, sentences=30), seed=3, counts={"splice/long": 3, "splice/short": 3})
    lost = len(art.spans(Kind.SPLICE))
    gaps = art.achievable.count("[...]") - lost
    assert gaps >= 0
    assert word_distance(art.achievable.replace("[...]", ""), art.clean) > 0
    assert "[...]" not in art.clean


def test_repairing_spacing_only_damage_gives_the_achievable_words() -> None:
    for s in range(10):
        art = corrupt_article(clean_article(s, sentences=20), seed=s, kinds={"spacing"})
        assert word_distance(repair(art.corrupted).text, art.achievable) == 0


def test_residual_of_doing_nothing_is_one_and_of_achievable_zero(articles: list[CorruptedArticle]) -> None:
    art = articles[0]
    assert art.residual(art.corrupted) == 1.0
    assert art.residual(art.achievable) == 0.0


# -- matching ------------------------------------------------------------------


def test_matching_is_by_kind_and_overlap() -> None:
    d = Damage(Kind.SPLICE, 10, 20, "x" * 10, "short", 1)
    assert d.matched_by(Edit(15, 25, "y" * 10, "", Kind.SPLICE, "r"))
    assert not d.matched_by(Edit(20, 25, "y" * 5, "", Kind.SPLICE, "r"))  # touching is not overlapping
    assert not d.matched_by(Edit(12, 14, "yy", "", Kind.GAP, "r"))
    assert d.matched_by(Edit(20, 20, "", "z", Kind.SPLICE, "r"))  # an insertion at the edge
    assert d.excuses(Edit(12, 14, "yy", "", Kind.SPEAKER_TAG, "r"))  # copy family
    assert not d.excuses(Edit(12, 14, "yy", "", Kind.GAP, "r"))


def test_score_edits_counts_hits_misses_and_false_positives() -> None:
    art = corrupt_text("Aleppo, Syria, was hit.", kinds={"spacing"})
    fake = Edit(0, 6, "Aleppo", "", Kind.SPLICE, "wrong")
    tallies = score_edits(art, [Edit(6, 7, " ", "", Kind.SPACING, "r"), fake])
    assert (tallies["spacing"].found, tallies["spacing"].missed, tallies["spacing"].right) == (1, 2, 1)
    assert (tallies["splice/short"].right, tallies["splice/short"].wrong) == (0, 1)


# -- your own prose --------------------------------------------------------------


def test_parse_article_reads_speakers_and_tags() -> None:
    text = (
        '"We are tired," said Rania Haddad, a teacher in Homs. "We left," she said. '
        'The Red Cross said the road to Homs was closed.'
    )
    art = parse_article(text)
    assert isinstance(art, CleanArticle)
    (first, end, tag) = art.mentions[0]
    assert (art.token(first), art.token(end - 1), tag) == ("Rania", "Homs", "speaker0")
    damaged = corrupt_article(art, seed=0, kinds={"speaker_tag"}, counts={"speaker_tag": 1})
    (d,) = damaged.spans(Kind.SPEAKER_TAG)
    assert d.text == "Rania Haddad, a teacher in Homs"


# -- errors ----------------------------------------------------------------------


def test_error_intensity_out_of_range() -> None:
    with pytest.raises(ValueError, match=r"^corrupt_article\(\) takes intensity between 0 and 1, got -0.1$"):
        corrupt_article(clean_article(1, sentences=3), intensity=-0.1)


def test_error_unknown_kind() -> None:
    with pytest.raises(ValueError, match=r"^corrupt_article\(\) takes kinds from \{spacing, gap, .*\}, got 'typo'$"):
        corrupt_article(clean_article(1, sentences=3), kinds={"typo"})


def test_error_negative_count() -> None:
    with pytest.raises(ValueError, match=r"takes counts as non-negative ints, got splice=-1$"):
        corrupt_article(clean_article(1, sentences=3), counts={"splice": -1})


def test_error_article_type() -> None:
    with pytest.raises(TypeError, match=r"^corrupt_article\(\) takes a CleanArticle or str, not bytes$"):
        corrupt_article(b"text")  # type: ignore[arg-type]


def test_error_sentences_out_of_range() -> None:
    with pytest.raises(ValueError, match=r"^clean_article\(\) takes sentences between 1 and 1000, got 0$"):
        clean_article(1, sentences=0)


def test_error_strategy_arguments() -> None:
    with pytest.raises(ValueError, match=r"^corrupted_articles\(\) takes intensity between 0 and 1, got 2$"):
        corrupted_articles(intensity=2)
    with pytest.raises(ValueError, match=r"^corrupted_articles\(\) takes at least one kind"):
        corrupted_articles(kinds=())
    with pytest.raises(
        ValueError, match=r"^clean_articles\(\) takes min_sentences <= max_sentences, got min_sentences=5, max_sentences=4$"
    ):
        clean_articles(min_sentences=5, max_sentences=4)
    with pytest.raises(TypeError, match=r"^corrupted_articles\(\) takes max_sentences as int, got 2.5$"):
        corrupted_articles(max_sentences=2.5)  # type: ignore[arg-type]


# -- the quality report ------------------------------------------------------------


def test_evaluate_reports_every_label_and_is_deterministic() -> None:
    a = evaluate(docs=4, seed=9)
    b = evaluate(docs=4, seed=9)
    assert set(a.tallies) == set(LABELS)
    assert {k: (t.found, t.missed, t.right, t.wrong) for k, t in a.tallies.items()} == {
        k: (t.found, t.missed, t.right, t.wrong) for k, t in b.tallies.items()
    }
    assert 0 <= a.residual < 1 and a.throughput > 0


def test_evaluate_sees_a_switched_off_detector() -> None:
    docs = generate(5, 1)
    assert evaluate(articles=docs).recall["gap"] > 0.9
    assert evaluate(articles=docs, config=Config(gap=False)).recall["gap"] < 0.2


def test_cli_prints_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--docs", "2", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("textrepair quality report: 2 generated documents, seed 3, intensity 1")
    assert all(f"\n{label} " in out for label in LABELS)
    assert "residual damage: " in out and "throughput: " in out


def test_error_cli_bad_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--docs", "1", "--off", "gaps"]) == 2
    assert capsys.readouterr().err.startswith("textrepair error: --off takes a kind: spacing, gap,")


def test_error_cli_bad_docs_and_intensity(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--docs", "0"]) == 2
    assert capsys.readouterr().err == "textrepair error: --docs must be at least 1\n"
    assert main(["--docs", "1", "--intensity", "1.5"]) == 2
    assert capsys.readouterr().err == "textrepair error: --intensity must be between 0 and 1\n"


_PROSE = (
    '"We are tired," said Rania Haddad, a teacher in Homs. Homs was shelled again on Sunday. '
    '"We left," she said, and Homs emptied.'
)


def test_damage_prose_cycles_articles_with_one_seed_each() -> None:
    other = "Residents of Idlib said the bakery, the last in Idlib, had closed. Idlib was quiet."
    docs = damage_prose([_PROSE, other], 4, seed=7, intensity=0.5)
    expected = [corrupt_text(a, s, intensity=0.5) for a, s in zip([_PROSE, other] * 2, range(7, 11))]
    assert [d.corrupted for d in docs] == [d.corrupted for d in expected]
    assert [d.clean for d in docs] == [d.clean for d in expected]
    assert docs[0].corrupted != docs[2].corrupted  # one article, two seeds
    with pytest.raises(ValueError, match="at least one article"):
        damage_prose([], 1)


def test_cli_damages_your_own_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(_PROSE, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([_PROSE, {"input": _PROSE}]), encoding="utf-8")
    assert read_prose([str(tmp_path / "a.txt"), str(tmp_path / "b.json")]) == [_PROSE] * 3
    assert main(["--prose", str(tmp_path / "a.txt"), "--docs", "3"]) == 0
    assert capsys.readouterr().out.startswith("textrepair quality report: 3 given documents\n")


def test_error_cli_bad_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"text": "no input key"}]', encoding="utf-8")
    assert main(["--prose", str(bad)]) == 2
    assert capsys.readouterr().err == (
        f'textrepair error: --prose: {bad}: item 0 is neither a string nor an object with a string "input"\n'
    )
    assert main(["--prose", str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().err.startswith("textrepair error: --prose: [Errno 2] No such file")
    (tmp_path / "empty.json").write_text("[]", encoding="utf-8")
    assert main(["--prose", str(tmp_path / "empty.json")]) == 2
    assert capsys.readouterr().err == "textrepair error: --prose: no articles in the files given\n"


def test_story_worlds_both_appear() -> None:
    datelines = {clean_article(s, sentences=3).text.split(" — ")[0] for s in range(40)}
    assert "WASHINGTON" in datelines or any(d.startswith(("DES MOINES", "COLUMBUS", "PHOENIX")) for d in datelines)
    assert any(d.startswith(("BEIRUT", "BAGHDAD", "KABUL", "CAIRO")) for d in datelines)


def test_no_quote_repeats_within_an_article() -> None:
    for s in range(30):
        quotes = regex.findall(r'"([^"]+)"', clean_article(s, sentences=30).text)
        assert len(quotes) == len(set(quotes))


def test_cli_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["--docs", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["docs"] == 2 and data["seed"] == 0 and set(data["kinds"]) == set(LABELS)
    assert 0 <= data["kinds"]["gap"]["recall"] <= 1


def test_report_on_given_documents_says_so() -> None:
    report = evaluate(articles=generate(2, 5))
    assert report.format().startswith("textrepair quality report: 2 given documents\n")
    assert report.to_dict()["seed"] is None


def test_outside_counts_good_words_an_edit_takes() -> None:
    art = corrupt_text("Aleppo, Syria, was hit.", kinds={"spacing"})
    greedy = Edit(6, 14, " , Syria", "", Kind.SPLICE, "takes a good word")
    keeps = Edit(0, 14, "Aleppo , Syria", "Aleppo, Syria", Kind.SPACING, "keeps every word")
    assert score_edits(art, [greedy])["splice/short"].outside == 1
    assert score_edits(art, [keeps])["spacing"].outside == 0
