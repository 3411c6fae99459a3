"""A bound after a figure holds before a "to" of what the figure takes: "could take 50 years or
more to recover" is at least 50 years, "six months or longer to complete" at least six months,
"£400 or less to cover the trip" at most £400. "And up to" opens a bound of its own: "aged 65
and up to 70" leaves 65 as written."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "qualifier"),
    [
        (
            "The drained marshes could take 50 years or more to recover.",
            "50 years or more",
            Qualifier.AT_LEAST,
        ),
        (
            "Repairs to the pier could take six months or longer to complete.",
            "six months or longer",
            Qualifier.AT_LEAST,
        ),
        (
            "Each family will need £400 or less to cover the school trip.",
            "£400 or less",
            Qualifier.AT_MOST,
        ),
    ],
)
def test_a_bound_before_what_the_figure_takes(
    nlp: Language, text: str, words: str, qualifier: Qualifier
) -> None:
    assert found(nlp, text)[words].qualifier is qualifier


def test_and_up_to_opens_a_bound_of_its_own(nlp: Language) -> None:
    figures = found(nlp, "Pensioners aged 65 and up to 70 will get the payment.")
    assert figures["65"].qualifier is Qualifier.EXACTLY
    assert figures["up to 70"].qualifier is Qualifier.AT_MOST
