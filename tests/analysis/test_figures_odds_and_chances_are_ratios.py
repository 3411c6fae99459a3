"""Odds and a chance written as a pair joined by a hyphen or a slash are a ratio, the share of
the whole its first part is, as "odds of 5:1" is: "at odds of 5-1" and "the odds are 5/1" 0.833,
"a 50-50 chance" 0.5, "2-1 against with most bookmakers" 0.667, "5/1 odds" and "is 11/4 to
score" too; never a score nor a range;
"evens", with no number, is no figure. A game's score beside them stays a score."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts

PREVIEW = (
    "Rovers face uphill battle in cup replay\n\n"
    "Rovers, who lost the first game 3-1, go into Saturday's replay at odds of 5-1 with the "
    "visitors clear favourites.\n\n"
    'Manager Tom Reid said his side had a 50-50 chance of reaching the final. "We have nothing '
    'to lose," he said.\n\n'
    "The hosts were evens to win the tie last week and are now 2-1 against with most "
    "bookmakers.\n"
)


def test_odds_and_a_chance_are_shares(analysis_nlp: Language) -> None:
    figures = [f for f in facts(analysis_nlp, PREVIEW) if "-" in f[0] or "even" in f[0]]
    assert figures == [
        ("3-1", FigureKind.COUNT, "3-1", None),
        ("5-1", FigureKind.PERCENT, 0.833, None),
        ("50-50", FigureKind.PERCENT, 0.5, None),
        ("2-1", FigureKind.PERCENT, 0.667, None),
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The odds are 5/1.", ("5/1", FigureKind.PERCENT, 0.833, None)),
        ("He won at odds of 7/2 on Saturday.", ("7/2", FigureKind.PERCENT, 0.778, None)),
        ("Bookmakers made him the 3/1 favourite.", ("3/1", FigureKind.PERCENT, 0.75, None)),
        # "odds" after the pair, and a price to do something after a verb of being
        (
            "The champions are 5/1 odds to retain the title.",
            ("5/1", FigureKind.PERCENT, 0.833, None),
        ),
        ("The hosts are 5-1 odds to win the cup.", ("5-1", FigureKind.PERCENT, 0.833, None)),
        ("Salah is 11/4 to score first.", ("11/4", FigureKind.PERCENT, 0.733, None)),
        # a fraction of something stays the share it is
        ("Against the odds, 3/4 of the runners finished.", ("3/4", FigureKind.PERCENT, 0.75, None)),
    ],
)
def test_odds_joined_by_a_slash_are_the_same_share(
    nlp: Language, text: str, figure: tuple[str, FigureKind, float, None]
) -> None:
    assert figure in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a score before "to" and a verb, and a day after "on", are no price
        "Rovers won 5-1 to reach the final.",
        "The clubs met on 5/1 to sign the deal.",
    ],
)
def test_a_pair_before_to_and_a_verb_is_no_price_by_itself(nlp: Language, text: str) -> None:
    assert [f for f in facts(nlp, text) if f[1] is FigureKind.PERCENT] == []
