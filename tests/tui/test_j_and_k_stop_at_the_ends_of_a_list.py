"""j and k (and the arrows) move a row in the panel's lists and stop at the first and the
last, as they stop at the ends of the article: j held down in a long list of claims went
round from the last to the first, and round again. ] and [ still go round, as n and N do,
and say so once, as less and vim do.
G goes to the last claim of a list longer than the rows it lists at first, as it goes to the
end of the article: it stopped on the row that lists more, marking nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.stepped_list import STEP

from .helpers import analysed, many_claims_app, notices, status_line

Analyzer = Callable[[Article], Analysis]


async def test_j_on_the_last_claim_stays_there(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", "G", "j", "down")
        await pilot.pause()
        assert status_line(app).startswith("claim 3 of 3")


async def test_k_on_the_first_claim_stays_there(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", "j", "k", "up")
        await pilot.pause()
        assert status_line(app).startswith("claim 1 of 3")


@pytest.mark.parametrize(
    ("keys", "at", "said"),
    [
        (("tab", "G", "right_square_bracket"), 1, ["past the last claim: back to the first"]),
        (("tab", "left_square_bracket"), 3, ["past the first claim: on to the last"]),
        # Near miss: a step inside the list says nothing; the status line says where it is.
        (("tab", "right_square_bracket"), 2, []),
    ],
)
async def test_next_claim_on_the_last_goes_round_to_the_first_and_says_so(
    article: Article, fake_analyzer: Analyzer, keys: tuple[str, ...], at: int, said: list[str]
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert status_line(app).startswith(f"claim {at} of 3")
        assert notices(app) == said


async def test_next_claim_with_one_claim_listed_says_it_is_the_only_one(
    article: Article, fake_analyzer: Analyzer
) -> None:
    # One speaker's one claim: "back to the first" read as a step on to another claim, and
    # the next digit tagged the same claim again.
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("f", "down", "down", "enter", "right_square_bracket")
        await pilot.pause()
        assert status_line(app).startswith("claim 1 of 1")
        assert notices(app)[-1:] == ["the only claim listed"]


async def test_g_in_a_long_list_goes_to_its_last_claim() -> None:
    app = many_claims_app(STEP + 5)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", "G")
        await pilot.pause()
        assert status_line(app).startswith(f"claim {STEP + 5} of {STEP + 5}")
