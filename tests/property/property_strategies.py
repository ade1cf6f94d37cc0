"""Strategies shared by the property tests (beyond `textrepair.strategies`)."""

from __future__ import annotations

from hypothesis import strategies as st

from textrepair.corrupt import DAMAGE_KINDS
from textrepair.edits import Kind
from textrepair.strategies import clean_articles, corrupted_articles

#: Small clean articles: the default budget is small, keep each example cheap.
small_clean = clean_articles(min_sentences=2, max_sentences=10)

#: Damaged articles with every family of damage.
small_damaged = corrupted_articles(min_sentences=2, max_sentences=10, intensity=1.0)

#: Damaged articles with a random non-empty subset of the families.
some_kinds = st.sets(st.sampled_from(sorted(DAMAGE_KINDS, key=lambda k: k.value)), min_size=1)
any_damaged = some_kinds.flatmap(
    lambda ks: corrupted_articles(kinds=ks, min_sentences=2, max_sentences=10, intensity=1.0)
)

# Fragments that stress the detectors' patterns: runs of spaces, lone quotes,
# dashes, clitics, initialisms, titles, capitalised runs, line breaks.
_PIECES = st.sampled_from(
    [" ", "  ", "     ", '"', " , ", " . ", "—", "   —    ", " ’s", " n’t", "W. H. O.", "Mr.", "Mr. ",
     "the ", "the the ", "Aleppo ", "Al Jazeera ", "he said", '" he said ,', "\n", "\n ", ".", ",",
     "[...]", "Abu Roma, who ", "A", "a"]
)
#: Text built from detector-relevant fragments and arbitrary Unicode.
tricky_text = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map("".join)

#: A short fragment to repeat when checking that work grows linearly.
fragments = st.lists(st.one_of(_PIECES, st.text(min_size=1, max_size=6)), min_size=1, max_size=8).map("".join)

KIND_VALUES = [k.value for k in Kind]
