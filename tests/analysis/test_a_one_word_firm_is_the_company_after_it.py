"""A firm called by one word is an organisation when the story shows it a firm: a description
before the name ("Streaming giant Flickr+") or what is "its" ("a tenth of its workforce").
A firm set beside "a start-up" is one too. A later "the company", even with an aside after
it, is then that firm; a name with neither leaves "the company" a speaker of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_firm_described_in_the_headline_is_the_company(analysis_nlp: Language) -> None:
    text = (
        "Streaming giant Vidora to cut 400 jobs as growth slows\n\n"
        "Vidora is to cut about 400 jobs after a year of slowing growth. The company, which "
        "is based in Austin, said in a letter to staff that the cuts would fall mostly on "
        "its sales teams.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Vidora"]
    assert [(s.name, s.kind) for s in result.speakers] == [("Vidora", SpeakerKind.ORGANISATION)]


def test_its_workforce_makes_a_one_word_name_a_firm(analysis_nlp: Language) -> None:
    text = (
        "Job cuts\n\n"
        "Northwind is to cut 600 jobs, a tenth of its workforce. The company said the cuts "
        "would fall on its sales teams. Northwind said the savings would pay for new stores.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Northwind", "Northwind"]
    assert [(s.name, s.kind) for s in result.speakers] == [("Northwind", SpeakerKind.ORGANISATION)]


@pytest.mark.parametrize(
    ("described", "later", "speakers"),
    [
        # a start-up is a firm, however the tokenizer splits the word at its hyphen
        ("the Texas start-up backed by Sequoia", "The company", ["Orvane", "Orvane"]),
        ("a Texas start-up", "The firm", ["Orvane", "Orvane"]),
        # near miss: a charity is no firm that "the company" stands for
        ("the Texas charity", "The company", ["Orvane", "The company"]),
    ],
)
def test_a_firm_set_beside_start_up_is_the_company(
    analysis_nlp: Language, described: str, later: str, speakers: list[str]
) -> None:
    text = (
        "Drone launched\n\n"
        f"Orvane, {described}, said its drone could fly for two hours.\n\n"
        f"{later} said it had sold 2,000 drones.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == speakers


def test_a_name_with_nothing_a_firm_has_is_not_the_company(analysis_nlp: Language) -> None:
    text = (
        "Strike called off\n\n"
        "Unite said its members would return to work on Monday. The company said it "
        "welcomed the decision.\n"
    )
    assert {q.speaker for q in run(analysis_nlp, text).quotes} == {"Unite", "The company"}


def test_a_trade_before_a_name_makes_no_firm(analysis_nlp: Language) -> None:
    text = (
        "Album delayed\n\n"
        "Record producer Okonkwo said the album would be late. The company said it was "
        "shocked.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Okonkwo", "The company"]
