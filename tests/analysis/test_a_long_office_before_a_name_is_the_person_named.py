"""A long office written before a name ("Leader of Opposition in the Assembly Vijay
Wadettiwar said") is held by the person named after it, however the parse hangs the name on
the office's last words: the speaker is Vijay Wadettiwar, whom a later "Wadettiwar" joins."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers


@pytest.mark.parametrize(
    ("opening", "speakers"),
    [
        (
            "Leader of Opposition in the Assembly Vijay Wadettiwar",
            ["Vijay Wadettiwar", "Vijay Wadettiwar"],
        ),
        ("Leader of the Opposition Vijay Wadettiwar", ["Vijay Wadettiwar", "Vijay Wadettiwar"]),
        # near miss: an office the parse already read, and one with no name after it
        ("Minister of State for Health Anita Rao", ["Anita Rao", "Wadettiwar"]),
        ("The Leader of the House", ["The Leader of the House", "Wadettiwar"]),
    ],
)
def test_the_speaker_is_the_name_after_the_office(
    analysis_nlp: Language, opening: str, speakers: list[str]
) -> None:
    text = (
        "Row over relief\n\n"
        f"{opening} said the relief package was far too small for the farmers.\n\n"
        '"The farmers have been betrayed," Wadettiwar said.\n'
    )
    assert quote_speakers(analysis_nlp, text) == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # a given name the list lacks: the body the office is of ends before the name
        (
            "Leader of the Opposition Kemi Okafor said the budget had failed families.",
            ["Kemi Okafor", "Kemi Okafor"],
        ),
        (
            '"The budget has failed families," said Leader of the Opposition Kemi Okafor.',
            ["Kemi Okafor", "Kemi Okafor"],
        ),
        # an office "for" a portfolio, and one the parse hangs on the name
        (
            "Minister for Housing Tobiah Okafor said the budget had failed families.",
            ["Tobiah Okafor", "Tobiah Okafor"],
        ),
        (
            "Secretary of State for Health Ngozi Okafor said the budget had failed families.",
            ["Ngozi Okafor", "Ngozi Okafor"],
        ),
        # near misses: a given name the list has, a short office, the office alone
        (
            "Secretary of State for Health Sarah Okafor said the budget had failed families.",
            ["Sarah Okafor", "Sarah Okafor"],
        ),
        (
            "Health Secretary Ngozi Okafor said the budget had failed families.",
            ["Ngozi Okafor", "Ngozi Okafor"],
        ),
        (
            '"The budget has failed families," said the Minister for Housing.',
            ["the Minister for Housing", "Okafor"],
        ),
        # the office alone, its body's name in capitals too
        (
            '"The budget has failed families," said the Leader of the National Assembly.',
            ["the Leader of the National Assembly", "Okafor"],
        ),
    ],
)
def test_the_name_after_the_body_of_the_office_speaks(
    analysis_nlp: Language, sentence: str, speakers: list[str]
) -> None:
    text = f'Budget row\n\n{sentence}\n\n"We will vote against it," Okafor said.\n'
    assert quote_speakers(analysis_nlp, text) == speakers
