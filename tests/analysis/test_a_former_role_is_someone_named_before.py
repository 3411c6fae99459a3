"""A match report calls whom it just quoted by a past role ("the former Rovers captain said")
as it calls them by age ("the 34-year-old said"): the person named before, even one the
story gave another role today ("Ashfield boss Lee Marsh")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

_REPORT = (
    "Rovers snatch late win\n\n"
    'Rovers manager Tom Hale praised his side. "We never stopped running," Hale said.\n\n'
    'Striker Dan Okafor scored the winner. "I just hit it and hoped," the 34-year-old said.\n\n'
    "Ashfield boss Lee Marsh said his players were devastated. "
)


def test_the_former_captain_is_the_manager_just_quoted(analysis_nlp: Language) -> None:
    text = _REPORT + '"We switched off for one second," the former Rovers captain said.\n'
    assert quote_speakers(analysis_nlp, text) == [
        "Tom Hale",
        "Tom Hale",
        "Dan Okafor",
        "Lee Marsh",
        "Lee Marsh",
    ]


def test_a_captain_today_is_not_a_manager_named_before(analysis_nlp: Language) -> None:
    text = _REPORT + '"We switched off for one second," the Ashfield captain said.\n'
    assert quote_speakers(analysis_nlp, text)[-1] == "the Ashfield captain"
