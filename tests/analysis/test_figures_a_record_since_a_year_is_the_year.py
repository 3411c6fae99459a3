"""The date a record was last set is the year after "since", though the model may run the date
over the words of the record ("the hottest day since 2017"); a length of time before "since"
stays a figure of its own ("the two years since 2020")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "Thursday was the hottest day since 2017, forecasters said.",
        "It was the hottest June day since 2017 in the capital.",
        "Sales were the strongest for any quarter since 2017.",
    ],
)
def test_a_record_since_a_year_gives_the_year(nlp: Language, text: str) -> None:
    dates = [f for f in facts(nlp, text) if f[1] is FigureKind.DATE and "2017" in f[0]]
    assert dates == [("2017", FigureKind.DATE, "2017", None)]


def test_a_length_of_time_since_a_year_keeps_its_length(nlp: Language) -> None:
    text = "In the two years since 2020, rents have risen by a fifth."
    assert [f[:3] for f in facts(nlp, text)][:2] == [
        ("the two years", FigureKind.QUANTITY, 2.0),
        ("2020", FigureKind.DATE, "2020"),
    ]
