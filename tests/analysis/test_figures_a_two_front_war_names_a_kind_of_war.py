"""A number hyphened to a noun that with "war" names a kind of war counts nothing: "a two-front
war" counts no fronts, as "the two-party system" counts no parties; "a six-day war" is still a
length."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_a_two_front_war_counts_no_fronts(nlp: Language) -> None:
    assert facts(nlp, "The rebels now face a two-front war in the north.") == []


def test_a_six_day_war_is_a_length(nlp: Language) -> None:
    assert facts(nlp, "It was a six-day war in the desert.") == [
        ("six-day", FigureKind.QUANTITY, 6.0, "days")
    ]
