"""The court where something was admitted or pleaded, and the day it sat, tell where and
when the words were said, not what they were: "admitted causing death by dangerous driving
at Leeds Crown Court on Friday" reports "causing death by dangerous driving". A day alone
may be when the act was done, and a place in a clause with a subject of its own is in the
words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_court_and_the_day_end_the_words(analysis_nlp: Language) -> None:
    text = (
        "Driver jailed\n\n"
        "Tom Reid admitted causing serious injury by careless driving at Exeter Crown Court "
        "on Friday. His passenger, Ann Gale, pleaded guilty to perverting the course of "
        "justice at Exeter Magistrates' Court.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes] == [
        ("Tom Reid", "causing serious injury by careless driving"),
        ("Ann Gale", "guilty to perverting the course of justice"),
    ]


def test_a_day_alone_or_a_court_in_a_clause_stays_in_the_words(analysis_nlp: Language) -> None:
    text = (
        "Driver jailed\n\n"
        "Tom Reid admitted stealing a van on Friday. Ann Gale said the van was found at "
        "Exeter Crown Court on Monday.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes] == [
        ("Tom Reid", "stealing a van on Friday"),
        ("Ann Gale", "the van was found at Exeter Crown Court on Monday"),
    ]
