"""Themes as data: TOML files in themes/ (shipped) and in the user's config directory.

A theme file names the app colours Textual needs and the highlight colours the
article view uses::

    name = "dark"
    dark = true

    [colors]            # Textual's theme colours: primary, background, surface …
    primary = "#5fafff"

    [highlights]        # newslens's: speaker, quote, figure … (see HIGHLIGHT_DEFAULTS)
    speaker = "#ffaf5f"

Highlight colours become the theme variables ``$nl-speaker`` … that newslens.tcss
uses, so any Textual theme works too: missing highlights fall back to defaults.
The last theme picked is remembered in the data directory (state.toml).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.command import DiscoveryHit, Hit, Hits
from textual.theme import Theme, ThemeProvider

from newslens.config import config_dir, data_dir
from newslens.resources import themes_dir
from newslens.tui.legend import contrast

DEFAULT_THEME = "dark"
STATE_FILE = "state.toml"

# Readable on a dark background, as a terminal's mostly is (no one red reads on both dark and
# light); themes, the light one too, set their own.
HIGHLIGHT_DEFAULTS: dict[str, str] = {
    "speaker": "#d78700",
    "mention": "#af8700",
    "quote": "#00af5f",
    "indirect": "#5f87af",
    "cue": "#af5faf",
    "assertive": "#d75f00",
    "distancing": "#ff5f5f",  # #d70000 read at 3.5 on Textual's dark background (#121212)
    "concessive": "#5f87d7",
    "tentative": "#87875f",
    "figure": "#00afaf",
    "boilerplate": "#808080",
    "claim": "#5f5f87",
    "match": "#d7d700",
    "mark": "#d7af00",
}
_COLOR_KEYS = (
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)
_READABLE = 4.5  # WCAG's contrast for text

# The reader marks the screen with the class "-theme-<name>": a name that is no CSS
# identifier would stop it at start-up, every start-up once remembered.
_THEME_NAME = re.compile(r"[A-Za-z0-9_-]+")


class ThemeError(ValueError):
    """A theme file that cannot be used; the message says which and why."""


def theme_variables(
    highlights: dict[str, str], colours: dict[str, str] | None = None
) -> dict[str, str]:
    chosen = {**HIGHLIGHT_DEFAULTS, **highlights}
    variables = {f"nl-{key}": value for key, value in chosen.items()}
    variables["nl-match-text"] = _text_on(chosen["match"], colours or {})
    return variables


def _text_on(background: str, colours: dict[str, str]) -> str:
    """The theme's text or background colour, whichever reads better on ``background``: a
    match is a bright colour, on which a light theme's background (white) does not read."""
    under = Color.parse(background)
    own = [Color.parse(colours[key]) for key in ("background", "foreground") if key in colours]
    best = max(own, key=lambda colour: contrast(colour, under), default=None)
    if best is None or contrast(best, under) < _READABLE:
        return under.get_contrast_text(alpha=1.0).hex
    return best.hex


def load_theme_file(path: Path) -> Theme:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ThemeError(f"theme {path}: {exc}") from None
    name = raw.get("name", path.stem)
    colors = raw.get("colors", {})
    highlights = raw.get("highlights", {})
    if (
        not isinstance(name, str)
        or not isinstance(colors, dict)
        or not isinstance(highlights, dict)
    ):
        raise ThemeError(f"theme {path}: name must be text, [colors] and [highlights] tables")
    unknown = set(colors) - set(_COLOR_KEYS)
    if unknown:
        raise ThemeError(f"theme {path}: unknown colour {sorted(unknown)[0]!r}")
    if "primary" not in colors:
        raise ThemeError(f"theme {path}: [colors] needs at least primary")
    unknown = set(highlights) - set(HIGHLIGHT_DEFAULTS)
    if unknown:
        raise ThemeError(f"theme {path}: unknown highlight {sorted(unknown)[0]!r}")
    if not _THEME_NAME.fullmatch(name):
        raise ThemeError(f"theme {path}: name {name!r} may hold only letters, digits, '-' and '_'")
    # Textual parses these only when the theme is first used, and a bad one then stops
    # the app (every start-up, once the theme is remembered): check them now.
    color = _checked_colours(path, "colors", colors)
    return Theme(
        name=name,
        dark=bool(raw.get("dark", True)),
        primary=color["primary"],
        secondary=color.get("secondary"),
        warning=color.get("warning"),
        error=color.get("error"),
        success=color.get("success"),
        accent=color.get("accent"),
        foreground=color.get("foreground"),
        background=color.get("background"),
        surface=color.get("surface"),
        panel=color.get("panel"),
        boost=color.get("boost"),
        variables=theme_variables(_checked_colours(path, "highlights", highlights), color),
    )


def _checked_colours(path: Path, table: str, values: dict[str, object]) -> dict[str, str]:
    checked: dict[str, str] = {}
    for key, value in values.items():
        text = str(value)
        try:
            Color.parse(text)
        except ColorParseError as exc:
            hint = f"; did you mean {exc.suggested_color!r}?" if exc.suggested_color else ""
            raise ThemeError(
                f"theme {path}: [{table}] {key} = {text!r} is not a colour{hint}"
            ) from None
        checked[key] = text
    return checked


@dataclass(frozen=True)
class ThemeSet:
    themes: tuple[Theme, ...]
    problems: tuple[str, ...]  # files that could not be read, told to the user in the app


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def load_themes() -> ThemeSet:
    """Shipped themes, then the user's (a user theme replaces a shipped one of its name)."""
    found: dict[str, Theme] = {}
    problems: list[str] = []
    for directory in (themes_dir(), user_themes_dir()):
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            try:
                theme = load_theme_file(path)
            except ThemeError as exc:
                problems.append(str(exc))
                continue
            found[theme.name] = theme
    return ThemeSet(tuple(found.values()), tuple(problems))


def theme_file_problem(requested: str) -> str | None:
    """What is wrong with the theme file ``--theme requested`` means, in one line; None when
    it means none. It means the file at that path, else any theme file that would be
    called so: ``<requested>.toml``, or one whose ``name`` is that."""
    given = Path(requested).expanduser()
    try:
        is_file = given.is_file()
    except OSError:  # a name too long to be a path
        is_file = False
    if is_file:
        try:
            theme = load_theme_file(given)
        except ThemeError as exc:
            return str(exc)
        return (
            f"theme {given}: --theme takes a theme's name; put the file in "
            f"{user_themes_dir()} and use --theme {theme.name}"
        )
    for directory in (user_themes_dir(), themes_dir()):
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            if path.stem == requested or _declared_name(path) == requested:
                try:
                    load_theme_file(path)
                except ThemeError as exc:
                    return str(exc)
    return None


def _declared_name(path: Path) -> object:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")).get("name")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None


def state_path() -> Path:
    return data_dir() / STATE_FILE


def remembered_theme() -> str | None:
    try:
        raw = tomllib.loads(state_path().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None  # no state yet, or a broken one: the default is fine
    theme = raw.get("theme")
    return theme if isinstance(theme, str) else None


def remember_theme(name: str) -> None:
    path = state_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import json  # here, not at the top: it is not on the way to the first frame

        # A JSON string with ASCII escapes is a valid TOML basic string.
        path.write_text(f"theme = {json.dumps(name)}\n", encoding="utf-8")
    except OSError:
        pass  # remembering is a convenience; a read-only home must not stop reading


_IN_USE = " ✓"


class MarkedThemes(ThemeProvider):
    """The theme list (T, the palette's "Theme"), the theme in use checked ✓ as the tag
    picker checks a claim's tags: Textual's own list does not say which one it is."""

    def _help(self, name: str) -> str | None:
        return "in use now" if name == self.app.theme else None

    def _mark(self, name: str) -> str:
        return _IN_USE if name == self.app.theme else ""

    async def discover(self) -> Hits:
        for name, choose in self.commands:
            yield DiscoveryHit(name + self._mark(name), choose, text=name, help=self._help(name))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, choose in self.commands:
            score = matcher.match(name)
            if score > 0:
                shown = matcher.highlight(name) + self._mark(name)
                yield Hit(score, shown, choose, text=name, help=self._help(name))
