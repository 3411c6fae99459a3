"""What a cue reports runs on past a "from" phrase saying whose its object is ("cited
endorsements from 40 mayors") and past a question joined after it ("spoke of the court's
history, and how …"), though the parse hangs both on the cue; a "from" of place stays out."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_whose_endorsements_are_cited(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Backers\n\nRuiz cited his own endorsements from 40 mayors and council leaders Tuesday.\n",
    )
    assert said(text, result) == [
        ("Ruiz", "cited", "his own endorsements from 40 mayors and council leaders")
    ]


def test_a_question_joined_on_is_spoken_of(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Court history\n\nThe judge spoke of the history of the court, and how the fight for "
        "fair trials shaped it.\n",
    )
    assert said(text, result) == [
        (
            "The judge",
            "spoke of",
            "the history of the court, and how the fight for fair trials shaped it",
        )
    ]


def test_where_it_was_praised_from_is_no_part_of_it(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Rescue\n\nRuiz praised the rescue effort from London last night.\n"
    )
    assert said(text, result) == [("Ruiz", "praised", "the rescue effort")]
