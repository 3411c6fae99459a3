"""A cricket score is runs for wickets, one figure: "England were 120 for 4" is "120-4" in
"runs-wickets", never an age of 120 and a count of four; "58.3 overs" is 58 overs and 3 balls,
351 balls, never a decimal of overs. A golfer's strokes against par are a
count: "finished 12 under par", "a round of 65, seven under", "Dunn is 12 under for the
championship" count shots under par, no age of 12."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts

CRICKET = (
    "England collapse at Lord's\n\n"
    "England were 120 for 4 at tea on the second day, with Joe Root unbeaten on 54.\n\n"
    "Australia had been bowled out for 310. By stumps England had reached 250 for 7.\n"
)

GOLF = (
    "Dunn takes control at Troon\n\n"
    "Rory Dunn shot a round of 65, seven under, on Thursday.\n\n"
    "Dunn is 12 under for the championship. His playing partner finished two over par.\n"
)


def test_a_cricket_score_is_runs_for_wickets(analysis_nlp: Language) -> None:
    scores = [f for f in facts(analysis_nlp, CRICKET) if f[3] == "runs-wickets"]
    assert scores == [
        ("120 for 4", FigureKind.COUNT, "120-4", "runs-wickets"),
        ("250 for 7", FigureKind.COUNT, "250-7", "runs-wickets"),
    ]
    assert not [f for f in facts(analysis_nlp, CRICKET) if f[3] == "years"]


def test_strokes_against_par_are_counted(analysis_nlp: Language) -> None:
    against_par = [f for f in facts(analysis_nlp, GOLF) if f[0] in ("seven", "12", "two")]
    assert against_par == [
        ("seven", FigureKind.COUNT, 7.0, "shots under par"),
        ("12", FigureKind.COUNT, 12.0, "shots under par"),
        ("two", FigureKind.COUNT, 2.0, "shots over par"),
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("India were bowled out in 58.3 overs.", ("58.3", FigureKind.QUANTITY, 351.0, "balls")),
        ("He bowled 9.2 overs for 30 runs.", ("9.2", FigureKind.QUANTITY, 56.0, "balls")),
        # whole overs stay a count of overs
        ("They batted for 20 overs.", ("20", FigureKind.COUNT, 20.0, "overs")),
    ],
)
def test_overs_and_the_balls_of_the_next_are_balls(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, str]
) -> None:
    assert figure in facts(nlp, text)
