"""A score or a tally is a count whose value is its pair as written ("won 3-2" → "3-2", "a
majority of two to one" → "2-1"), whichever side is larger once the words name a score
("lost 4-6 on appeal", "a 2-3 defeat"); a pair that counts something ("won 3-5 seats", "4-6
weeks") stays a range."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Rovers won 3-2 at Ashton Park.", "3-2"),
        ("Leeds won 2-1 on Saturday.", "2-1"),
        ("It was a 2-1 win for Leeds.", "2-1"),
        ("Leeds drew 1-1 with Hull.", "1-1"),
        ("The council approved the stand in a 5-2 vote.", "5-2"),
        ("The board lost 4-6 on appeal.", "4-6"),
        ("City suffered a 2-3 defeat at home.", "2-3"),
        ("Members backed the badge 120-40.", "120-40"),
        ("The motion passed by a margin of 7 to 2.", "7 to 2"),
    ],
)
def test_a_score_or_a_tally_is_its_pair(nlp: Language, text: str, pair: str) -> None:
    assert (pair, FigureKind.COUNT, pair.replace(" to ", "-"), None) in facts(nlp, text)


def test_a_majority_in_words_is_one_tally(nlp: Language) -> None:
    text = "Judges found by a majority of two to one that the ban was unlawful."
    assert facts(nlp, text) == [("two to one", FigureKind.COUNT, "2-1", None)]


@pytest.mark.parametrize(
    ("text", "words", "pair"),
    [
        ("The committee voted seven to two for the cut.", "seven to two", "7-2"),
        ("Councillors voted 9 to 3 to close the pool.", "9 to 3", "9-3"),
    ],
)
def test_a_vote_of_one_number_to_another_is_one_tally(
    nlp: Language, text: str, words: str, pair: str
) -> None:
    assert (words, FigureKind.COUNT, pair, None) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The party won 3-5 seats.", "3-5", "3/5"),
        ("The work will take 4-6 weeks.", "4-6 weeks", "4/6"),
        ("The repair will take 2-3 days.", "2-3 days", "2/3"),
    ],
)
def test_a_pair_that_counts_something_is_a_range(
    nlp: Language, text: str, words: str, value: str
) -> None:
    assert [(w, k, v) for w, k, v, _ in facts(nlp, text)] == [(words, FigureKind.RANGE, value)]
