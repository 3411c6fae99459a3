from __future__ import annotations

from pathlib import Path

import pytest

from newslens.config import config_dir
from newslens.tui import theming


def test_shipped_themes_load_with_every_highlight() -> None:
    themes = theming.load_themes()
    assert themes.problems == ()
    names = {theme.name for theme in themes.themes}
    assert {"dark", "light", "high-contrast"} <= names
    for theme in themes.themes:
        assert set(theme.variables) == {
            *(f"nl-{key}" for key in theming.HIGHLIGHT_DEFAULTS),
            "nl-match-text",  # the text on a match, from the theme's colours
        }


def test_high_contrast_uses_only_the_sixteen_ansi_colours() -> None:
    # Colours at the corners of the RGB cube (and grey) map exactly onto a
    # 16-colour palette: nothing is lost when a terminal downgrades.
    allowed = {"00", "80", "ff"}
    theme = theming.load_theme_file(theming.themes_dir() / "high-contrast.toml")
    colours = [theme.primary, theme.background, theme.foreground, *theme.variables.values()]
    for colour in colours:
        assert colour is not None
        channels = {colour[1:3], colour[3:5], colour[5:7]}
        assert channels <= allowed, colour


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_theme_is_added_and_can_replace_a_shipped_one() -> None:
    user = config_dir() / "themes"
    _write(
        user / "mine.toml",
        'name = "mine"\n[colors]\nprimary = "#123456"\n[highlights]\nspeaker = "#ff0000"\n',
    )
    _write(user / "dark.toml", 'name = "dark"\n[colors]\nprimary = "#000001"\n')
    themes = {theme.name: theme for theme in theming.load_themes().themes}
    assert themes["mine"].variables["nl-speaker"] == "#ff0000"
    assert themes["mine"].variables["nl-quote"] == theming.HIGHLIGHT_DEFAULTS["quote"]
    assert themes["dark"].primary == "#000001"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("name = [", "theme"),
        ('[colors]\nprimary = "#fff"\nsparkle = "#000"\n', "unknown colour 'sparkle'"),
        ('[colors]\nsecondary = "#fff"\n', "needs at least primary"),
        ('[colors]\nprimary = "#fff"\n[highlights]\nglow = "#000"\n', "unknown highlight 'glow'"),
    ],
)
def test_a_broken_user_theme_is_reported_not_fatal(text: str, problem: str) -> None:
    _write(config_dir() / "themes" / "broken.toml", text)
    themes = theming.load_themes()
    assert len(themes.problems) == 1 and problem in themes.problems[0]
    assert "dark" in {theme.name for theme in themes.themes}


def test_the_choice_is_remembered_in_a_state_file() -> None:
    assert theming.remembered_theme() is None
    theming.remember_theme('we"ird')
    assert theming.remembered_theme() == 'we"ird'


BAD_COLOUR = '[colors]\nprimary = "#0af"\nbackground = "darkslate"\n'


def test_a_theme_file_asked_for_by_its_path_says_what_is_wrong_with_it(tmp_path: Path) -> None:
    path = _write(tmp_path / "badtheme.toml", f'name = "badtheme"\n{BAD_COLOUR}')
    problem = theming.theme_file_problem(str(path))
    assert problem == (
        f"theme {path}: [colors] background = 'darkslate' is not a colour; "
        "did you mean 'darkslategrey'?"
    )


def test_a_good_theme_file_asked_for_by_its_path_says_how_to_use_it(tmp_path: Path) -> None:
    path = _write(tmp_path / "mine.toml", 'name = "newsroom"\n[colors]\nprimary = "#0af"\n')
    problem = theming.theme_file_problem(str(path))
    assert problem is not None and problem.startswith(f"theme {path}: --theme takes a theme's name")
    assert str(theming.user_themes_dir()) in problem and "--theme newsroom" in problem


@pytest.mark.parametrize(
    ("file", "text"),
    [
        ("badtheme.toml", BAD_COLOUR),  # called so by its file name
        ("newsroom.toml", f'name = "badtheme"\n{BAD_COLOUR}'),  # or by the name in it
        ("badtheme.toml", 'name = "badtheme"\n[colors\n'),  # not even TOML
    ],
)
def test_a_broken_theme_asked_for_by_name_says_what_is_wrong_with_its_file(
    file: str, text: str
) -> None:
    path = _write(config_dir() / "themes" / file, text)
    problem = theming.theme_file_problem("badtheme")
    assert problem is not None and problem.startswith(f"theme {path}: ")


def test_a_theme_no_file_is_called_has_no_file_problem() -> None:
    # A broken file whose name merely contains the one asked for is another theme.
    _write(config_dir() / "themes" / "mytheme.toml", BAD_COLOUR)
    assert theming.theme_file_problem("theme") is None
    assert theming.theme_file_problem("dark") is None
    assert theming.theme_file_problem("x" * 5000) is None  # too long for a path
