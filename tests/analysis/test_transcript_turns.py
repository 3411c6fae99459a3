"""A court transcript: each labelled turn is its own speaker's, however the lines wrap; a heading
that ends with a date ("Evening Briefing: …, 14 March 2026") is no one's turn."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


def turns(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    result = run(nlp, text)
    return [
        (q.speaker, text[q.start : q.end]) for q in result.quotes if _opens_a_turn(text, q.start)
    ]


def _opens_a_turn(text: str, start: int) -> bool:
    """Whether words start right after a line's label: "Counsel: …", "A: …"."""
    label = text[text.rfind("\n", 0, start) + 1 : start]
    return label.endswith(": ") and " " not in label[:-2]


def test_counsel_between_wrapped_answers_is_counsels_turn(analysis_nlp: Language) -> None:
    text = (
        "Day three of the warehouse fire trial\n\n"
        "The jury heard from the defendant, Mark Ellis, on Tuesday, when he was\n"
        "questioned by counsel for the prosecution about the night of the fire\n"
        "and about the statement he gave to detectives in the spring.\n\n"
        "Q: Where were you on the night of the fire at the warehouse in Leeds?\n"
        "A: I was at home with my sister and her two children the whole night\n"
        "Counsel: That is not what you told the police when they came in March.\n"
        "A: I told them the truth about that night and I have said so since then.\n"
    )
    assert turns(analysis_nlp, text) == [
        ("Mark Ellis", "I was at home with my sister and her two children the whole night"),
        ("Counsel", "That is not what you told the police when they came in March."),
        ("Mark Ellis", "I told them the truth about that night and I have said so since then."),
    ]


def test_a_witness_answering_counsel_takes_turns_with_counsel(analysis_nlp: Language) -> None:
    text = (
        "Day three of the warehouse fire trial\n\n"
        "The jury heard from a witness on Tuesday.\n\n"
        "Counsel: Where were you on the night of the fire?\n"
        "Witness: I was at home with my sister all evening.\n"
        "Counsel: That is not what you told the police in March.\n"
    )
    assert turns(analysis_nlp, text) == [
        ("Counsel", "Where were you on the night of the fire?"),
        ("Witness", "I was at home with my sister all evening."),
        ("Counsel", "That is not what you told the police in March."),
    ]


def test_a_kicker_over_a_story_is_still_nobodys_turn(analysis_nlp: Language) -> None:
    text = (
        "Flood: residents told to leave their homes tonight\n\n"
        "Water rose through the town centre on Sunday.\n"
    )
    assert turns(analysis_nlp, text) == []


@pytest.mark.parametrize(
    "headline",
    [
        "Storm Darragh: two dead as 90mph winds batter west coast",
        "Hurricane Milton: millions told to leave their homes",
    ],
)
def test_a_named_storm_over_a_story_is_nobodys_turn(analysis_nlp: Language, headline: str) -> None:
    text = f"{headline}\n\nWater rose through the town centre on Sunday.\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == []


def test_a_name_over_a_headline_quote_is_still_theirs(analysis_nlp: Language) -> None:
    text = "Tom Storm: We will rebuild every home\n\nWater rose through the town on Sunday.\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Tom Storm"]


def test_i_in_a_turn_is_the_one_whose_turn_it_is(analysis_nlp: Language) -> None:
    text = (
        "Day three of the warehouse fire trial\n\n"
        "Counsel: Where were you on the night of the fire?\n"
        "Witness: I was at home. I told the police that I had seen nothing at all.\n"
        "Counsel: That is not what you told the police in March.\n"
    )
    seen = [
        q.speaker for q in run(analysis_nlp, text).quotes if "seen nothing" in text[q.start : q.end]
    ]
    assert seen == ["Witness", "Witness"]  # the turn, and what the witness told the police


def test_a_heading_ending_with_a_date_is_nobodys_turn(analysis_nlp: Language) -> None:
    text = (
        "Evening Briefing: Interview with the Harbour Master, 14 March 2026\n\n"
        "PRESENTER: The harbour has been shut since the storm. When will it reopen?\n\n"
        "HARBOUR MASTER: We will reopen the harbour by 2026. The divers have finished.\n"
    )
    said = [(q.speaker, text[q.start : q.end]) for q in run(analysis_nlp, text).quotes]
    assert said == [
        ("PRESENTER", "The harbour has been shut since the storm. When will it reopen?"),
        ("HARBOUR MASTER", "We will reopen the harbour by 2026. The divers have finished."),
    ]
