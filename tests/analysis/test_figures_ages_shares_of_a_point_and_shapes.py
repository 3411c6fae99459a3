"""A number someone is ("She was 91.") is an age; "a quarter of a percentage point" is a
share of a point; "folds in half" is a shape and "the two-party system" a kind, no figures,
while "cut its spending in half" halves it and "a three-judge panel" counts judges."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts


def test_what_a_person_is_is_an_age(nlp: Language) -> None:
    text = "Mary Holt died on Friday. She was 91. Tom Reeve, who is 54, found her."
    ages = [(t, k, v, u) for t, k, v, u in facts(nlp, text) if t in ("91", "54")]
    assert ages == [
        ("91", FigureKind.QUANTITY, 91.0, "years"),
        ("54", FigureKind.QUANTITY, 54.0, "years"),
    ]


def test_a_share_of_a_percentage_point(nlp: Language) -> None:
    text = "The bank raised its rate by a quarter of a percentage point."
    assert facts(nlp, text) == [
        ("a quarter of a percentage point", FigureKind.PERCENT, 0.0025, None)
    ]


def test_a_shape_and_a_kind_are_no_figures(nlp: Language) -> None:
    assert facts(nlp, "The new phone folds in half.") == []
    assert facts(nlp, "Critics said the two-party system had failed voters.") == []


def test_halving_and_a_panel_of_judges_are_figures(nlp: Language) -> None:
    assert facts(nlp, "The council cut its spending in half.") == [
        ("half", FigureKind.PERCENT, 0.5, None)
    ]
    assert facts(nlp, "A three-judge panel heard the case.") == [
        ("three", FigureKind.COUNT, 3.0, "judges")
    ]
