"""A spokesperson given by a possessive ("its spokeswoman", "their spokesman") is shown as
the named body's spokesperson, as "a spokeswoman for the firm" is, and a later "the
spokeswoman" is the same speaker; a body named only inside a speaker's phrase ("a
spokeswoman for Northwind Energy") is what a later "the company" stands for."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run

_HEADLINE = "Storm leaves homes without power\n\n"


def test_its_spokeswoman_is_the_named_firms_spokeswoman(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Northwind Energy said it had restored supply to most homes. Its spokeswoman said "
        "engineers had worked through the night. The spokeswoman added that bills would not "
        "rise.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == [
        "Northwind Energy",
        "Northwind Energy spokeswoman",
        "Northwind Energy spokeswoman",
    ]
    assert [s.name for s in result.speakers] == ["Northwind Energy", "Northwind Energy spokeswoman"]


def test_its_spokesman_and_a_spokesman_for_the_firm_are_one_speaker(
    analysis_nlp: Language,
) -> None:
    text = _HEADLINE + (
        "Northwind Energy restored supply on Tuesday. A spokesman for the firm said engineers "
        "had worked all night. Its spokesman said later that bills would not rise.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Northwind Energy spokesman"] * 2


def test_a_councils_own_spokesman_is_the_councils(analysis_nlp: Language) -> None:
    text = (
        "Bins left uncollected\n\n"
        "Harrow Council said the strike had ended. Its spokesman said crews would catch up by "
        "Friday. The spokesman said overtime had been approved.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Harrow Council",
        "Harrow Council spokesman",
        "Harrow Council spokesman",
    ]


def test_the_company_is_the_firm_a_spokeswoman_spoke_for(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "A spokeswoman for Northwind Energy said engineers had worked all night. The company "
        "said bills would not rise.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Northwind Energy spokeswoman",
        "Northwind Energy",
    ]


def test_the_council_is_the_council_a_spokesman_spoke_for(analysis_nlp: Language) -> None:
    text = (
        "Bins left uncollected\n\n"
        "Crews were back out on Friday, a spokesman for Harrow Council said. The council said "
        "the strike had ended.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Harrow Council spokesman", "Harrow Council"]


def test_the_company_is_the_firm_its_chief_executive_runs(analysis_nlp: Language) -> None:
    text = _HEADLINE + (
        "Northwind Energy's chief executive, Jo Bell, said prices would fall next year. The "
        "company said bills would not rise this winter.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Jo Bell", "Northwind Energy"]


def test_a_thing_a_headline_names_has_no_spokeswoman(analysis_nlp: Language) -> None:
    # "Its" finds no named body before it (the model misreads "Ofgem" as a person): the
    # power cut of the headline is no one's employer.
    text = (
        "Power cut hits thousands\n\n"
        "Ofgem said it would look into the outage. Its spokeswoman said: “We expect answers "
        "by Friday.”\n"
    )
    assert "Power cut" not in quote_speakers(analysis_nlp, text)
