"""A spokesperson for a body whose name has "of", "for" or "and" inside it is shown as that
body's spokesperson by its whole name, wherever the body is named: before the spokesperson ("a
Ministry of Transport spokeswoman") or after ("a spokeswoman for the Office of Rail Standards",
"a spokesman for Friends of the Valley"), as "a spokesman for Acme" is the Acme spokesman; a
later "the department" is still the body itself."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers

_HEADLINE = "Rail fares to rise\n\nAsked about the rise, "


def test_a_ministry_of_something_spokeswoman(analysis_nlp: Language) -> None:
    text = _HEADLINE + "a Ministry of Transport spokeswoman said the money would pay for trains.\n"
    assert quote_speakers(analysis_nlp, text) == ["Ministry of Transport spokeswoman"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("the Office of Rail Standards", "Office of Rail Standards spokeswoman"),
        ("the Society for Coastal Travel", "Society for Coastal Travel spokeswoman"),
        ("the Board of Water and Sewerage", "Board of Water and Sewerage spokeswoman"),
        ("Friends of the Valley", "Friends of the Valley spokeswoman"),
    ],
)
def test_a_spokeswoman_for_a_body_named_with_of_or_for(
    analysis_nlp: Language, body: str, speaker: str
) -> None:
    text = _HEADLINE + f"a spokeswoman for {body} said the money would pay for new trains.\n"
    assert quote_speakers(analysis_nlp, text) == [speaker]


def test_the_department_later_is_the_body_and_the_spokesman_one_speaker(
    analysis_nlp: Language,
) -> None:
    text = _HEADLINE + (
        "a spokesman for the Department of Transport said the money would pay for new trains. "
        "The department said it would publish the figures. A spokesman for the Department of "
        "Transport later said the figures were ready.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Department of Transport spokesman",
        "Department of Transport",
        "Department of Transport spokesman",
    ]
