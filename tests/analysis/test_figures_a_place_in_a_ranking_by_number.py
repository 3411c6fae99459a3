"""A place in a ranking by its number is a rank: "world number 14", "the world No 3", "ranked
number two" and "seeded No. 4" are ordinals, not counts, nor numbers that name a thing as
"No. 10" does; elsewhere "No 10" still names Downing Street and "number 14" a house."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Okoro, the world number 14, trains at altitude.", "number 14", 14.0),
        ("The world No 3 from Ethiopia will also race.", "No 3", 3.0),
        ("Last year she was ranked number two.", "number two", 2.0),
        ("She was seeded No. 4 at the Open.", "No. 4", 4.0),
        ("World No 1 Lena Varga lost in straight sets.", "No 1", 1.0),
    ],
)
def test_a_place_in_a_ranking_by_its_number_is_a_rank(
    nlp: Language, text: str, words: str, value: float
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.ORDINAL, value, None)


def test_a_number_naming_an_office_is_still_no_figure(nlp: Language) -> None:
    assert find_figures(nlp("A No 10 spokesman said the talks went well.")) == []


def test_a_house_number_is_no_rank(nlp: Language) -> None:
    figures = find_figures(nlp("She lives at number 14 on Mill Lane."))
    assert [f for f in figures if f.kind is FigureKind.ORDINAL] == []
