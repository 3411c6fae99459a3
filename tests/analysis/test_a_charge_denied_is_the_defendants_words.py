"""A charge denied in court ("denied fraud", "denies two counts of theft") is the defendant's
statement, reported as a charge admitted is; what is withheld from someone ("denied access to
the site", "denied him a contract", "was denied bail") is no one's words, nor are people
let in ("admitted patients")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said, words


def test_a_charge_denied_or_admitted_is_reported(analysis_nlp: Language) -> None:
    text = (
        "Directors in court\n\n"
        "Paul Reeve, 51, and Jan Holt, 47, appeared at Bristol Crown Court. Reeve denied "
        "fraud. Holt denied two counts of theft and three charges of false accounting. "
        "Their accountant admitted forgery.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        ("Paul Reeve", "denied", "fraud"),
        ("Jan Holt", "denied", "two counts of theft and three charges of false accounting"),
        ("Their accountant", "admitted", "forgery"),
    ]


def test_a_thing_withheld_from_someone_is_no_quote(analysis_nlp: Language) -> None:
    text = (
        "Protest camp cleared\n\n"
        "The council denied access to the site on Tuesday. Officials denied one organiser "
        "entry to the country, and the club denied him a contract. He was denied bail. The "
        "hospital admitted patients overnight.\n"
    )
    assert said(text, run(analysis_nlp, text)) == []


def test_the_charges_denied_are_reported_as_claims_denied_are_not(
    analysis_nlp: Language,
) -> None:
    text = (
        "Builder on trial\n\n"
        "Dean Marlow, 44, appeared at Leeds Crown Court on Monday. Marlow denied the charges. "
        "His brother Neil denied all the charges against him. Their foreman later denied the "
        "claims, and the site manager denied it.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        ("Dean Marlow", "denied", "the charges"),
        ("Neil", "denied", "all the charges against him"),
    ]
