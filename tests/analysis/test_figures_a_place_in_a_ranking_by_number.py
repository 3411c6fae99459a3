"""A place in a ranking by its number is a rank: "world number 14", "the world No 3", "ranked
number two" and "seeded No. 4" are ordinals, not counts, nor numbers that name a thing as
"No. 10" does; so are a place an owner ranks ("the nation's No 1 exporter") and one after "be"
or a move ("was number one in the charts", "fell to number five", "Safety is number one"),
and the top place reached ("went to number one", "reached number one", "hit No 1"), or any
place reached in the charts or a table ("reached No 3 in the charts").
Elsewhere "No 10" still names Downing Street ("returned to No 10 in July", "went to No 10",
"went to Number Ten") and a shirt ("England's No 10 Marcus Hale"), "No 1 Court" a court,
"number 14" a house ("The house is number 14"), "Number one, we must …" lists, and "There is
no one" is nobody."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Okoro, the world number 14, trains at altitude.", "number 14", 14.0),
        ("The world No 3 from Ethiopia will also race.", "No 3", 3.0),
        ("Last year she was ranked number two.", "number two", 2.0),
        ("She was seeded No. 4 at the Open.", "No. 4", 4.0),
        ("World No 1 Lena Varga lost in straight sets.", "No 1", 1.0),
    ],
)
def test_a_place_in_a_ranking_by_its_number_is_a_rank(
    nlp: Language, text: str, words: str, value: float
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.ORDINAL, value, None)


def test_a_number_naming_an_office_is_still_no_figure(nlp: Language) -> None:
    assert find_figures(nlp("A No 10 spokesman said the talks went well.")) == []


def test_a_house_number_is_no_rank(nlp: Language) -> None:
    figures = find_figures(nlp("She lives at number 14 on Mill Lane."))
    assert [f for f in figures if f.kind is FigureKind.ORDINAL] == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The song is number one in the country.", "number one", 1.0),
        ("The band was number one in the charts for six weeks.", "number one", 1.0),
        ("Her single was No 1 in the charts.", "No 1", 1.0),
        ("The team is number 4 in the league.", "number 4", 4.0),
        ("We're still number one this week.", "number one", 1.0),
        ("For the board, safety is number one.", "number one", 1.0),
        ("The album is number one in 12 countries.", "number one", 1.0),
        ("Norland is the region's No 1 exporter of timber.", "No 1", 1.0),
        ("Britain's number two carmaker cut jobs.", "number two", 2.0),
        ("The museum fell to number five.", "number five", 5.0),
        ("The single climbed to No 3 in the charts.", "No 3", 3.0),
        ("Record crowds came, making it number one in the region.", "number one", 1.0),
    ],
)
def test_a_place_an_owner_ranks_or_after_be_or_a_move_is_a_rank(
    nlp: Language, text: str, words: str, value: float
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.ORDINAL, value, None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The single went to number one in the charts.", "number one"),
        ("The album went straight to number one in May.", "number one"),
        ("Their debut single reached number one.", "number one"),
        ("The song hit No 1 in the vinyl charts.", "No 1"),
        ("The band is going to number one, its label says.", "number one"),
    ],
)
def test_the_top_place_reached_is_a_rank(nlp: Language, text: str, words: str) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.ORDINAL, 1.0, None)


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("The single reached No 3 in the charts in 1994.", "No 3", 3.0),
        ("The band hit number 7 in the singles chart.", "number 7", 7.0),
        ("The party reached No 2 in the polls.", "No 2", 2.0),
    ],
)
def test_a_place_reached_in_the_charts_or_a_table_is_a_rank(
    nlp: Language, text: str, words: str, place: float
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value) == (FigureKind.ORDINAL, place)


def test_a_ranking_number_before_in_is_no_share(nlp: Language) -> None:
    figures = found(nlp, "The album is number one in 12 countries.")
    assert [f.kind for f in figures.values()] == [FigureKind.ORDINAL, FigureKind.COUNT]


@pytest.mark.parametrize(
    "text",
    [
        "Number one, we must fix the roads.",
        "Here's number one: the roads.",
        "There is no one in the room.",
        "There's no one left to ask.",
        "The house is number 14.",
        "She returned to No 10 in July.",
        "He rose to No 10 after the election.",
        "She went to No 10 in July.",
        "Blair reached No 10 in 1997.",
        "He reached No 10 in the small hours.",
        "He went to Number Ten on Friday.",
        "The fire reached No 12 Mill Lane.",
        "The final went to No 1 Court.",
        "England's No 10 Marcus Hale was injured in training.",
        "Chelsea's No 9 was dropped for the derby.",
    ],
)
def test_a_list_an_address_or_nobody_is_no_rank(nlp: Language, text: str) -> None:
    assert [f for f in find_figures(nlp(text)) if f.kind is FigureKind.ORDINAL] == []
