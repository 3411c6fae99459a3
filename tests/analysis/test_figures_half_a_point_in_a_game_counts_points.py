"""Half a point in a game or a table is half of one of its points, a count of 0.5 points:
"Carlsen leads by half a point after the seventh round", "half a point clear at the top". A
rate's "cut by half a point" stays the share 0.005 (see the share of a point in words)."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts

CHESS = (
    "Carlsen stretches lead in Stavanger\n\n"
    "Carlsen leads by half a point after the seventh round of the tournament.\n\n"
    "In the women's event, Ju is half a point clear at the top of the table.\n"
)
RATES = "The central bank cut interest rates by half a point on Thursday.\n"


def test_half_a_point_in_a_game_is_half_a_point(analysis_nlp: Language) -> None:
    halves = [f for f in facts(analysis_nlp, CHESS) if f[0] == "half a point"]
    assert halves == [("half a point", FigureKind.COUNT, 0.5, "points")] * 2


def test_half_a_point_of_a_rate_stays_a_share(analysis_nlp: Language) -> None:
    assert ("half a point", FigureKind.PERCENT, 0.005, None) in facts(analysis_nlp, RATES)
