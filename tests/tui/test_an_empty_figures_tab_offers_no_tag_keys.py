"""The Figures tab of an article with no figures has no row to tag: the tag and note keys only
say to choose a figure there, so the footer leaves "t Tag…" and "e Note" out while that list
has the focus, as the Sources tab does (and the palette its tag commands), and offers them
again in the Claims tab, whose claim they tag."""

from __future__ import annotations

from textual.widget import Widget

from newslens.analysis.model import Analysis, Claim, ClaimKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, notices

TEXT = (
    "Village shop saved by residents\n\n"
    "The parish council said the shop would stay open under a new community trust.\n"
)


def shop_app() -> NewslensApp:
    article = Article(text=TEXT)
    start = TEXT.index("the shop would stay open")
    end = TEXT.index(" under a new")
    analysis = Analysis(
        fingerprint=article.fingerprint,
        claims=(Claim(start, end, ClaimKind.ATTRIBUTED, claimant="The parish council"),),
    )
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


def footer(app: NewslensApp) -> list[str]:
    keys: list[Widget] = list(app.screen.query("Footer FooterKey"))
    return [key.render_line(0).text.strip() for key in keys]


async def test_an_empty_figures_tab_leaves_the_tag_and_note_keys_out_of_the_footer() -> None:
    app = shop_app()
    async with app.run_test(size=(110, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("tab")  # the Claims tab: its claim can be tagged
        await pilot.pause()
        assert {"t Tag…", "e Note"} <= set(footer(app))
        await pilot.press("left")  # Figures: none in this article
        await pilot.pause()
        shown = footer(app)
        assert "t Tag…" not in shown and "e Note" not in shown
        assert "v Select text" in shown
        offered = {command.title for command in app.get_system_commands(app.screen)}
        assert "Tag verified" not in offered and "Tag…" not in offered  # nor the palette
        await pilot.press("t")  # the key still answers
        await pilot.pause()
        assert notices(app)[-1].startswith("nothing is marked: choose a figure first")
        await pilot.press("right")  # back to Claims: the keys are offered again
        await pilot.pause()
        assert {"t Tag…", "e Note"} <= set(footer(app))
