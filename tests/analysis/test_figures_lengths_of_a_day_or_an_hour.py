""" "A day" or "an hour" after a word that measures it is a length of one ("in under an hour" at
most 1 hour, "closed for a day", "half an hour", "about an hour and a half"), while the period
of a rate ("3,000 passengers an hour") is none; a date or time counted only by "a" that names
no day ("a few weeks", "a big year") tells no figure a reader could check."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The crew reached the flooded street within an hour.",
            ("an hour", FigureKind.QUANTITY, 1.0, "hour"),
        ),
        (
            "The bridge was closed for a day while engineers checked it.",
            ("a day", FigureKind.QUANTITY, 1.0, "day"),
        ),
        (
            "Passengers waited for half an hour in the rain.",
            ("half an hour", FigureKind.QUANTITY, 0.5, "hours"),
        ),
        (
            "The detour adds about an hour and a half to the journey.",
            ("about an hour and a half", FigureKind.QUANTITY, 1.5, "hours"),
        ),
    ],
)
def test_a_day_or_an_hour_measured_is_a_length(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str]
) -> None:
    assert figure in facts(nlp, text)


def test_under_an_hour_is_at_most_an_hour(nlp: Language) -> None:
    doc = nlp('"The water rose two feet in under an hour," he said.')
    under = [f for f in find_figures(doc) if f.text == "under an hour"]
    assert [(f.value, f.unit, f.qualifier) for f in under] == [(1.0, "hour", Qualifier.AT_MOST)]


@pytest.mark.parametrize(
    "text",
    [
        "The trains carry 3,000 passengers an hour at peak.",
        "This is a big year for the town's harbour.",
        "The repairs will take a few weeks, the council said.",
        "On a day of heavy rain, the council met in the town hall.",
    ],
)
def test_a_rate_or_a_vague_time_has_no_length(nlp: Language, text: str) -> None:
    assert not [f for f in facts(nlp, text) if f[1] in (FigureKind.QUANTITY, FigureKind.DATE)]
