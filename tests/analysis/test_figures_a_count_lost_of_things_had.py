"""A count lost with no noun, later in the sentence that counted what someone had, counts those
things: "planted 300 trees last spring but lost 40 to the drought" is 40 trees. Not where the
earlier count is of who acted ("300 volunteers planted trees"), nor where more is lost than was
counted ("hired 300 staff but lost 3 million"), which is some other thing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("Volunteers planted 300 trees last spring but lost 40 to the drought.", "40", "trees"),
        ("The farm bred 400 lambs this year and lost 25 to foxes.", "25", "lambs"),
        ("The airline bought 12 jets in 2019 and has since lost two in crashes.", "two", "jets"),
    ],
)
def test_the_count_lost_counts_the_things_had(
    nlp: Language, text: str, words: str, unit: str
) -> None:
    assert found(nlp, text)[words].unit == unit


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("300 volunteers planted trees last spring but lost 40 to the drought.", "40"),
        (
            "The firm hired 300 staff last year but lost 3 million in the first quarter.",
            "3 million",
        ),
        ("The club sold 300 tickets. It lost 40 on the night.", "40"),
    ],
)
def test_a_count_lost_of_something_else_counts_nothing_named(
    nlp: Language, text: str, words: str
) -> None:
    assert found(nlp, text)[words].unit is None
