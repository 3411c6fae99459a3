"""A rank spelt out in words is one rank: "her twenty-fifth goal" is the 25th, not a count of
twenty, "the town's two hundredth birthday" the 200th, not a count of two; and the score of
claims reads no number in it, as in "the 21st century". "twenty-five goals", "one-third of the
homes" and "Twenty first-time buyers" still count, and "one hundredth of a second" is no rank."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, features_of, found


@pytest.mark.parametrize(
    ("text", "words", "rank"),
    [
        ("She scored her twenty-fifth goal of the season.", "twenty-fifth", 25.0),
        ("The club played its forty-third match on Sunday.", "forty-third", 43.0),
        ("The town marked its two hundredth birthday.", "two hundredth", 200.0),
        ("The abbey held a service for its three hundredth anniversary.", "three hundredth", 300.0),
    ],
)
def test_a_rank_spelt_out_is_a_rank(nlp: Language, text: str, words: str, rank: float) -> None:
    assert (words, FigureKind.ORDINAL, rank, None) in facts(nlp, text)
    assert features_of(nlp, text)["number"] == 0.0


def test_the_twenty_first_century_is_no_number(nlp: Language) -> None:
    assert features_of(nlp, "Schools must change for the twenty-first century.")["number"] == 0.0


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("He has scored twenty-five goals.", "twenty-five", FigureKind.COUNT),
        ("Twenty first-time buyers applied for the homes.", "Twenty", FigureKind.COUNT),
        ("The water covered one-third of the homes.", "one-third", FigureKind.PERCENT),
    ],
)
def test_a_count_or_a_share_still_counts(
    nlp: Language, text: str, words: str, kind: FigureKind
) -> None:
    assert found(nlp, text)[words].kind is kind
    assert features_of(nlp, text)["number"] == 1.0


def test_a_hundredth_of_a_second_is_no_rank(nlp: Language) -> None:
    kinds = [kind for _, kind, _, _ in facts(nlp, "She won by one hundredth of a second.")]
    assert FigureKind.ORDINAL not in kinds
