"""An unnamed spokesperson is shown as the spokesperson of the body they speak for ("a
spokesman for the firm" after "Northwind Energy" is the Northwind Energy spokesman), a
speaker apart from the body's own statements; a named spokesperson stays that person."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run

_HEADLINE = "Power cuts hit thousands\n\n"


def test_a_spokesman_for_the_firm_is_the_named_firms_spokesman(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Northwind Energy said it had restored supply to most homes. A spokesman for the firm "
        "said engineers had worked through the night. The spokesman added that bills would "
        "not rise.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == [
        "Northwind Energy",
        "Northwind Energy spokesman",
        "Northwind Energy spokesman",
    ]
    assert [s.name for s in result.speakers] == ["Northwind Energy", "Northwind Energy spokesman"]


def test_a_spokeswoman_for_a_named_firm_is_its_spokeswoman(analysis_nlp: Language) -> None:
    text = _HEADLINE + "A spokeswoman for Northwind Energy said engineers had worked all night.\n"
    assert quote_speakers(analysis_nlp, text) == ["Northwind Energy spokeswoman"]


def test_a_council_spokesperson_is_the_named_councils(analysis_nlp: Language) -> None:
    text = (
        "Bins left uncollected\n\n"
        "Harrow Council said the strike had ended. A council spokesperson said crews would "
        "catch up by Friday.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Harrow Council", "Harrow Council spokesperson"]


def test_a_named_spokesman_stays_that_person(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Northwind Energy said it had restored supply. A spokesman for the firm, Tom Reid, "
        "said engineers had worked through the night.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Northwind Energy", "Tom Reid"]


def test_a_spokesman_for_a_firm_never_named_is_no_other_body(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Ofgem said it would look into the outage. A spokesman for the firm said engineers "
        "had worked through the night.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Ofgem", "A spokesman for the firm"]
