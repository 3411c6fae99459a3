"""A user theme the reader cannot draw is reported when it is loaded, never offered, and never
stops the reader: not when picked, and not on the next start-up once remembered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.command import CommandList

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.errors import NewslensError
from newslens.tui import theming
from newslens.tui.app import NewslensApp

from .helpers import analysed

Analyzer = Callable[[Article], Analysis]

BROKEN = {
    "a bad app colour": (
        'name = "newsroom"\n[colors]\nprimary = "#0af"\nbackground = "darkslate"\n',
        "[colors] background = 'darkslate' is not a colour; did you mean 'darkslategrey'?",
    ),
    "a bad highlight": (
        'name = "newsroom"\n[colors]\nprimary = "#0af"\n[highlights]\nspeaker = "nope"\n',
        "[highlights] speaker = 'nope' is not a colour",
    ),
    "a highlight that is no text": (
        'name = "newsroom"\n[colors]\nprimary = "#0af"\n[highlights]\nspeaker = 5\n',
        "[highlights] speaker = '5' is not a colour",
    ),
    "a name that is no CSS identifier": (
        'name = "news room"\n[colors]\nprimary = "#0af"\n',
        "name 'news room' may hold only letters, digits, '-' and '_'",
    ),
}


def _user_theme(text: str) -> Path:
    path = theming.user_themes_dir() / "newsroom.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _notices(app: NewslensApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


@pytest.mark.parametrize("case", list(BROKEN))
async def test_a_broken_theme_is_reported_in_the_app_and_not_offered(
    article: Article, fake_analyzer: Analyzer, case: str
) -> None:
    text, problem = BROKEN[case]
    path = _user_theme(text)
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert f"theme {path}: {problem}" in _notices(app)
        assert not {"newsroom", "news room"} & set(app.available_themes)
        assert app.theme == theming.DEFAULT_THEME


@pytest.mark.parametrize("case", list(BROKEN))
async def test_a_remembered_theme_that_broke_falls_back_to_the_default(
    article: Article, fake_analyzer: Analyzer, case: str
) -> None:
    # Picked while it worked (or by an older newslens that did not check it), then broken.
    theming.remember_theme("news room" if "name" in case else "newsroom")
    _user_theme(BROKEN[case][0])
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config(theme="newsroom"))
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert app.theme == theming.DEFAULT_THEME
        assert any("newsroom.toml" in notice for notice in _notices(app))
    assert app.return_code in (None, 0)


def test_asking_for_a_broken_theme_by_name_says_what_is_wrong_with_it() -> None:
    _user_theme(BROKEN["a bad app colour"][0])
    with pytest.raises(NewslensError, match="'darkslate' is not a colour"):
        NewslensApp(Article(text="Text.\n"), theme="newsroom", config=Config())


def test_asking_for_a_broken_theme_file_by_its_path_says_what_is_wrong_with_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "badtheme.toml"
    path.write_text(BROKEN["a bad app colour"][0], encoding="utf-8")
    with pytest.raises(NewslensError) as caught:
        NewslensApp(Article(text="Text.\n"), theme=str(path), config=Config())
    assert str(caught.value) == f"theme {path}: {BROKEN['a bad app colour'][1]}"


def test_asking_for_a_broken_theme_by_the_name_inside_it_says_what_is_wrong_with_it() -> None:
    path = _user_theme(BROKEN["a bad highlight"][0].replace("newsroom", "badtheme"))
    with pytest.raises(NewslensError) as caught:
        NewslensApp(Article(text="Text.\n"), theme="badtheme", config=Config())
    assert str(caught.value) == f"theme {path}: {BROKEN['a bad highlight'][1]}"


def test_a_broken_theme_whose_file_name_holds_the_name_asked_for_is_another_theme() -> None:
    _user_theme(BROKEN["a bad app colour"][0])  # newsroom.toml
    with pytest.raises(NewslensError, match="no theme called 'room'; choose one of: "):
        NewslensApp(Article(text="Text.\n"), theme="room", config=Config())


async def test_the_palette_offers_newslens_themes_and_the_users_only(
    article: Article, fake_analyzer: Analyzer
) -> None:
    _user_theme('name = "newsroom"\n[colors]\nprimary = "#0af"\n')
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config())
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        await pilot.press("T")
        await pilot.pause(0.3)
        offered = app.screen.query_one(CommandList)
        prompts = [str(offered.get_option_at_index(i).prompt) for i in range(offered.option_count)]
        assert {prompt.split()[0] for prompt in prompts} == {
            "dark",
            "light",
            "high-contrast",
            "newsroom",
        }


def test_a_theme_of_textuals_own_is_no_newslens_theme(article: Article) -> None:
    with pytest.raises(NewslensError, match="no theme called 'nord'; choose one of: dark, "):
        NewslensApp(article, theme="nord", config=Config())


async def test_a_remembered_theme_of_textuals_own_falls_back_to_the_default(
    article: Article, fake_analyzer: Analyzer
) -> None:
    theming.remember_theme("gruvbox")
    app = NewslensApp(article, analyzer=fake_analyzer, config=Config(theme="nord"))
    async with app.run_test(size=(120, 36)) as pilot:
        await analysed(pilot)
        assert app.theme == theming.DEFAULT_THEME
