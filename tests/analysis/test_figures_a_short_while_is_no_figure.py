"""A short while told with "a" and no number ("just a minute", "wait a second", "back in a
minute", "for a second") is a figure of speech, no figure, and "a few miles" after "just" is as
vague as "a few weeks"; "a minute later", "within a minute", "less than a minute" and "just a
year ago" are lengths, and "a second man" still ranks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "Give me just a minute to explain.",
        "Let me take a minute to answer that.",
        "I'll come back to the budget in a minute.",
        "Wait a second, that is not what I said.",
        "Hold on a second, he said.",
        "Can we pause for a second and look at the figures?",
        "We're just a few miles away from the sea.",
        "The talks lasted a few weeks.",
    ],
)
def test_a_short_while_is_no_figure(nlp: Language, text: str) -> None:
    assert facts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("She scored a minute later.", "a minute later", 1.0, "minute"),
        ("He scored within a minute of kick-off.", "a minute", 1.0, "minute"),
        ("Prices are higher than they were just a year ago.", "just a year ago", 1.0, "year"),
    ],
)
def test_a_short_length_measured_stays(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    assert (words, FigureKind.QUANTITY, value, unit) in facts(nlp, text)


def test_a_second_before_what_it_ranks_stays_a_rank(nlp: Language) -> None:
    assert ("second", FigureKind.ORDINAL, 2.0, None) in facts(nlp, "A second man was arrested.")
