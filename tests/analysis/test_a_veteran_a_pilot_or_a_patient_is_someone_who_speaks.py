"""Everyday nouns for people (trades, roles in public life, at law or at war, kin, ages and
conditions: "the veteran", "the pilot", "the patient", "the tenant") are someone who speaks,
as "the nurse" is: a colon after what they did opens their words, "according to a pilot at
the port, Tom Reed" is Tom Reed's, and questioning one or one showing no emotion reports no
words, and a headline's "Veteran: '…'" is the veteran's. A person's noun that opens a body's name
("Citizens for Fair Rent") is no title. A number set off after one ("A patient, 34,") is an
age. A word that only ends like one ("twist", "list", "human") is a thing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, run_with_text, said, words

HEAD = "Harbour closure\n\nThe harbour shut on Monday after two hundred years.\n\n"


@pytest.mark.parametrize(
    "noun",
    [
        "veteran",
        "pilot",
        "patient",
        "tenant",
        "inmate",
        "refugee",
        "child",
        "photographer",
        "churchgoer",
    ],
)
def test_a_colon_after_one_opens_their_words(analysis_nlp: Language, noun: str) -> None:
    text, result = run_with_text(
        analysis_nlp, f'{HEAD}The {noun} was blunt: "Nobody asked us about any of it."\n'
    )
    assert said(text, result) == [
        (f"The {noun}", "was blunt", '"Nobody asked us about any of it."')
    ]


def test_a_name_closing_according_to_one_is_the_source(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}The ferry will stop in May, according to a pilot at the port, Tom Reed.\n",
    )
    assert said(text, result) == [("Tom Reed", "according to", "The ferry will stop in May")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police questioned the tenant on Tuesday.",
        "The inmate showed no emotion as the verdict was read.",
    ],
)
def test_doing_something_to_one_reports_no_words(analysis_nlp: Language, sentence: str) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []


def test_a_body_named_for_people_keeps_its_first_word(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}Citizens for Fair Rent said the vote was rushed.\n"
    )
    assert said(text, result) == [("Citizens for Fair Rent", "said", "the vote was rushed")]


def test_a_headline_label_of_one_is_who_speaks(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, 'Veteran: "We were lied to"\n\nThe harbour shut on Monday.\n'
    )
    assert [(q.speaker, words(text, q)) for q in result.quotes] == [
        ("veteran", '"We were lied to"')
    ]


@pytest.mark.parametrize("noun", ["patient", "refugee", "veteran"])
def test_a_number_set_off_after_one_is_an_age(analysis_nlp: Language, noun: str) -> None:
    assert facts(analysis_nlp, f"A {noun}, 34, said the ward was cold.") == [
        ("34", FigureKind.QUANTITY, 34.0, "years")
    ]


def test_a_word_that_only_ends_like_a_persons_noun_is_a_thing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f'{HEAD}The twist came late: "We are leaving," she said.\n'
    )
    assert said(text, result) == [("she", "said", '"We are leaving,"')]
