"""A tag's confirmation covers the header's right end, not the panel: over the panel's foot it
covered the claim just tagged whenever that claim was the last on screen, its new tag and
all. The claim just tagged stays whole in the list, the tag's line in view."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed

CLAIMS = [f"Survey {n} found that {n * 10 + 3} households had no heating" for n in range(1, 15)]


def many_claims_app() -> NewslensApp:
    article = Article(text="Heating survey\n\n" + "".join(f"{c}.\n\n" for c in CLAIMS))
    claims = tuple(
        Claim(start, start + len(claim), ClaimKind.NUMERIC)
        for claim in CLAIMS
        for start in [article.text.index(claim)]
    )
    analysis = Analysis(fingerprint=article.fingerprint, claims=claims)
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


@pytest.mark.parametrize(
    ("size", "panel_keys"),
    [((100, 30), ()), ((80, 24), ()), ((60, 20), ("p",)), ((72, 30), ("p",))],
)
async def test_the_claim_just_tagged_is_not_under_the_confirmation(
    size: tuple[int, int], panel_keys: tuple[str, ...]
) -> None:
    app = many_claims_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press(*panel_keys)
        claims = app.query_one("#claims", OptionList)
        await pilot.press("left_square_bracket")  # the last claim, at the foot of the list
        await pilot.pause()
        assert claims.highlighted == len(CLAIMS) - 1
        await pilot.press("1")
        await pilot.pause(0.2)
        [toast] = [toast.region for toast in app.screen.query("Toast")]
        assert not toast.overlaps(claims.region), (toast, claims.region)
        shown = [claims.render_line(y).text for y in range(claims.size.height)]
        assert "[verified]" in shown[-1] or "[verified]" in shown[-2]


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (120, 40)])
async def test_a_long_note_stays_within_the_header(size: tuple[int, int]) -> None:
    app = many_claims_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await analysed(pilot)
        await pilot.press("1")  # nothing is marked: the longest of the short notes
        await pilot.pause(0.2)
        [toast] = [toast.region for toast in app.screen.query("Toast")]
        assert toast.bottom <= app.query_one("#header").region.bottom, toast
