"""Hostile article text stays inert: shown as text or a placeholder, never interpreted."""

from __future__ import annotations

import pytest
from rich.cells import get_character_cell_size
from textual.widgets import OptionList

from newslens.analysis.model import Analysis, Claim, ClaimKind, Speaker, SpeakerKind
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed, screen_text

CASES = {
    "rich markup": ("Say [bold red]loud[/] words", "[bold red]loud[/]"),
    "click markup": ("Press [@click=app.quit]here[/] now", "[@click=app.quit]here[/]"),
    "ansi csi": ("A \x1b[31mred\x1b[0m word", "␛[31mred␛[0m"),
    "osc 52": ("Copy \x1b]52;c;ZXZpbA==\x07 this", "␛]52;c;ZXZpbA==␇"),
    "osc title": ("Title \x1b]0;pwned\x1b\\ here", "␛]0;pwned␛\\"),
    "bel": ("Ring\x07ring", "Ring␇ring"),
    "nul": ("Null\x00byte", "Null␀byte"),
    "c1 csi": ("Eight\x9b31mbit", "Eight\ufffd31mbit"),
    "backspace and del": ("Back\x08\x7fspace", "Back␈␡space"),
}


def _drawn_segments(app: NewslensApp) -> list[str]:
    view = app.query_one(ArticleView)
    return [
        segment.text
        for y in range(view.scrollable_content_region.height)
        for segment in view.render_line(y)
    ]


@pytest.mark.parametrize("name", sorted(CASES))
async def test_hostile_article_text_is_shown_not_interpreted(name: str) -> None:
    text, shown = CASES[name]
    article = Article(text=f"Headline\n\n{text}\n")
    start = article.text.index(text)
    # The hostile text is also a claim and the claimant's name.
    analysis = Analysis(
        fingerprint=article.fingerprint,
        speakers=(Speaker("x", text, SpeakerKind.PERSON),),
        claims=(Claim(start, start + len(text), ClaimKind.ASSERTION, text, "x"),),
    )
    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        assert shown in screen_text(app)
        for segment in _drawn_segments(app):
            assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in segment)
        prompt = app.query_one("#claims", OptionList).get_option_at_index(0).prompt
        assert shown in str(prompt)
        assert app.is_running  # [@click=app.quit] did nothing


async def test_hostile_title_and_byline_are_plain() -> None:
    article = Article(
        text="Body text.\n",
        title="[bold]Big[/bold] \x1b]52;c;eA==\x07",
        byline="[@click=app.quit]me[/]",
        source="x.txt",
    )
    app = NewslensApp(article, analyzer=lambda a: Analysis(a.fingerprint), config=Config())
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        header = str(app.query_one("#header").render())
        assert "[bold]Big[/bold] ␛]52;c;eA==␇" in header
        assert "[@click=app.quit]me[/]" in header


async def test_an_error_message_with_markup_is_shown_as_text() -> None:
    def broken(article: Article) -> Analysis:
        raise ValueError("[bold red]boom[/]")

    app = NewslensApp(Article(text="Body.\n"), analyzer=broken, config=Config())
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        notification = next(iter(app._notifications))
        assert notification.message == "ValueError: [bold red]boom[/]"
        assert notification.markup is False


async def test_search_for_markup_finds_it_literally() -> None:
    article = Article(text="a [b]x[/b] c [b]\n")
    app = NewslensApp(article, analyzer=lambda a: Analysis(a.fingerprint), config=Config())
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"[b]", "enter")
        assert app.query_one(ArticleView).match_count == 2


async def test_invisible_characters_in_a_claim_keep_every_line_its_width() -> None:
    """A zero-width joiner, a soft hyphen, an emoji selector or a skin tone measured one way
    by Rich and drawn another by the terminal would push the rest of the line, the panel's
    border with it, a column along: none is drawn, and every drawn line is as wide as its
    characters."""
    words = "costs rose by 15 per\u00adcent, said the con\u200dtractor\u200d\U0001f468 and sea\u2764\ufe0f wall \U0001f44d\U0001f3fd"
    article = Article(text=f"Headline\n\n{words} builders.\n")
    start = article.text.index(words)
    analysis = Analysis(
        fingerprint=article.fingerprint,
        claims=(Claim(start, start + len(words), ClaimKind.ASSERTION),),
    )
    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        claims = app.query_one("#claims", OptionList)
        strips = [
            *(app.query_one(ArticleView).render_line(y) for y in range(20)),
            *(claims.render_line(y) for y in range(claims.size.height)),
        ]
        drawn = "".join(strip.text for strip in strips)
        assert "sea" in drawn and "tractor" in drawn
        assert not {"\u00ad", "\u200d", "\ufe0f", "\U0001f3fd"} & set(drawn)
        for strip in strips:
            assert strip.cell_length == sum(map(get_character_cell_size, strip.text))
