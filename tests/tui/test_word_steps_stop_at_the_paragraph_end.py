"""In selection mode, w (a word more) stops at the end of the paragraph: from the headline it
took the first word of the story, over the blank line. W (a word more before) stops at the
paragraph's start the same way; s still selects on into the next paragraph."""

from __future__ import annotations

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.selection import SelectionBar, extend_start, extend_word

from .helpers import analysed

HEADLINE = "Lifeboat station to reopen"
TEXT = (
    f"{HEADLINE}\n\n"
    "The station at Penhallow will reopen in April after a year of repairs. "
    "Volunteers said the new slipway was ready.\n\n"
    "The first launch is planned for Easter.\n"
)


def _app() -> NewslensApp:
    return NewslensApp(
        Article(text=TEXT), analyzer=lambda a: Analysis(a.fingerprint), config=Config()
    )


async def test_w_from_the_headline_does_not_reach_into_the_story() -> None:
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "w", "w")
        bar = app.query_one(SelectionBar)
        assert TEXT[slice(*bar.span)] == HEADLINE
        await pilot.press("s")  # a sentence more goes on into the story
        assert TEXT[slice(*bar.span)].endswith("after a year of repairs.")


def test_a_word_more_stops_at_a_paragraphs_end_and_start() -> None:
    end = TEXT.index("ready.") + len("ready.")
    last_words = (TEXT.index("was ready."), end)
    assert extend_word(TEXT, last_words) == last_words
    start = TEXT.index("The first")
    first_words = (start, start + len("The first"))
    assert extend_start(TEXT, first_words) == first_words
    inside = (TEXT.index("Volunteers"), TEXT.index(" the new"))
    assert TEXT[slice(*extend_word(TEXT, inside))] == "Volunteers said the"
    assert TEXT[slice(*extend_start(TEXT, inside))] == "repairs. Volunteers said"


async def test_w_goes_on_over_a_line_end_inside_a_paragraph_wrapped_by_hand() -> None:
    # An email's or a PDF's lines are one paragraph on screen: w goes on over their ends.
    text = (
        "Harbour dues to rise\n\n"
        "The harbour board said on Tuesday that mooring fees would rise in the\n"
        "spring, and that the money would pay for dredging the inner basin and\n"
        "for new pontoons along the east quay before the summer season opens.\n"
    )
    app = NewslensApp(
        Article(text=text), analyzer=lambda a: Analysis(a.fingerprint), config=Config()
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "j", "S")  # the story's first sentence, down to its first word
        bar = app.query_one(SelectionBar)
        assert text[slice(*bar.span)] == "The"
        while bar.span[1] < text.index("spring"):
            await pilot.press("w")
        assert text[bar.span[0] : bar.span[1]].endswith("in the\nspring")
