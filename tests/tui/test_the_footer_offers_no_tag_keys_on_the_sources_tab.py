"""On the Sources tab the rows are speakers, and the tag and note keys only say to choose a
claim: the footer leaves "t Tag…" and "e Note" out while that list has the focus, and offers
them again in the Claims tab, where they tag the claim in hand. The keys still answer. So does
the Figures tab of an article with no figures, which has no row to tag. A selection (v) still
showing is what the keys tag there, and they are offered."""

from __future__ import annotations

from textual.widget import Widget

from newslens.analysis.model import Analysis, Claim, ClaimKind, Speaker, SpeakerKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed, notices, stored

TEXT = (
    "Library hours to be cut\n\n"
    "Council leader Maya Brooks said two branches would close on Sundays from June.\n"
)


def library_app() -> NewslensApp:
    article = Article(text=TEXT)
    name = TEXT.index("Maya Brooks")
    claim = TEXT.index("two branches")
    end = TEXT.index(" from June")
    analysis = Analysis(
        fingerprint=article.fingerprint,
        speakers=(
            Speaker("maya brooks", "Maya Brooks", SpeakerKind.PERSON, ((name, name + 11),), 0),
        ),
        claims=(
            Claim(
                claim, end, ClaimKind.NUMERIC, claimant="Maya Brooks", claimant_key="maya brooks"
            ),
        ),
    )
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


def footer(app: NewslensApp) -> list[str]:
    keys: list[Widget] = list(app.screen.query("Footer FooterKey"))
    return [key.render_line(0).text.strip() for key in keys]


async def test_the_sources_tab_leaves_the_tag_and_note_keys_out_of_the_footer() -> None:
    app = library_app()
    async with app.run_test(size=(110, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("tab")  # the Claims tab: its claim can be tagged
        await pilot.pause()
        assert {"t Tag…", "e Note"} <= set(footer(app))
        await pilot.press("right")  # Sources
        await pilot.pause()
        shown = footer(app)
        assert "t Tag…" not in shown and "e Note" not in shown
        assert "v Select text" in shown
        await pilot.press("t")
        await pilot.pause()
        assert notices(app)[-1].startswith("nothing is marked: enter lists this speaker's")
        await pilot.press("left")  # back to Claims: the keys are offered again
        await pilot.pause()
        assert {"t Tag…", "e Note"} <= set(footer(app))


async def test_the_palette_offers_no_tag_commands_on_the_sources_tab() -> None:
    """Nor does the palette: its tag, note and "not a claim" commands only said to choose a
    claim there. It offers them again in the Claims tab."""
    app = library_app()
    async with app.run_test(size=(110, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", "right")  # Sources
        await pilot.pause()
        offered = {command.title for command in app.get_system_commands(app.screen)}
        assert not {"Tag verified", "Tag…", "Note", "Remove a tag"} & offered
        assert {"Select text", "Next claim", "Export annotations…"} <= offered
        await pilot.press("left")  # Claims
        await pilot.pause()
        offered = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Tag verified", "Tag…", "Note", "Remove a tag"} <= offered


async def test_an_empty_figures_tab_leaves_the_tag_and_note_keys_out_of_the_footer() -> None:
    app = library_app()  # no figures
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


async def test_a_selection_showing_keeps_its_keys_in_the_footer_on_the_sources_tab() -> None:
    app = library_app()
    async with app.run_test(size=(110, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "tab", "tab", "right")  # selecting, then on to Sources
        await pilot.pause()
        assert app.focused is app.query_one("#sources")
        assert {"t Tag…", "e Note"} <= set(footer(app))
        offered = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Tag verified", "Tag…", "Note"} <= offered
        await pilot.press("1")  # tags the selection, as the footer says it can
        await pilot.pause()
        assert [(a.exact, a.tags) for a in stored(app.article)] == [
            ("Library hours to be cut", ("verified",))
        ]
