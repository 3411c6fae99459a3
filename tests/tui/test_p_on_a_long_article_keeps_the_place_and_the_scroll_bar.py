"""`p` on a long article: the text is wrapped again to the article's new width, and the line
read stays the first on screen. The scroll bar keeps its length while the rest of the text is
wrapped (it shrank by a third, in some twenty steps, each a redraw of the screen), and the
panel shown again finds the text as it was at that width, its scroll bar exact at once."""

from __future__ import annotations

from textual.pilot import Pilot

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed

PARAGRAPHS = [
    f"Paragraph {n}: the harbour board said repairs to pier {n} would cost {n * 7} thousand "
    f"pounds and take {n % 12 + 1} months, with the ferry moved to the north quay meanwhile."
    for n in range(6000)
]
TEXT = "Harbour repairs\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def make_app() -> NewslensApp:
    article = Article(text=TEXT)
    analysis = Analysis(fingerprint=article.fingerprint)
    return NewslensApp(article, analyzer=lambda _: analysis, config=Config())


def on_the_first_line(view: ArticleView, offset: int) -> bool:
    # Wrapped to another width, the line that holds the offset starts elsewhere; no line
    # is longer than the column, at most 100 characters.
    return view.top_offset <= offset < view.top_offset + 100


async def scroll_bar_lengths(pilot: Pilot[None], view: ArticleView, key: str) -> list[int]:
    """Every length the scroll bar had from ``key`` on, until the text is wrapped to the end
    and the length stopped changing: on a busy machine a pause may pass with no new length
    while the wrapping goes on (a length moves only by more than 1 %)."""
    lengths = [view.virtual_size.height]
    pilot.app.watch(view, "virtual_size", lambda size: lengths.append(size.height), init=False)
    await pilot.press(key)
    seen = 0
    while seen != len(lengths) or not view._layout.complete:
        seen = len(lengths)
        await pilot.pause(0.3)
    return lengths[1:]


async def reading_at(pilot: Pilot[None], view: ArticleView, offset: int) -> int:
    await scroll_bar_lengths(pilot, view, "g")  # wrapped to the end first
    view.scroll_to_offset(offset)
    await pilot.pause()
    return view.top_offset


async def test_p_keeps_the_line_read_first_on_screen_and_the_scroll_bar_its_length() -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        reading = await reading_at(pilot, view, TEXT.index("Paragraph 300:"))
        lengths = await scroll_bar_lengths(pilot, view, "p")
        assert on_the_first_line(view, reading)
        in_the_end = lengths[-1]
        assert all(abs(length - in_the_end) * 20 <= in_the_end for length in lengths)  # 5 %


async def test_the_panel_shown_again_finds_the_text_wrapped_as_before() -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        reading = await reading_at(pilot, view, TEXT.index("Paragraph 450:"))
        with_the_panel = view.virtual_size.height
        without_it = await scroll_bar_lengths(pilot, view, "p")
        assert without_it[-1] < with_the_panel  # a wider column: fewer lines
        assert await scroll_bar_lengths(pilot, view, "p") == [with_the_panel]
        assert on_the_first_line(view, reading)
