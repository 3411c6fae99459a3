"""A number that is part of a title or a name is no figure: a show after a capital "The"
inside a sentence ("The 411"), a documentary called "13th", a flight or a room it labels
("Flight 370", "the 737 Max"), a part, a kind or a grade ("page 12", "type 1 diabetes"), a
section of the tax code ("401(k)", "529 plans"), a year or a number naming a body ("the 1922
Committee", "a 1,000 Club member", "the Group of 20"), a route ("the 73 bus"), a product's
version ("iOS 17"); the same numbers counting something, or a year before what is no body
("the 2024 Budget"), stay figures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("She talked about her new album on The 411 last week.", "411"),
        ("Tickets for The 1975 sold out within minutes.", "1975"),
        ("The class watched the documentary 13th before the debate.", "13th"),
        ("Flight 370 vanished over the ocean with 239 people on board.", "370"),
        ("Room 101 was locked for the whole of the inspection.", "101"),
        ("Regulators said the 737 Max could fly again after a review.", "737"),
        ("Many savers moved their money into 401(k) accounts this year.", "401"),
        ("Grandparents can pay into 529 plans for their grandchildren.", "529"),
        ("A 501(c)(3) charity runs the food bank.", "501"),
        # a number after a part, a place, a kind or a grade labels it
        ("She has lived with type 1 diabetes since she was a child.", "1"),
        ("He was told he had stage 4 cancer.", "4"),
        ("The vaccine is now in a phase 3 trial.", "3"),
        ("Officials issued a level 3 alert.", "3"),
        ("The fees are set out on page 12 of the report.", "12"),
        ("The winners return for series 11 in the spring.", "11"),
        ("They watched Love Island series 11. Proposition 22 passed.", "22"),
        ("In round 2 30 players were out.", "2"),
        # a year before a body in capitals names it
        ("The 1922 Committee met on Monday.", "1922"),
        ("Tory MPs on the 1922 Committee backed her.", "1922"),
        ("He joined the 1970 Club in London.", "1970"),
        # so does any number, and a number after a body's "of"
        ("A 1,000 Club member spoke at the dinner.", "1,000"),
        ("He joined the 300 Club last year.", "300"),
        ("The Group of 20 met in Rome.", "20"),
        ("The 2019 Group said the plan would fail.", "2019"),
        # a route's number before its bus or road
        ("She took the 73 bus home.", "73"),
        ("The number 73 bus was late.", "73"),
        ("He drove the 405 freeway to work.", "405"),
        # a product's version, which the model may take for a count, a date or a time
        ("The update to iOS 17 fixed 12 bugs.", "17"),
        ("Apple said iOS 18 would ship in September.", "18"),
        ("Google released Android 14 on Monday.", "14"),
        ("The update iOS 17 shipped, as did Android 14 and Windows 11.", "14"),
    ],
)
def test_a_number_in_a_title_or_a_name_is_no_figure(nlp: Language, text: str, number: str) -> None:
    assert not any(number in words for words, _, _, _ in facts(nlp, text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The airline delivered 737 planes last year.", ("737", FigureKind.COUNT, 737.0, "planes")),
        (
            "The 12 victims were named by police on Monday.",
            ("12", FigureKind.COUNT, 12.0, "victims"),
        ),
        (
            "She finished 13th in the final of the 400 metres.",
            ("13th", FigureKind.ORDINAL, 13.0, None),
        ),
        (
            "He won a record 13th at the club championship.",
            ("a record 13th", FigureKind.ORDINAL, 13.0, None),
        ),
        ("Windows 11 users grew 30% in a year.", ("30%", FigureKind.PERCENT, 0.3, None)),
        (
            "After the first round 12 players were out.",
            ("12", FigureKind.COUNT, 12.0, "players"),
        ),
        ("Unions plan to stage 12 strikes.", ("12", FigureKind.COUNT, 12.0, "strikes")),
        ("In round 2 30 players were out.", ("30", FigureKind.COUNT, 30.0, "players")),
        ("After stage 3 40 riders had quit.", ("40", FigureKind.COUNT, 40.0, "riders")),
        ("England lead the series 2-1.", ("2-1", FigureKind.COUNT, "2-1", None)),
        (
            "Of The 100 richest families in the region, only 12 are led by women.",
            ("100", FigureKind.COUNT, 100.0, "families"),
        ),
        (
            "Of the clergy, 6 Orthodox priests and 14 Catholics attended.",
            ("14", FigureKind.COUNT, 14.0, "Catholics"),
        ),
        (
            "Ministers published the 2024 Budget on Wednesday.",
            ("2024", FigureKind.DATE, "2024", None),
        ),
        ("She voted in the 2016 referendum.", ("2016", FigureKind.DATE, "2016", None)),
        ("The 2024 committee met on Monday.", ("2024", FigureKind.DATE, "2024", None)),
        ("The 2010 Coalition cut spending.", ("2010", FigureKind.DATE, "2010", None)),
        ("Reform Wins 2024 Council Seats", ("2024", FigureKind.DATE, "2024", None)),
        ("1,000 club members spoke.", ("1,000", FigureKind.COUNT, 1000.0, "members")),
        ("A group of 20 nations met.", ("20", FigureKind.COUNT, 20.0, "nations")),
        ("Then 73 buses were cancelled.", ("73", FigureKind.COUNT, 73.0, "buses")),
        ("The council runs 73 bus routes.", ("73", FigureKind.COUNT, 73.0, "routes")),
        ("Only 1 train ran on Sunday.", ("1", FigureKind.COUNT, 1.0, "train")),
    ],
)
def test_the_same_numbers_counting_stay_figures(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str | None]
) -> None:
    assert figure in facts(nlp, text)


def test_a_headline_in_title_case_keeps_its_counts(nlp: Language) -> None:
    found = facts(
        nlp, "Why The 12 Victims Of The Fire Were Never Named\n\nThe inquiry opens today."
    )
    assert any(words == "12" for words, _, _, _ in found)
