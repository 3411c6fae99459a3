"""A passage the reader tagged stays in the Claims tab though the analysis lists no claim there:
a claim it no longer finds (its rules changed, or the text did and the tag was placed again),
or text chosen in selection mode. The row says "your passage", not a kind of claim, shows the
tags and the note, and is a row like the others: ] reaches it, a digit tags it (the same
annotation), the Library's enter puts the cursor on it. The count of claims stays the
analysis's, in the tab and in the status line ("passage 1 of 1", then "claim 1 of 3")."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList, Tab

from newslens.analysis.model import Analysis
from newslens.annotations.model import NOT_A_CLAIM, TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.legend import Legend

from .conftest import TEXT, span
from .helpers import analysed, screen_lines, settled, stored

Analyzer = Callable[[Article], Analysis]

# A claim the analysis once listed and lists no more: no claim it lists overlaps it.
GONE = "promised work by May"


def claim_rows(app: NewslensApp) -> list[str]:
    claims = app.query_one("#claims", OptionList)
    return [str(claims.get_option_at_index(i).prompt) for i in range(claims.option_count)]


def passage_rows(app: NewslensApp) -> list[str]:
    return [row for row in claim_rows(app) if "your passage" in row]


def tag_the_gone_claim(article: Article, *tags: str, note: str = "") -> None:
    start, end = span(TEXT, GONE)
    with AnnotationStore.open() as store:
        for tag in tags:
            store.tag(article, start, end, tag, kind=TargetKind.CLAIM, claimant="Ann Holt")
        if note:
            store.set_note(article, start, end, note, kind=TargetKind.CLAIM, claimant="Ann Holt")


def make_app(article: Article, analyzer: Analyzer) -> NewslensApp:
    return NewslensApp(article, analyzer=analyzer, config=Config())


async def test_a_tagged_claim_the_analysis_no_longer_lists_is_a_row_with_its_tag_and_note(
    article: Article, fake_analyzer: Analyzer
) -> None:
    tag_the_gone_claim(article, "verified", note="Checked with the contractor")
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        [row] = passage_rows(app)
        assert row.splitlines() == [
            "Ann Holt · your passage",
            GONE,
            "[verified] [note] Checked with the contractor ",
        ]
        # The analysis's claims are counted, not the reader's passage.
        assert len(claim_rows(app)) == 4
        assert str(app.query(Tab).first().label) == "Claims 3"
        assert app.status.startswith("3 claims")


async def test_next_claim_reaches_the_passage_and_a_digit_tags_its_annotation(
    article: Article, fake_analyzer: Analyzer
) -> None:
    tag_the_gone_claim(article, "verified")
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket")  # the reader's passages come first
        [marked] = [line for line in screen_lines(app) if "▸" in line[:3]]
        assert GONE in marked
        assert str(app.query_one(Legend).render()).startswith("passage 1 of 1")
        await pilot.press("2")
        [saved] = stored(article)
        assert (saved.kind, saved.tags) == (TargetKind.CLAIM, ("verified", "disputed"))
        assert "[verified] [disputed]" in passage_rows(app)[0]
        # The claims after it are counted as the tab counts them ("Claims 3"), passage left out.
        await pilot.press("right_square_bracket")
        assert str(app.query_one(Legend).render()).startswith("claim 1 of 3")


async def test_x_on_the_passage_under_the_panels_cursor_takes_its_tag_and_its_row_off(
    article: Article, fake_analyzer: Analyzer
) -> None:
    tag_the_gone_claim(article, "verified")
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("tab", "g", "x")  # the cursor on the first row: the passage
        assert stored(article) == []
        assert passage_rows(app) == []
        assert len(claim_rows(app)) == 3


async def test_in_text_order_the_passage_is_in_its_place(
    article: Article, fake_analyzer: Analyzer
) -> None:
    tag_the_gone_claim(article, "verified")
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("o")
        await pilot.pause()
        rows = [row.splitlines()[1] for row in claim_rows(app)]
        assert rows[:2] == ['the old wall "will not survive another winter"', GONE]


async def test_the_passage_is_listed_under_its_claimants_filter_only(
    article: Article, fake_analyzer: Analyzer
) -> None:
    tag_the_gone_claim(article, "verified")
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("f", "down", "enter")  # the first speaker: Ann Holt
        await pilot.pause()
        assert len(passage_rows(app)) == 1
        assert "1 of 3 claims" in app.status
        await pilot.press("f", "down", "enter")  # the next: Raj Patel
        await pilot.pause()
        assert app.panel.speaker_filter == "raj patel"
        assert passage_rows(app) == []


async def test_a_claim_hidden_as_not_a_claim_stays_hidden_when_the_analysis_drops_it(
    article: Article, fake_analyzer: Analyzer
) -> None:
    tag_the_gone_claim(article, NOT_A_CLAIM)
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert passage_rows(app) == []


async def test_a_tag_on_a_listed_claim_adds_no_row(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        assert passage_rows(app) == []
        assert len(claim_rows(app)) == 3


async def test_text_tagged_in_selection_mode_is_listed_as_the_readers_passage(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("v", "j", "S", "w", "w", "5", "escape")  # "The council voted"
        [row] = passage_rows(app)
        assert row.splitlines() == ["your passage", "The council voted", "[needs-source] "]
        [saved] = stored(article)
        assert saved.kind is TargetKind.SPAN


async def test_the_librarys_enter_puts_the_cursor_on_the_passage(
    article: Article, fake_analyzer: Analyzer
) -> None:
    tag_the_gone_claim(article, "false")
    app = make_app(article, fake_analyzer)
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("o", "right_square_bracket")  # the cursor on the first claim
        await pilot.press("L")
        await pilot.pause()
        await pilot.press(*"promised", "enter")
        await settled(pilot, lambda: app.reading(app.screen))
        await pilot.pause()
        row = app.panel.current_claim()
        assert row is not None and (row.start, row.end) == span(TEXT, GONE)
