"""A duty in words reported as said, "The mayor said last year that the council should sell
the site", "a report that said residents had to be moved", is on record: what was said, not the
sentence's own call, so the score does not read it as one. Nor is "I must say" or "I should
point out", which puts forward what follows. "The council should sell the site." and "I think
we ought to sell it" still call."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said last year that the council should sell the site.",
        "In March the minister told MPs the hospital had to close its maternity unit.",
        "You said that we should not have a deadline for the bridge.",
        "I must say that the council has already spent £2m on the scheme.",
        "I should point out that the scheme has cost £2m so far.",
    ],
)
def test_a_duty_said_or_a_formula_of_saying_is_no_call(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["should"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "The council should sell the site.",
        "I think we ought to sell the site.",
        "We need to build more homes in the town.",
        "The mayor says the council must sell the site.",
    ],
)
def test_a_duty_put_is_a_call(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["should"] == 1.0
