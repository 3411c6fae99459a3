"""A rate per so many people is the share it names however the whole is told: "1,640 per
100,000 people", "1,640 cases for every 100,000 residents" and "1,640 per 100k" are 0.0164;
and a bare number set against it in its sentence is a rate per as many ("up from 1,200" is
0.012), as "from 14.2 to 9.8 per 1,000" is; things counted for every so many others are a
rate too, in digits or words ("12 goals for every 100 shots" is 0.12, "three jobs for every
100" 0.03). Money for every so many stays money ("five pounds for every 100"), a count set
against a count of people stays a count, and so do "12 goals in 100 games"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The infection rate reached 1,640 per 100,000 people in March.", "1,640 per 100,000"),
        (
            "There were 1,640 cases for every 100,000 residents last winter.",
            "1,640 cases for every 100,000",
        ),
        ("The infection rate reached 1,640 per 100k people.", "1,640 per 100k"),
    ],
)
def test_a_rate_per_so_many_is_a_share(nlp: Language, text: str, words: str) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.0164)


@pytest.mark.parametrize(
    ("text", "words", "share"),
    [
        ("Admissions rose to 1,640 per 100,000, up from 1,200 a year ago.", "1,200", 0.012),
        ("The death rate fell to 9.8 per 1,000 from 14.2 in 2015.", "14.2", 0.0142),
    ],
)
def test_a_number_set_against_a_rate_is_a_rate(
    nlp: Language, text: str, words: str, share: float
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, share)


def test_money_for_every_so_many_and_counts_of_people_stay_as_they_were(nlp: Language) -> None:
    money = "The charity raised £5 for every 1,000 people."
    assert ("£5", FigureKind.MONEY, 5.0, "GBP") in facts(nlp, money)
    pounds = "The levy takes five pounds for every 100 a firm earns."
    assert ("five pounds", FigureKind.MONEY, 5.0, "GBP") in facts(nlp, pounds)
    counts = "The rate was 1,640 per 100,000 and 40 people died, up from 30."
    assert ("30", FigureKind.COUNT, 30.0, "people") in facts(nlp, counts)


@pytest.mark.parametrize(
    ("text", "words", "share"),
    [
        (
            "The young striker scored 12 goals for every 100 shots last season.",
            "12 goals for every 100",
            0.12,
        ),
        ("The town now has three jobs for every 100 applicants.", "three jobs for every 100", 0.03),
        (
            "Nine deaths per 100,000 people were recorded in the county.",
            "Nine deaths per 100,000",
            0.00009,
        ),
    ],
)
def test_things_for_every_so_many_others_are_a_rate(
    nlp: Language, text: str, words: str, share: float
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, share)


def test_things_in_so_many_others_stay_two_counts(nlp: Language) -> None:
    assert facts(nlp, "The young striker scored 12 goals in 100 games.") == [
        ("12", FigureKind.COUNT, 12.0, "goals"),
        ("100", FigureKind.COUNT, 100.0, "games"),
    ]
