"""Offering money, a deal, a bonus or a job is no speech, and inside someone's reported
words an offer is part of them; offering an apology or to resign is still reported."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def said(analysis_nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.cue) for q in run(analysis_nlp, text).quotes]


def test_an_offer_inside_reported_words_is_part_of_them(analysis_nlp: Language) -> None:
    text = (
        "Harlow Freight said in a statement it had offered a 3% rise and a bonus of £500 "
        "per driver, and that the strike would hurt customers.\n"
    )
    assert said(analysis_nlp, text) == [("Harlow Freight", "said")]


def test_offering_money_or_a_job_reports_no_words(analysis_nlp: Language) -> None:
    for text in (
        "The club offered the striker a three-year contract worth £2m.\n",
        "The council offered residents £300 each towards their heating bills.\n",
        "The firm offered her a job in its London office.\n",
    ):
        assert said(analysis_nlp, text) == [], text


def test_offering_an_apology_is_reported(analysis_nlp: Language) -> None:
    text = "The chief executive offered an apology to passengers on Tuesday.\n"
    assert said(analysis_nlp, text) == [("The chief executive", "offered")]
