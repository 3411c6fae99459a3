"""Text wrapped by hand (an email, a PDF, wire copy) reads as paragraphs, not as lines.

Each ~70-character line was drawn as a paragraph of its own, a blank row after it, so a
quote or claim running over a line end had a blank row without its gutter mark in the
middle; and search did not find "flood barrier" where the text broke "flood\\nbarrier".
"""

from __future__ import annotations

from rich.segment import Segment
from textual.widgets import OptionList

from newslens.analysis.model import (
    Analysis,
    Claim,
    ClaimKind,
    Figure,
    FigureKind,
    Quote,
    QuoteKind,
    Stance,
)
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView

from .helpers import analysed, pasted, screen_lines

TEXT = (
    "Council delays vote on Eastbank flood barrier\n"
    "\n"
    "The city council on Tuesday postponed a vote on the Eastbank flood\n"
    "barrier after officials said the cost had risen to 48 million pounds,\n"
    "up from an estimate of 31 million pounds two years ago, and residents\n"
    "asked for the figures to be published before the vote was held.\n"
    "\n"
    '"We cannot ask residents to pay for a project whose price keeps\n'
    'climbing every time we look at it," said councillor Ruth Adeyemi, who\n'
    "chairs the finance committee and has asked for an independent review.\n"
    "\n"
    "> Quoted in a reply: the harbour board said the dredging would wait,\n"
    "> and the ferry timetable would not change before the summer season.\n"
)


def _span(needle: str, after: str = "") -> tuple[int, int]:
    start = TEXT.index(needle, TEXT.index(after) if after else 0)
    return start, start + len(needle)


QUOTE = _span(
    '"We cannot ask residents to pay for a project whose price keeps\n'
    'climbing every time we look at it,"'
)
CLAIM = _span("the cost had risen to 48 million pounds,\nup from an estimate of 31 million")
FIGURE = _span("31 million pounds")


def _analysis(article: Article) -> Analysis:
    speaker = _span("Ruth Adeyemi")
    return Analysis(
        fingerprint=article.fingerprint,
        quotes=(
            Quote(
                parts=(QUOTE,),
                kind=QuoteKind.DIRECT,
                speaker="Ruth Adeyemi",
                speaker_key="ruth adeyemi",
                speaker_span=speaker,
                cue="said",
                cue_span=_span("said", "look at it"),
                stance=Stance.NEUTRAL,
            ),
        ),
        figures=(Figure(*FIGURE, "31 million pounds", FigureKind.MONEY, 31e6, "GBP"),),
        claims=(Claim(*CLAIM, ClaimKind.NUMERIC, "officials", "officials", "said"),),
        model_name="fixed",
        model_version="0",
    )


def _app() -> NewslensApp:
    return NewslensApp(Article(text=TEXT, source="flood.txt"), analyzer=_analysis, config=Config())


def _rows_of(view: ArticleView, start: int, end: int) -> range:
    return range(view._layout.line_of_offset(start), view._layout.line_of_offset(end - 1) + 1)


async def test_a_wrapped_paragraph_is_one_paragraph_on_screen() -> None:
    for width in (80, 120):
        app = _app()
        async with app.run_test(size=(width, 40)) as pilot:
            await analysed(pilot)
            lines = [line.rstrip() for line in screen_lines(app)]
            paragraphs = "\n".join(lines).strip().split("\n\n")
            # The headline, two paragraphs, and the e-mail's "> " lines each kept as typed.
            assert len(paragraphs) == 5, lines
            # The line ends inside a paragraph are spaces: its rows are one run of words.
            first = " ".join(row.strip() for row in paragraphs[1].split("\n"))
            assert first == TEXT.split("\n\n")[1].replace("\n", " "), lines
            assert "" not in paragraphs[1].split("\n")
            shown = [line for line in lines if line.strip()]
            assert [line[3:5] for line in shown if ">" in line[:6]] == ["> ", "> "]


async def test_a_quote_over_a_line_end_is_marked_on_every_row_it_covers() -> None:
    app = _app()
    async with app.run_test(size=(80, 40)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        rows = _rows_of(view, *QUOTE)
        assert len(rows) > 1
        lines = screen_lines(app)
        assert all(lines[row].startswith("┃") for row in rows), lines
        segments: list[Segment] = [
            s for row in range(rows.stop - 1, rows.stop + 2) for s in view.render_line(row)
        ]
        [cue] = [s.style for s in segments if s.text == "said"]
        assert cue is not None and cue.reverse
        speaker = [s.style for s in segments if "Adeyemi" in s.text]
        assert speaker and all(style is not None and style.bold for style in speaker)


async def test_a_claim_over_a_line_end_is_landed_on_marked_and_tagged_whole() -> None:
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        view = app.query_one(ArticleView)
        lines = screen_lines(app)
        rows = _rows_of(view, *CLAIM)
        assert len(rows) > 1
        assert all(lines[row][1] == "▸" for row in rows), lines
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("left_square_bracket")  # off the claim: the tag's mark shows on each row
        await pilot.pause()
        lines = screen_lines(app)
        assert all(lines[row][1] in "●▸" for row in rows), lines
        # The Figures tab shows a figure in its paragraph's words, over the line end too.
        figures = app.query_one("#figures", OptionList)
        context = str(figures.get_option_at_index(0).prompt).splitlines()[1]
        words = "…pounds, up from an estimate of 31 million pounds two years ago, and residents…"
        assert context == words


async def test_search_finds_a_phrase_broken_over_a_line_end() -> None:
    app = _app()
    async with app.run_test(size=(80, 40)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        # Each query pasted into the search bar: typed, its keys took most of the test.
        await pilot.press("slash")
        await pasted(pilot, "flood barrier")
        await pilot.press("enter")
        await pilot.pause()
        assert view.match_count == 2  # the headline's, and "flood\nbarrier" in the text
        await pilot.press("escape", "slash")
        await pasted(pilot, "pounds,  up   from")
        await pilot.press("enter")
        await pilot.pause()
        assert view.match_count == 1
        await pilot.press("escape", "slash")
        await pasted(pilot, "barrier The")  # over a blank line: no
        await pilot.press("enter")
        await pilot.pause()
        assert view.match_count == 0


async def test_v_selects_a_sentence_over_line_ends_whole() -> None:
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "j", "3")  # the headline, then the next sentence; tag it
        await pilot.pause()
        view = app.query_one(ArticleView)
        sentence = _span("The city council", "")[0], TEXT.index("held.") + len("held.")
        lines = screen_lines(app)
        rows = _rows_of(view, *sentence)
        assert len(rows) > 1
        assert all(lines[row][1] in "●▸" for row in rows), lines
        # Nothing after the sentence is tagged with it.
        assert lines[rows.stop + 1][1] == " ", lines
