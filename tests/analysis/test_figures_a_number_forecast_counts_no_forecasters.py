"""A number whose noun is the subject of the clause that forecast it does not count that
noun: "the 3.4 billion economists had predicted" counts no economists."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sales came in below the 3.4 billion economists had predicted.", "3.4 billion"),
        ("Output beat the 2.1 million traders had expected.", "2.1 million"),
    ],
)
def test_a_figure_forecast_counts_no_forecasters(nlp: Language, text: str, words: str) -> None:
    assert found(nlp, text)[words].unit is None


def test_forecasters_counted_are_still_counted(nlp: Language) -> None:
    text = "Some 40 economists expected a cut in rates."
    assert found(nlp, text)["Some 40"].unit == "economists"
