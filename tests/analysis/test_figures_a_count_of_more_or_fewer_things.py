"""A count of more or fewer things counts those things: "1.5 million more visitors" is
1,500,000 visitors, as "1.5m more visitors" and "300 more police officers" already were, and
"3 million fewer people" counts people; by the period too ("2.5 million more tourists a
year"). A count of more of nothing named ("1.5 million more than expected", "1.5 million more
in work") counts no noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("There were 1.5 million more visitors this year.", "1.5 million", 1.5e6, "visitors"),
        ("There were 1.5m more visitors this year.", "1.5m", 1.5e6, "visitors"),
        ("The force hired 1.5 million more police officers.", "1.5 million", 1.5e6, "officers"),
        ("The government promised 300 more police officers.", "300", 300.0, "officers"),
        ("Some 3 million fewer people voted.", "Some 3 million", 3e6, "people"),
        ("There were 2,000 fewer jobs in March.", "2,000", 2000.0, "jobs"),
        (
            "The city had 2.5 million more tourists a year.",
            "2.5 million",
            2.5e6,
            "tourists per year",
        ),
    ],
)
def test_a_count_of_more_or_fewer_things_counts_them(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.COUNT, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The album sold 1.5 million more than expected.",
        "There are 1.5 million more in work than in 2020.",
    ],
)
def test_more_of_nothing_named_counts_no_noun(nlp: Language, text: str) -> None:
    assert found(nlp, text)["1.5 million"].unit is None
