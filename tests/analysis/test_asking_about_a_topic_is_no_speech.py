"""Asking about something is not saying it: "Reporters asked about the delay" and "When she
asked about the delay" give no one's words; the answer after it is the one who answers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, run_with_text, said


def test_reporters_asking_about_a_delay_say_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Bridge reopening delayed again\n\n"
        "Reporters asked about the delay, but the chief engineer, Mark Sutton, said the "
        "steel had arrived late.\n",
    )
    assert said(text, result) == [("Mark Sutton", "said", "the steel had arrived late")]


def test_she_asking_about_a_cost_says_nothing(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Bridge reopening delayed again\n\n"
        "The Harbour Bridge will stay closed until March.\n\n"
        "When she asked about the cost, Councillor Jane Pike was told the contractor had "
        "gone bust. Jane Pike asked him about the bill at a meeting on Tuesday.\n",
    )
    assert [q.cue for q in result.quotes] == ["told"]


def test_asking_about_how_something_happened_is_a_question_reported(
    analysis_nlp: Language,
) -> None:
    result = run(
        analysis_nlp,
        "Bridge reopening delayed again\n\nJane Pike asked about how the delay happened.\n",
    )
    assert [(q.speaker, q.cue) for q in result.quotes] == [("Jane Pike", "asked about")]


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("The survey asks people about crimes they have experienced in the past year.", []),
        ("The council asked residents about the new bus lanes last month.", []),
        # near misses: the question itself, and questions asked in words
        ("The council asked residents whether they wanted the bus lanes.", ["whether"]),
        ("The council asked questions about the new bus lanes.", ["questions"]),
    ],
)
def test_asking_people_about_a_topic_says_nothing(
    analysis_nlp: Language, sentence: str, quoted: list[str]
) -> None:
    text, result = run_with_text(analysis_nlp, f"Bus lanes\n\n{sentence}\n")
    assert [text[q.start : q.end].split()[0] for q in result.quotes] == quoted


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She pauses before answering whether she thinks she will stay.", []),
        # near miss: the answer itself
        ("She answered that she would stay.", [("She", "answered", "that she would stay")]),
    ],
)
def test_answering_whether_names_the_question_not_the_answer(
    analysis_nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    text, result = run_with_text(analysis_nlp, f"Farm handover\n\n{sentence}\n")
    assert said(text, result) == expected
