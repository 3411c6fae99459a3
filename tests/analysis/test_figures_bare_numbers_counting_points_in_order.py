"""Bare numbers that count a speaker's points in order ("one, his temper, and two, his words";
"One, we cut taxes. Two, …") are no figures, as "Number two, …" is not; "one, two, three"
counted out and "one, maybe two, chances" stay counts."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.figures import counted_points
from tests.analysis.helpers import found


def test_bare_numbers_counting_points_are_no_figures(nlp: Language) -> None:
    text = "What troubles voters is, one, the cost, and two, the delay to the new bridge."
    assert "two" not in found(nlp, text)


def test_bare_points_in_order_are_counted_points() -> None:
    text = "There are two reasons. One, we cut taxes. Two, we built roads."
    assert [text[a:b] for a, b in counted_points(text)] == ["One", "Two"]


def test_numbers_counted_out_or_guessed_stay_counts(nlp: Language) -> None:
    assert set(found(nlp, "She has one, maybe two, chances left.")) == {"one", "two"}
    assert counted_points("He counted one, two, three and jumped.") == []
