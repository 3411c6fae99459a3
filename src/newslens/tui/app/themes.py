"""Themes: the one the reader starts with (--theme, the one last chosen, config.toml), and
the theme list (T, or the palette's "Theme"), whose choice is remembered."""

from __future__ import annotations

from collections.abc import Collection

from textual.app import App
from textual.command import CommandPalette

from newslens.errors import NewslensError
from newslens.tui import theming
from newslens.tui.app.base import ReaderBase


class ThemesMixin(ReaderBase):
    """The theme the reader starts with, and the theme list (T)."""

    def _start_with_theme(self, name: str) -> None:
        """Set the first theme before any stylesheet is parsed.

        Assigning ``self.theme`` here runs Textual's watcher, which re-parses every
        stylesheet and restyles every widget just before the first frame (some 10 ms
        on these machines). A theme like the one ``App.__init__``
        set up (dark, not ANSI) needs only its colours and its class; any other
        takes the watcher's way, which also remaps ANSI colours.
        """
        chosen, current = self.get_theme(name), self.current_theme
        if chosen is None or (chosen.dark, chosen.ansi) != (current.dark, current.ansi):
            self.theme = name
            return
        self.set_reactive(App.theme, name)
        self.stylesheet.set_variables(self.get_css_variables())
        self.add_class(f"-theme-{name}")

    def _unknown_config_theme(self, available: Collection[str]) -> tuple[str, ...]:
        """Why ``[reader] theme`` is not used, when it names no theme at all (a broken
        theme file of that name is reported as the file's own problem)."""
        configured = self.config.theme
        if configured is None or configured in available:
            return ()
        if theming.theme_file_problem(configured) is not None:
            return ()
        names = ", ".join(sorted(available))
        return (
            f"config.toml [reader] theme {configured!r} is ignored: there is no theme of "
            f"that name (choose one of: {names})",
        )

    def _choose_theme(self, requested: str | None, available: Collection[str]) -> str:
        if requested is not None:
            if requested not in available:
                # A theme file that --theme means (a path, or a file of that name) says why.
                problem = theming.theme_file_problem(requested)
                if problem is not None:
                    raise NewslensError(problem)
                names = ", ".join(sorted(available))
                raise NewslensError(f"no theme called {requested!r}; choose one of: {names}")
            return requested
        for candidate in (theming.remembered_theme(), self.config.theme):
            if candidate is not None and candidate in available:
                return candidate
        return theming.DEFAULT_THEME

    def _theme_list(self) -> CommandPalette:
        return CommandPalette(providers=[theming.MarkedThemes], placeholder="Search for themes…")

    def search_themes(self) -> None:
        """The palette's "Theme": the theme list, the theme in use checked."""
        self.push_screen(self._theme_list())

    async def action_pick_theme(self) -> None:
        """T: the theme list, waited for as the tag picker is, so that what is typed right
        after T searches it (Textual's change_theme does not wait)."""
        await self.push_screen(self._theme_list())

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return theming.theme_variables({})

    def _theme_changed(self) -> None:
        theming.remember_theme(self.theme)
        self.call_after_refresh(self._show_legend)
