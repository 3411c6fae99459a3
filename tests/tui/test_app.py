"""The reader driven through Pilot: opening, scrolling, search, claims, layers, themes, layout."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

import pytest
from textual import events
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Label, OptionList, Static, Tab, TabbedContent

from newslens.analysis.model import Analysis, Claim, ClaimKind, Speaker, SpeakerKind
from newslens.article import Article
from newslens.config import Config
from newslens.errors import NewslensError
from newslens.tui import theming
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.background import BackgroundAnalysis
from newslens.tui.claims_panel import ClaimsPanel, RowAnnotation
from newslens.tui.dialogs import HelpScreen
from newslens.tui.legend import Legend

from .conftest import make_analysis
from .helpers import analysed, notices, screen_text, settled

Analyzer = Callable[[Article], Analysis]
LONG = "\n\n".join(f"Paragraph {i}: " + "lorem ipsum dolor " * 20 for i in range(300))


async def test_text_shows_before_the_analysis_finishes(article: Article) -> None:
    release = threading.Event()

    def slow(article: Article) -> Analysis:
        release.wait(10)
        from .conftest import make_analysis

        return make_analysis(article.text)

    app = NewslensApp(article, analyzer=slow, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "Harbour council approves new sea wall" in screen_text(app)
        assert "analysing" in str(app.query_one(Legend).render())
        assert app.analysis is None
        # A tag key has no claim to act on yet, nor would ] find one to choose.
        await pilot.press("1")
        assert notices(app)[-1] == (
            "nothing is marked: the claims come with the analysis, or select text (v)"
        )
        release.set()
        await analysed(pilot)
        assert app.analysis is not None
        assert "3 claims" in str(app.query_one(Legend).render())
        await pilot.press("1")
        assert notices(app)[-1].startswith("nothing is marked: choose a claim first (] or [")


async def test_header_shows_title_byline_date_and_source(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)):
        header = str(app.query_one("#header").render())
        for part in ("Harbour council", "A. Reporter", "2024-03-05", "harbour.txt"):
            assert part in header


async def test_an_analysis_error_is_shown_and_the_text_stays(article: Article) -> None:
    def broken(article: Article) -> Analysis:
        raise NewslensError("no English spaCy model is installed")

    app = NewslensApp(article, analyzer=broken, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        messages = [n.message for n in app._notifications]
        assert any("no English spaCy model" in m for m in messages)
        assert "analysis failed" in str(app.query_one(Legend).render())
        claims = app.query_one("#claims", OptionList)
        assert "no analysis" in str(claims.get_option_at_index(0).prompt)
        assert "Harbour council" in screen_text(app)


async def test_scrolling_keys(fake_analyzer: Analyzer) -> None:
    app = NewslensApp(Article(text=LONG), analyzer=fake_analyzer_for_any(), config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("space")
        page = view.scrollable_content_region.height
        assert view.scroll_y == 1 + page
        await pilot.press("b")
        assert view.scroll_y == 1
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 100
        assert "Paragraph 299" in screen_text(app)
        await pilot.press("g")
        assert view.scroll_y == 0
        # The palette runs the article view's actions on the view.
        page_down = next(c for c in app.get_system_commands(app.screen) if c.title == "Page down")
        await page_down.callback()
        assert view.scroll_y == view.scrollable_content_region.height


async def test_n_after_a_search_with_no_match_says_so_and_searches_again() -> None:
    app = NewslensApp(Article(text=LONG), analyzer=fake_analyzer_for_any(), config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        await pilot.press("n")
        assert notices(app) == ["no search yet: press / to search"]
        said = []
        for keys in (("slash", *"zebra", "enter"), ("n",), ("N",)):
            await pilot.press(*keys)
            said.append(list(app._notifications)[-1])
        assert [n.message for n in said] == ["no match for 'zebra'"] * 3
        assert len({n.identity for n in said}) == 3  # each key said so again
        assert notices(app) == ["no match for 'zebra'"]  # in the one toast for such notes
        await pilot.press("slash", *"Paragraph 29", "enter", "escape")  # esc clears the marks
        assert view.match_count == 0
        await pilot.press("n")  # the same search again
        assert view.match_count == 11 and view.current_match == 0
        assert notices(app)[-1] == "11 matches for 'Paragraph 29' · n next, N previous"


def fake_analyzer_for_any() -> Analyzer:
    return lambda article: Analysis(fingerprint=article.fingerprint)


async def test_search_and_next_previous(fake_analyzer: Analyzer) -> None:
    app = NewslensApp(Article(text=LONG), analyzer=fake_analyzer_for_any(), config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        await pilot.press("slash", *"Paragraph 2", "enter")
        # "Paragraph 2", "Paragraph 20".."29", "Paragraph 200".."299": 111 matches.
        assert view.match_count == 111
        assert view.current_match == 0
        await pilot.press("n", "n")
        assert view.current_match == 2
        await pilot.press("N")
        assert view.current_match == 1
        start = view.top_offset
        await pilot.press("N", "N")  # wraps around to the last match, far down
        assert view.current_match == 110
        assert view.top_offset > start
        assert "Paragraph 299" in screen_text(app)
        assert app.focused is view


async def test_claim_selection_scrolls_and_marks(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        claims = app.query_one("#claims", OptionList)
        assert claims.option_count == 3
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert claims.highlighted == 1
        await pilot.pause()
        # The selected claim carries the claim mark in the gutter.
        lines = [line for line in screen_text(app).splitlines() if "300 homes" in line]
        assert lines and lines[0][1] == "▸"
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert claims.highlighted == 2  # wraps to the last


async def test_o_lists_the_claims_in_text_order_and_back(article: Article) -> None:
    def ranked(article: Article) -> Analysis:
        analysis = make_analysis(article.text)
        return replace(analysis, claims=analysis.claims[::-1])  # the last claim ranked first

    app = NewslensApp(article, analyzer=ranked, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        claims = app.query_one("#claims", OptionList)

        def first_words() -> list[str]:
            return [str(claims.get_option_at_index(i).prompt).split("\n")[1][:10] for i in (0, 2)]

        assert first_words() == ["costs coul", "the old wa"]
        await pilot.press("right_square_bracket")  # the Patel claim, first by rank
        await pilot.press("o")
        assert first_words() == ["the old wa", "costs coul"]
        assert claims.highlighted == 2  # still the Patel claim
        note = app.query_one("#claims-filter", Label)
        assert note.display and "in text order" in str(note.render())
        await pilot.press("left_square_bracket")
        assert claims.highlighted == 1  # the claim before it in the text
        await pilot.press("o")
        assert first_words() == ["costs coul", "the old wa"]
        assert not note.display


async def test_in_text_order_the_next_claim_is_the_next_one_from_the_screen() -> None:
    at = {i: LONG.index(f"Paragraph {i}:") for i in (1, 150, 290)}
    claims = tuple(
        Claim(start, start + 12, ClaimKind.ASSERTION, score=0.5) for start in at.values()
    )
    article = Article(text=LONG)

    def analyzer(article: Article) -> Analysis:
        return Analysis(article.fingerprint, claims=claims, model_name="fake")

    app = NewslensApp(article, analyzer=analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        listed = app.query_one("#claims", OptionList)
        await pilot.press("o", "right_square_bracket")
        assert listed.highlighted == 0
        view.scroll_to_offset(LONG.index("Paragraph 200:"))  # read on, past the next
        await pilot.pause()
        await pilot.press("right_square_bracket")
        assert listed.highlighted == 2  # Paragraph 290's, not Paragraph 150's
        await pilot.press("left_square_bracket")
        assert listed.highlighted == 1  # on screen: back from it
        await pilot.press("g")
        await pilot.press("right_square_bracket")
        assert listed.highlighted == 0  # back at the top: the first


async def test_claims_are_shown_with_claimant_kind_and_figures(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        prompt = str(app.query_one("#claims", OptionList).get_option_at_index(2).prompt)
        assert "Raj Patel · admitted · numeric" in prompt
        assert "# 15 percent" in prompt


async def test_filter_claims_by_speaker_in_sources(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("f")
        sources = app.query_one("#sources", OptionList)
        assert app.focused is sources
        rows = [str(sources.get_option_at_index(i).prompt) for i in range(sources.option_count)]
        assert rows[1].startswith("Ann Holt") and "2 quotes · 1 claim" in rows[1]
        assert sources.highlighted == 0  # all speakers: the filter in force
        await pilot.press("down", "down", "enter")  # Ann Holt, Raj Patel
        panel = app.query_one(ClaimsPanel)
        assert panel.speaker_filter == "raj patel"
        assert [c.claimant for c in panel.shown_claims] == ["Raj Patel"]
        assert app.query_one(TabbedContent).active == "claims-tab"


async def test_layer_toggles_change_styles_and_legend(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)

        def style_of(word: str) -> str:
            for y in range(view.scrollable_content_region.height):
                for segment in view.render_line(y):
                    if word in segment.text:
                        return str(segment.style)
            raise AssertionError(word)

        assert "underline" in style_of("4.2 million")
        await pilot.press("F")
        assert "figure" in view.hidden_layers
        assert "underline" not in style_of("4.2 million")
        assert "strike" in repr(app.query_one(Legend).render().spans)  # type: ignore[attr-defined]
        await pilot.press("F")
        assert "underline" in style_of("4.2 million")
        quote_line = next(line for line in screen_text(app).splitlines() if "cannot wait" in line)
        assert quote_line.startswith("┃")
        await pilot.press("D")
        quote_line = next(line for line in screen_text(app).splitlines() if "cannot wait" in line)
        assert not quote_line.startswith("┃")


async def test_theme_switch_repaints_and_is_remembered(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        assert app.theme == "dark"
        before = app.query_one(ArticleView).layer_style("speaker")
        app.theme = "light"
        await pilot.pause()
        assert app.query_one(ArticleView).layer_style("speaker") != before
    assert theming.remembered_theme() == "light"
    again = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    assert again.theme == "light"


async def test_the_starting_theme_colours_the_first_frame(
    article: Article, fake_analyzer: Analyzer
) -> None:
    # dark starts without Textual's theme watcher, light through it: both must show.
    for name in ("dark", "light", "high-contrast"):
        app = NewslensApp(article, analyzer=fake_analyzer, theme=name, config=Config())
        async with app.run_test(size=(100, 30)):
            theme = app.get_theme(name)
            assert theme is not None and app.theme == name
            assert app.has_class(f"-theme-{name}")
            assert app.has_class("-dark-mode") is theme.dark
            view = app.query_one(ArticleView)
            assert view.styles.background.hex == str(theme.background).upper()
            assert view.layer_style("speaker").color is not None


async def test_narrow_layout_folds_the_panel(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(60, 24)) as pilot:
        await analysed(pilot)
        panel = app.query_one(ClaimsPanel)
        view = app.query_one(ArticleView)
        assert app.screen.has_class("-narrow")
        assert not panel.display or panel.region.width == 0
        assert view.region.width == 60
        await pilot.press("p")
        await pilot.pause()
        assert panel.region.width == 60 and panel.region.height > 5
        await pilot.press("p")
        await pilot.pause()
        assert panel.region.height == 0 or not panel.display


async def test_the_panel_stays_as_the_reader_left_it_across_a_resize(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        panel = app.query_one(ClaimsPanel)
        view = app.query_one(ArticleView)

        def shown() -> bool:
            return bool(panel.display and panel.region.width and panel.region.height)

        assert shown()
        await pilot.press("p")  # hidden, wide
        await pilot.resize_terminal(70, 24)
        await pilot.pause()
        assert not shown()  # still hidden, narrow
        await pilot.press("p", "tab")  # shown under the article, a list focused
        await pilot.pause()
        assert shown() and app.focused is not view
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert shown()  # still shown, wide
        await pilot.press("p")
        await pilot.pause()
        assert not shown() and app.focused is view


@pytest.mark.parametrize("tab", [(), ("right",), ("left",)], ids=["claims", "sources", "figures"])
@pytest.mark.parametrize("terminal_focus", [False, True], ids=["focused", "away and back"])
async def test_narrowing_away_the_focused_panel_gives_the_keys_back_to_the_article(
    tab: tuple[str, ...], terminal_focus: bool
) -> None:
    app = NewslensApp(Article(text=LONG), analyzer=fake_analyzer_for_any(), config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("tab", *tab)
        assert app.focused is not view
        if terminal_focus:  # the terminal loses the focus (another window) while it narrows
            app.post_message(events.AppBlur())
            await pilot.pause()
        await pilot.resize_terminal(70, 24)
        if terminal_focus:  # and gets it back: Textual hands it to the list it left
            app.post_message(events.AppFocus())
        await pilot.pause()
        await pilot.press("j", "j", "space")
        assert view.scroll_y == 2 + view.scrollable_content_region.height


async def test_tab_reaches_the_claims_list_and_arrows_switch_tabs(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        tabs = app.query_one(TabbedContent)
        await pilot.press("tab")
        assert app.focused is app.query_one("#claims")  # not the tab bar, where keys do nothing
        await pilot.press("j")
        assert app.query_one("#claims", OptionList).highlighted is not None
        await pilot.press("right")
        assert tabs.active == "sources-tab" and app.focused is app.query_one("#sources")
        await pilot.press("right", "right")
        assert tabs.active == "claims-tab"
        await pilot.press("left")
        assert tabs.active == "figures-tab" and app.focused is app.query_one("#figures")


async def test_help_lists_every_key_with_the_user_keymap(
    article: Article, fake_analyzer: Analyzer
) -> None:
    config = Config(keys={"next-claim": "ctrl+n"})
    app = NewslensApp(article, analyzer=fake_analyzer, config=config)
    async with app.run_test(size=(100, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("ctrl+n")
        assert app.query_one("#claims", OptionList).highlighted == 0
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {description: keys for keys, description, _, _ in app.key_rows()}
        assert rows["Next claim"] == "ctrl+n"
        assert rows["Search"] == "/"
        assert rows["Page down"] == "space, pagedown, ctrl+f, z"
        ids = {description: binding_id for _, description, _, binding_id in app.key_rows()}
        assert ids["Next claim"] == "next-claim"  # the name [keys] in config.toml takes
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_scrolls_with_the_readers_keys_on_a_short_terminal(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(80, 16)) as pilot:
        await pilot.press("question_mark")
        box = app.screen.query_one("#help-box", VerticalScroll)
        await pilot.pause()
        assert box.max_scroll_y > 3
        await pilot.press("j", "j")
        assert box.scroll_y == 2
        await pilot.press("k")
        assert box.scroll_y == 1
        await pilot.press("G")
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("g")
        assert box.scroll_y == 0
        await pilot.press("space")
        assert box.scroll_y > 3
        assert isinstance(app.screen, HelpScreen)


async def test_help_keeps_every_description_in_a_narrow_terminal(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(60, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        shown = " ".join(
            " ".join(static.render_line(y).text.split())
            for static in app.screen.query(Static)
            for y in range(static.size.height)
        )
        for keys, description, where, binding_id in app.key_rows():
            assert description in shown, description
            # where, as the heading over its keys
            assert keys in shown and binding_id in shown and where.capitalize() in shown


async def test_every_action_is_in_the_command_palette(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        for binding_id, binding, _, action in app._all_bindings():
            if binding_id.startswith("quick-tag-"):
                tag = app.tagset.by_key(binding_id.removeprefix("quick-tag-"))
                assert tag is None or f"Tag {tag.name}" in titles, binding_id
            elif action not in ("quit", "pick_theme", "count"):  # a count: for the key after
                assert binding.description in titles, binding_id
        assert "Quick tag 7" not in titles  # no tag on 7: nothing to run
        # Textual's own Quit and Theme stand for q and T, once each
        listed = [c.title for c in app.get_system_commands(app.screen)]
        assert listed.count("Quit") == 1 and listed.count("Theme") == 1


def test_an_unknown_theme_is_a_user_error(article: Article) -> None:
    try:
        NewslensApp(article, theme="no-such-theme", config=Config())
    except NewslensError as exc:
        assert "high-contrast" in str(exc)
    else:
        raise AssertionError("expected NewslensError")


async def test_resizing_rewraps_and_keeps_the_reading_place() -> None:
    app = NewslensApp(Article(text=LONG), analyzer=fake_analyzer_for_any(), config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        for _ in range(5):
            await pilot.press("space")
        before = view.top_offset
        paragraph = LONG.count("\n\n", 0, before)
        await pilot.resize_terminal(70, 30)
        await pilot.pause()
        assert max(len(line.rstrip()) for line in screen_text(app).splitlines()) <= 70
        after = view.top_offset
        assert LONG.count("\n\n", 0, after) == paragraph  # still in the same paragraph
        assert after <= before


@pytest.mark.parametrize("width", [80, 60])
async def test_the_legend_is_whole_at_80_columns_and_below(
    article: Article, fake_analyzer: Analyzer, width: int
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(width, 24)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")  # "saved ✓" makes the status longer
        legend = app.query_one(Legend)
        lines = [legend.render_line(y).text.rstrip() for y in range(legend.size.height)]
        shown = "  ".join(lines)
        assert "…" not in shown and all(len(line) <= width for line in lines)
        for part in ("claim 1 of 3 · 3 speakers · saved ✓", "fake 1", "S speaker", "D ┃“quote”"):
            assert part in shown
        for part in ("I ┆reported", "C cue", "F figure", "B boilerplate"):
            assert part in shown
        assert app.query_one(ArticleView).region.bottom == legend.region.y  # not under it


async def test_a_long_article_s_counts_never_cost_a_line_of_text_at_100_columns() -> None:
    # "1449 claims · 17 speakers" and the layers filled the line: the position went alone on
    # a second. The speakers give way; the Sources tab counts them.
    article = Article(text="Ada Brook said the pier reopens.\n")
    speakers = tuple(Speaker(f"s{n}", f"Speaker {n}", SpeakerKind.PERSON, (), 0) for n in range(17))
    claims = tuple(Claim(0, 4, ClaimKind.ASSERTION) for _ in range(1449))
    analysis = Analysis(fingerprint=article.fingerprint, speakers=speakers, claims=claims)
    app = NewslensApp(article, analyzer=lambda _: analysis, config=Config())
    async with app.run_test(size=(100, 24)) as pilot:
        await analysed(pilot)
        legend = app.query_one(Legend)
        assert legend.size.height == 1
        line = legend.render_line(0).text.rstrip()
        assert line.startswith("1449 claims") and line.endswith("all")
        tabs = [str(tab.label) for tab in app.query_one(ClaimsPanel).query(Tab)]
        assert tabs == ["Claims 1449", "Sources 17", "Figures 0"]


class _HalfwayAnalysis(BackgroundAnalysis):
    """A long text's analysis that has parsed one chunk of three, then waits to be let go
    (no process of its own)."""

    def __init__(self) -> None:
        self.fetching = None
        self.chunk_parsed = None
        self.let_go = threading.Event()

    def __call__(self, article: Article) -> Analysis:
        assert self.chunk_parsed is not None
        self.chunk_parsed(1, 3)
        self.let_go.wait(30)
        return Analysis(fingerprint=article.fingerprint)

    def start(self) -> None:
        pass  # nothing waits for the first frame

    def close(self) -> None:
        self.let_go.set()


async def test_a_long_text_s_analysis_says_how_far_it_has_got() -> None:
    analyzer = _HalfwayAnalysis()
    app = NewslensApp(Article(text="The pier reopens.\n"), analyzer=analyzer, config=Config())
    async with app.run_test(size=(100, 24)) as pilot:
        legend = app.query_one(Legend)
        await settled(pilot, lambda: "analysing… 33%" in str(legend.render()))
        assert str(legend.render()).startswith("analysing… 33% │ S speaker")
        analyzer.let_go.set()
        await analysed(pilot)
        assert str(legend.render()).startswith("0 claims · 0 speakers │")


async def test_a_long_title_stays_on_one_line_in_a_narrow_terminal() -> None:
    article = Article(text="Body.\n", title="A very long headline " * 6, source="src.txt")
    app = NewslensApp(article, analyzer=fake_analyzer_for_any(), config=Config())
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        header = app.query_one("#header")
        lines = [header.render_line(y).text for y in range(header.size.height)]
        assert lines[0].rstrip().endswith("…")
        assert "src.txt" in lines[1]


async def test_the_mouse_selects_claims_and_tabs(article: Article, fake_analyzer: Analyzer) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        claims = app.query_one("#claims", OptionList)
        # The second claim's first line: each claim takes two or three lines.
        await pilot.click(claims, offset=(2, 3))
        await pilot.pause()
        assert claims.highlighted == 1
        marked = [line for line in screen_text(app).splitlines() if line[1:2] == "▸"]
        assert marked and "flooded" in " ".join(marked)
        await pilot.click("#panel-tabs Tab#--content-tab-sources-tab")
        await pilot.pause()
        assert app.query_one(TabbedContent).active == "sources-tab"


async def test_an_unknown_binding_in_the_keymap_is_reported(
    article: Article, fake_analyzer: Analyzer
) -> None:
    config = Config(keys={"no-such-action": "x", "search": "ctrl+f"})
    app = NewslensApp(article, analyzer=fake_analyzer, config=config)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("unknown binding 'no-such-action'" in m for m in messages)
        assert app.user_keys == {"search": "ctrl+f"}
        await pilot.press("ctrl+f")
        assert app.query_one("#search").display


@pytest.mark.parametrize(
    ("keys", "named"),
    [
        ({"next-claim": "1"}, "next-claim and quick-tag-1 are both on 1"),  # a tag key
        ({"quick-tag-1": "q"}, "quick-tag-1 and quit are both on q"),
        ({"toggle-speaker": "j"}, "toggle-speaker and scroll-down are both on j"),  # article
        ({"undo": "k"}, "undo and scroll-up are both on k"),  # and the lists
        ({"select-word": "s"}, "select-word and select-sentence are both on s"),
        ({"next-claim": "ctrl+n", "previous-claim": "ctrl+n"}, "next-claim and previous-claim"),
        ({"search": "ctrl+p"}, "search is on ctrl+p, which is the command palette"),
        # a digit tags the selection in selection mode too
        ({"select-word": "1"}, "select-word and quick-tag-1 are both on 1"),
        ({"quick-tag-1": "w"}, "quick-tag-1 and select-word are both on w"),
        ({"note": "c"}, "note and selection-claim are both on c"),
        # the Library's filter takes letters and its editing keys before the Library's own
        ({"library-export": "ctrl+e"}, "library-export is on ctrl+e, which the Library's filter"),
        ({"library-export": "E"}, "library-export is on E, which the Library's filter takes"),
        ({"library-export": "space"}, "library-export is on space, which the Library's filter"),
    ],
)
def test_a_key_bound_twice_in_the_keymap_is_a_user_error(
    article: Article, keys: dict[str, str], named: str
) -> None:
    with pytest.raises(NewslensError) as raised:
        NewslensApp(article, config=Config(keys=keys))
    assert named in str(raised.value)
    assert "config.toml: [keys]" in str(raised.value)


@pytest.mark.parametrize(
    ("value", "bad"),
    [
        ("ctrl+shift+alt+nonsense", "'ctrl+shift+alt+nonsense'"),
        ("", "''"),
        ("ctrl+n, ", "''"),
        ("hyper+n", "'hyper+n'"),
        ("ctrl+ctrl+n", "'ctrl+ctrl+n'"),
        ("latin_small_letter_a", "'latin_small_letter_a'"),
    ],
)
def test_a_key_textual_does_not_know_is_a_user_error(
    article: Article, value: str, bad: str
) -> None:
    with pytest.raises(NewslensError) as raised:
        NewslensApp(article, config=Config(keys={"next-claim": value}))
    message = str(raised.value)
    assert f"[keys] next-claim is on {bad}, which is not a key" in message
    assert "\n" not in message


def test_every_kind_of_key_name_is_accepted(article: Article) -> None:
    keys = {
        "next-claim": "ctrl+n, f5",
        "previous-claim": "shift+f1",
        "search": "question_mark",
        "help": "f2",
        "toggle-panel": "alt+space",
        "undo": "insert",
    }
    assert NewslensApp(article, config=Config(keys=keys)).user_keys == keys


@pytest.mark.parametrize(
    "keys",
    [
        {"next-claim": "1", "quick-tag-1": "]"},  # swapped
        {"next-claim": "w"},  # w selects a word only while selecting: both run
        {"select-word": "n"},
        {"quit": "ctrl+q"},  # Textual's ctrl+q quits too
        # the Library covers the reader: its keys and the reader's are never both pressed
        {"library-export": "ctrl+r"},
    ],
)
def test_keys_moved_out_of_each_others_way_are_no_conflict(
    article: Article, keys: dict[str, str]
) -> None:
    assert NewslensApp(article, config=Config(keys=keys)).user_keys == keys


async def test_quitting_stops_a_running_analysis(article: Article) -> None:
    class Closeable:
        def __init__(self) -> None:
            self.closed = threading.Event()

        def __call__(self, article: Article) -> Analysis:
            if not self.closed.wait(30):  # as BackgroundAnalysis: returns once closed
                raise AssertionError("never closed")
            raise NewslensError("stopped")

        def close(self) -> None:
            self.closed.set()

    analyzer = Closeable()
    app = NewslensApp(article, analyzer=analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not analyzer.closed.is_set()
    assert analyzer.closed.is_set()


async def test_every_highlight_has_a_cue_besides_colour(
    article: Article, fake_analyzer: Analyzer
) -> None:
    # What is left under NO_COLOR or in a 16-colour terminal with close colours:
    # the text attributes and the gutter marks.
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        view = app.query_one(ArticleView)

        def cue(layer: str) -> tuple[bool, ...]:
            style = view.layer_style(layer)
            return (
                bool(style.bold),
                bool(style.italic),
                bool(style.underline),
                bool(style.reverse),
            )

        cues = {layer: cue(layer) for layer in ("speaker", "mention", "direct", "cue", "figure")}
        assert all(any(attributes) for attributes in cues.values()), cues
        assert len(set(cues.values())) == len(cues), cues
        # Reported speech has no attribute of its own: its gutter bar tells it apart.
        lines = screen_text(app).splitlines()
        assert any(line.startswith("┆") and "costs could rise" in line for line in lines)
        assert any(line.startswith("┃") and "cannot wait" in line for line in lines)


def _many_claims(count: int) -> tuple[Article, Analyzer]:
    from newslens.analysis.model import Claim, ClaimKind

    text = "\n\n".join(f"Claim number {i} says {i * 7} homes flooded." for i in range(count))
    article = Article(text=text)
    starts = [i for i in range(len(text)) if text.startswith("Claim number", i)]
    claims = tuple(Claim(s, s + 20, ClaimKind.NUMERIC) for s in starts)
    return article, lambda a: Analysis(a.fingerprint, claims=claims)


async def test_thousands_of_claims_are_listed_a_few_hundred_at_a_time() -> None:
    article, analyzer = _many_claims(650)
    app = NewslensApp(article, analyzer=analyzer, config=Config())
    async with app.run_test(size=(100, 30)) as pilot:
        await analysed(pilot)
        claims = app.query_one("#claims", OptionList)
        assert claims.option_count == 301  # 300 claims and the "more" row
        assert "350 more claims" in str(claims.get_option_at_index(300).prompt)
        claims.focus()
        claims.highlighted = 300
        await pilot.press("enter")
        assert claims.option_count == 601 and claims.highlighted == 300
        await pilot.press("left_square_bracket")  # from 300 back to 299
        assert claims.highlighted == 299
        claims.highlighted = None
        await pilot.press("left_square_bracket")  # from nowhere to the very last claim
        assert claims.option_count == 650 and claims.highlighted == 649
        assert "Claim number 649" in screen_text(app)


async def test_the_figures_tab_lists_every_figure_and_shows_it(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        app.query_one(TabbedContent).active = "figures-tab"
        figures = app.query_one("#figures", OptionList)
        assert figures.option_count == 3
        prompt = str(figures.get_option_at_index(1).prompt)
        assert prompt.startswith("300 homes · count · homes")
        assert "claimed that 300 homes flooded" in prompt
        figures.focus()
        figures.highlighted = 2
        await pilot.press("enter")
        marked = [line for line in screen_text(app).splitlines() if line[1:2] == "▸"]
        assert marked and "15 percent" in " ".join(marked)


async def test_the_panel_keeps_what_it_is_told_before_its_lists_exist(article: Article) -> None:
    """The panel's lists are composed after the first frame; an analysis, tags and a
    speaker filter given before that are all drawn once they are."""
    from textual.app import App, ComposeResult

    from .conftest import make_analysis

    analysis = make_analysis(article.text)
    claim = analysis.claims[0]

    class PanelOnly(App[None]):
        def compose(self) -> ComposeResult:
            yield ClaimsPanel(article.text, id="panel")

        def on_mount(self) -> None:
            panel = self.query_one(ClaimsPanel)
            assert not panel.query("#claims")  # not yet: only a placeholder
            panel.set_analysis(analysis)
            panel.set_annotations({(claim.start, claim.end): RowAnnotation(("checked",))})
            panel.set_speaker_filter(claim.claimant_key)

    app = PanelOnly()
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(ClaimsPanel)
        await settled(pilot, panel.built.is_set)
        claims = app.query_one("#claims", OptionList)
        assert [c.claimant_key for c in panel.shown_claims] == [claim.claimant_key] * len(
            panel.shown_claims
        )
        assert claims.option_count == len(panel.shown_claims) > 0
        assert "[checked]" in str(claims.get_option_at_index(0).prompt)
        assert app.query_one(TabbedContent).get_tab("figures-tab").label.plain.startswith("Figures")


async def test_the_panel_lists_answer_the_articles_paging_keys(
    article: Article, fake_analyzer: Analyzer
) -> None:
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        await pilot.press("tab")
        claims = app.query_one("#claims", OptionList)
        assert claims.has_focus
        await pilot.press("G")
        assert claims.highlighted == 2
        await pilot.press("g")
        assert claims.highlighted == 0
        await pilot.press("space")  # every claim fits on one page: the last
        assert claims.highlighted == 2
        await pilot.press("b")
        assert claims.highlighted == 0


async def test_the_palette_offers_no_maximize_in_the_reader(
    article: Article, fake_analyzer: Analyzer
) -> None:
    # The reader has p for the panel: a maximized article hid the panel, legend and footer,
    # and kept the wide wrapping under the panel once restored.
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 30)) as pilot:
        await analysed(pilot)
        for titles in await _palette_titles(app, pilot):
            assert "Maximize" not in titles
            assert "Screenshot" in titles


async def test_the_palette_has_help_and_not_textuals_keys_panel(
    article: Article, fake_analyzer: Analyzer
) -> None:
    # Textual's "Keys" panel listed keys that do nothing in the reader (scroll left, page
    # right) and squeezed the article and the panel into what was left of the screen.
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        for titles in await _palette_titles(app, pilot):
            assert "Help" in titles
            assert "Keys" not in titles


async def _palette_titles(app: NewslensApp, pilot: Pilot[None]) -> list[set[str]]:
    """The palette's own commands with the article focused, then the claims panel."""
    found = []
    for focus in ("#article", "#claims"):
        app.query_one(focus).focus()
        await pilot.pause()
        found.append({command.title for command in app.get_system_commands(app.screen)})
    return found
