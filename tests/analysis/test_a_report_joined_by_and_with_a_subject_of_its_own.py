"""A report joined on by "and" with a subject of its own is that subject's, not part of the
words before it: "Republicans said … and Democrats accused the majority of …", even when the
parse joins "Democrats" to the noun before it; "… and the auditors disputed the March figures"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_a_second_side_accusing_is_its_own_report(analysis_nlp: Language) -> None:
    text = (
        "Council row\n\n"
        "Council Republicans said they were sure the mayor's office had botched the audit and "
        "Democrats accused the majority of inflating the row for political gain.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("Republicans", "said", "they were sure the mayor's office had botched the audit"),
        ("Democrats", "accused", "the majority of inflating the row for political gain"),
    ]


def test_others_disputing_after_and_end_the_words(analysis_nlp: Language) -> None:
    text = (
        "Council row\n\n"
        "The treasurer said the fund was solvent and the auditors disputed the March figures.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("The treasurer", "said", "the fund was solvent"),
        ("the auditors", "disputed", "the March figures"),
    ]
