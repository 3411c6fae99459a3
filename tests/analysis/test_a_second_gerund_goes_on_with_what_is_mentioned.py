"""A second gerund after "and" goes on with what a cue not in "-ing" reports ("has mentioned
refinancing loans and forcing colleges to …"), though the parse hangs it on the cue; a
participle after ", and" that reports ("…, and calling for …") is an act of its own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_both_gerunds_are_mentioned(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Student debt\n\nSenator Ruiz has mentioned refinancing student loans and forcing "
        "universities to spend more from their endowments to help students.\n",
    )
    assert said(text, result) == [
        (
            "Ruiz",
            "mentioned",
            "refinancing student loans and forcing universities to spend more from their "
            "endowments to help students",
        )
    ]


def test_calling_for_after_a_comma_is_its_own_report(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Transport\n\nThe council issued a paper welcoming the mayor’s plans to widen the ring "
        "road, and calling for a tram line to the airport.\n",
    )
    assert [(cue, words) for _, cue, words in said(text, result)] == [
        ("plans", "to widen the ring road"),
        ("calling for", "a tram line to the airport"),
    ]
