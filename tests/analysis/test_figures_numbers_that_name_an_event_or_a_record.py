"""Numbers that name rather than count are no figures: "9/11" names the attacks and "24/7" a
service's hours, and a long run of digits with no thousands marked is an identifier (a post's
id in an embed, an account number)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of 9/11 victims gathered outside the court on a wet morning.",
        "The new crisis line will be staffed 24/7 by trained volunteers.",
        'Readers shared the clip widely.<embed post-id="918273645546372819"></embed>',
        "Quote reference 400123987654321 when you write to the bank.",
    ],
)
def test_a_number_that_names_is_no_figure(nlp: Language, text: str) -> None:
    assert facts(nlp, text) == []


def test_a_date_written_with_the_same_digits_is_still_a_date(nlp: Language) -> None:
    text = "The forms were due on 9/11/2019 at the latest."
    assert ("9/11/2019", FigureKind.DATE, "2019-11-09", None) in facts(nlp, text)
