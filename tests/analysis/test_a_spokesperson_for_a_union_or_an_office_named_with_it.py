"""A spokesperson for a body named by its noun with its name before it ("a spokesman for the
Tarn union") is shown as that body's spokesperson ("Tarn union spokesman"), one speaker with a
later "he"; and a spokesperson for an office held for a place ("a spokeswoman for the Mayor of
Ashby") is the spokesperson of that office by its whole name, not of "Mayor" alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run

_HEADLINE = "Bus strike called\n\n"


def test_a_spokesman_for_a_named_union_is_its_spokesman(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Talks between the bus operator and drivers broke down on Monday. A spokesman for the "
        'GMB union said members would walk out on Friday. "We were given no choice," he said.\n'
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["GMB union spokesman", "GMB union spokesman"]
    assert [(s.name, s.kind.value) for s in result.speakers] == [("GMB union spokesman", "person")]


@pytest.mark.parametrize(
    ("office", "speaker"),
    [
        ("the Mayor of London", "Mayor of London spokeswoman"),
        ("the Governor of Texas", "Governor of Texas spokeswoman"),
        # an office of one person, never that person speaking
        ("the Prime Minister", "Prime Minister spokeswoman"),
    ],
)
def test_a_spokeswoman_for_an_office_of_a_place_keeps_the_place(
    analysis_nlp: Language, office: str, speaker: str
) -> None:
    text = _HEADLINE + (
        "Drivers will walk out on Friday. "
        f"A spokeswoman for {office} said the strike would hurt commuters.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [speaker]


def test_a_spokesman_for_the_union_named_before_is_its_spokesman(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "The GMB union said members had been given no warning. A spokesman for the union said "
        "it would seek talks.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["The GMB union", "GMB union spokesman"]
