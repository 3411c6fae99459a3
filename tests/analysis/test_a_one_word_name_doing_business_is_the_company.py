"""A one-word name that does what a firm does (cuts jobs, closes stores, reports a loss or
a fall in profit, lays off workers, raises prices, employs people) is a firm, and a later "the company" is that firm; a union
named in a strike story is still no company."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


@pytest.mark.parametrize(
    "act",
    [
        "Northwind is to cut 600 jobs and close 40 stores across the country.",
        "Northwind has raised its prices twice this year.",
        "Northwind will lay off 300 workers at its depot in Corby.",
        "Northwind, the Dutch chip equipment maker, reported a 38% fall in quarterly profit.",
        "Northwind employs 21,000 people, about 9,500 of them in the Netherlands.",
    ],
)
def test_a_name_doing_business_is_the_company(analysis_nlp: Language, act: str) -> None:
    text = (
        "Retailer in trouble\n\n"
        f"{act} The company said the cuts would fall mostly on its head office.\n"
    )
    result = run(analysis_nlp, text)
    # "reported a 38% fall" is a report of its own: Northwind's too
    assert {q.speaker for q in result.quotes} == {"Northwind"}
    assert [(s.name, s.kind) for s in result.speakers] == [("Northwind", SpeakerKind.ORGANISATION)]


def test_a_union_in_a_strike_story_is_not_the_company(analysis_nlp: Language) -> None:
    text = (
        "Depot strike\n\n"
        "Northwind is to cut 600 jobs. Unite said its members at the depot would strike from "
        "Monday. The company said it regretted the union's decision.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Unite", "Northwind"]
