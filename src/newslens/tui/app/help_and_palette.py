"""Help (?) lists every key; the command palette (ctrl+p) offers every binding as a command,
names its key, and saves screenshots where they can be found."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from newslens.config import data_dir
from newslens.tui.annotating import ON_SELECTION, PALETTE_ONLY, acts_on_nothing
from newslens.tui.app.base import ReaderBase
from newslens.tui.app.keymap import _ANYWHERE, _LISTS
from newslens.tui.article_view import ArticleView
from newslens.tui.palette import palette_command, words_of

if TYPE_CHECKING:
    from newslens.tui.dialogs import KeyRow

# Textual's own palette commands that a newslens key does too (title → binding id).
_TEXTUAL_COMMANDS = {"Theme": "change-theme", "Quit": "quit"}


class HelpAndPaletteMixin(ReaderBase):
    """Help (?) and the command palette's commands."""

    def action_help(self) -> None:
        from newslens.tui.dialogs import HelpScreen

        self.push_screen(HelpScreen(self.key_rows(), PALETTE_ONLY))

    def _description(self, binding_id: str, binding: Binding) -> str | None:
        """What a key does, as help shows it: a digit says its tag; one with no tag, None."""
        if binding_id.startswith("quick-tag-"):
            tag = self.tagset.by_key(binding_id.removeprefix("quick-tag-"))
            return None if tag is None else f"Tag {tag.name}"
        return binding.description

    def key_rows(self) -> list[KeyRow]:
        """Every key for the help screen, with the binding id that config.toml rebinds."""
        rows: list[KeyRow] = []
        for binding_id, binding, where in self._keymap_bindings():
            description = self._description(binding_id, binding)
            if description is not None:
                rows.append((self._keys_shown(binding_id, binding), description, where, binding_id))
        rows.append(("enter", "Show the claim / filter by the source", _LISTS, ""))
        rows.append(("tab, shift+tab", "Next / previous pane", _ANYWHERE, ""))
        rows.append(("←, →", "Previous / next tab of the panel", _LISTS, ""))
        rows.append(("ctrl+p", "Command palette: every command", _ANYWHERE, ""))
        rows.append(("ctrl+q", "Quit, saving an open note", _ANYWHERE, ""))
        rows.append(("mouse", "Scroll, click a claim or a tab", _ANYWHERE, ""))
        return rows

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:  # type: ignore[type-arg]
        reading = self.reading(screen)
        bindings = {binding_id: binding for binding_id, binding, _, _ in self._all_bindings()}
        keys_help = {
            binding_id: f"key: {self._keys_shown(binding_id, binding)} ({where})"
            for binding_id, binding, where, _ in self._all_bindings()
        }
        for command in super().get_system_commands(screen):
            # Textual's "Keys" panel listed keys that do nothing here (scroll left, page
            # right) and squeezed the article and panel to make room; Help (?) lists every key.
            if command.title == "Keys":
                continue
            # Under the Library its filter takes T and q as typed letters.
            binding_id = _TEXTUAL_COMMANDS.get(command.title)
            if reading and binding_id:
                yield palette_command(
                    command.title,
                    keys_help[binding_id],
                    command.callback,
                    words=words_of(bindings[binding_id]),
                )
            else:
                yield command
        if not reading:
            return
        passage_commands = not acts_on_nothing(screen)
        for binding_id, binding, _, action in self._all_bindings():
            if action in ("quit", "pick_theme") or binding_id.startswith("quick-tag-"):
                continue  # Textual's palette has these; each tag has its own command
            if action == "count":
                continue  # a count is for the key typed after it, which the palette is not
            if action == "export_annotations":
                continue  # annotating/keys.py's command names the formats too
            if binding_id in ON_SELECTION and not passage_commands:
                continue  # as the footer: they only say to choose a claim here
            yield palette_command(
                binding.description,
                keys_help[binding_id],
                self._palette_callback(action),
                words=words_of(binding),
            )

    def deliver_screenshot(
        self,
        filename: str | None = None,
        path: str | None = None,
        time_format: str | None = None,
    ) -> str | None:
        """Save an SVG of the screen (the palette's Screenshot) and say where it went, or why
        it could not be saved.

        Textual's own saves in a thread and reports a failure with no reason, and its
        success message is markup, which this app's toasts show as typed.
        """
        directory = Path(path) if path else screenshot_dir()
        try:
            directory.mkdir(parents=True, exist_ok=True)
            saved = self.save_screenshot(filename, str(directory), time_format)
        except OSError as exc:
            where = exc.filename or directory
            self.notify(
                f"screenshot not saved: {where}: {exc.strerror or exc}",
                title="Screenshot",
                severity="error",
                timeout=10,
            )
            return None
        self.inform(f"screenshot saved to {saved}", title="Screenshot", timeout=10)
        return saved

    def _palette_callback(self, action: str) -> Callable[[], object]:
        async def run() -> None:
            await self.run_action(action, self.view if action in _VIEW_ACTIONS else self)

        return run


def screenshot_dir() -> Path:
    """The user's Downloads directory, where Textual saves screenshots; on a machine without
    one (a server reached over SSH), ``screenshots`` in newslens's data directory."""
    downloads = platformdirs.user_downloads_path()
    return downloads if downloads.is_dir() else data_dir() / "screenshots"


_VIEW_ACTIONS = {binding.action for binding in ArticleView.BINDINGS if isinstance(binding, Binding)}
