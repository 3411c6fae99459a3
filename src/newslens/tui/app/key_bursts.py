"""Keys typed in one burst with a key that opens a dialog (pasted, or sent over SSH): they are
held until the dialog is open, and then go to it, not to the article beneath.

And esc typed quickly before a key, which the terminal sends as that key with alt (its escape
prefix; escape_prefix.py keeps the alt on keys Textual names in words, "[" and "/"): newslens
binds no alt key, so it is esc and then the key, as the user typed them."""

from __future__ import annotations

import asyncio
from contextlib import suppress

from textual import events
from textual.binding import Keymap

from newslens.tui.app.base import ReaderBase
from newslens.tui.article_view import ArticleView
from newslens.tui.stepped_list import PanelList

# Actions that open a dialog, the search bar, the library, the Sources list (f), selection
# mode (v), the theme list (T) or the export list (ctrl+o), which take typed keys (w there
# selects a word more, in the article it pages up; h in the theme list's search marks no
# claim), and how long keys typed after one wait for it at most (a safety: its own opening
# ends the wait).
_DIALOGS = {
    "edit_note",
    "pick_tag",
    "search",
    "library",
    "filter_speaker",
    "select_span",
    "pick_theme",
    "export_annotations",
}
_HOLD_AT_MOST = 2.0
# The screen's actions of tab and shift+tab, which go from the article to the panel's list.
_TO_THE_PANEL = {"app.focus_next": "focus_next", "app.focus_previous": "focus_previous"}


class KeyBurstsMixin(ReaderBase):
    """Keys typed right after one that opens a dialog wait for it."""

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._held_keys is not None:
                self._held_keys.append(event)
                return
            escaped = self._escaped(event)
            if escaped is not None:
                # The key after esc waits for it as for a dialog's opening: esc may close one.
                escape = events.Key("escape", "\x1b")
                self._opener, self._held_keys = escape, [escaped]
                self.set_timer(_HOLD_AT_MOST, lambda: self._release_keys(escape))
                await super().on_event(escape)
                if not escape.is_forwarded:  # a priority binding (the note's) took it there
                    await self._release_keys(escape)
                return
            if self._opens_dialog(event.key):
                self._opener, self._held_keys = event, []
                self.set_timer(_HOLD_AT_MOST, lambda: self._release_keys(event))
            elif (to_the_panel := self._to_the_panel_not_built(event.key)) is not None:
                # The panel's lists are composed just after the first frame: a tab typed
                # before then (or among the keys the terminal had before the reader was up)
                # found nothing to go to, and the keys after it scrolled the article.
                self._opener, self._held_keys = event, []
                self.run_worker(self._once_built(event, to_the_panel), group="key-bursts")
                return
        await super().on_event(event)

    def _escaped(self, event: events.Key) -> events.Key | None:
        """The key ``event`` is with its alt taken off, when that is esc typed before it (no
        binding in force takes the alt key, as a text box takes alt+backspace); else None."""
        key, character = event.key, event.character
        if not key.startswith("alt+") or key in self.screen.active_bindings:
            return None
        key = key.removeprefix("alt+")
        if key.startswith("shift+") and character and character.isupper():
            key = character  # as the terminal names it typed alone: "G", not "shift+g"
        return events.Key(key, character)

    def _opens_dialog(self, key: str) -> bool:
        """Whether ``key``, pressed now, opens the note editor or the tag picker."""
        if key not in self._dialog_keys():
            # Most keys: the screen's bindings in force take some 1 ms to gather, at each key.
            return False
        active = self.screen.active_bindings.get(key)
        if active is None or active.node is not self or active.binding.action not in _DIALOGS:
            return False
        focused = self.focused
        return isinstance(focused, (ArticleView, PanelList)) or (
            focused is not None and focused is self._selection_bar()
        )

    def _dialog_keys(self) -> frozenset[str]:
        """The keys the app binds to an action that opens a dialog, config.toml's [keys]
        applied: only these may open one, where no widget in focus takes them first."""
        keymap: Keymap = self._keymap
        if self._dialog_keys_for is None or self._dialog_keys_for[0] is not keymap:
            bindings = self._bindings.copy()
            bindings.apply_keymap(keymap)
            keys = frozenset(
                key
                for key, bound in bindings.key_to_bindings.items()
                if any(binding.action in _DIALOGS for binding in bound)
            )
            self._dialog_keys_for = (keymap, keys)
        return self._dialog_keys_for[1]

    def _to_the_panel_not_built(self, key: str) -> str | None:
        """The action of ``key`` when it is tab or shift+tab in the article while the panel's
        lists are not there yet, else None."""
        bound = self.screen._bindings.key_to_bindings.get(key, ())
        if not any(binding.action in _TO_THE_PANEL for binding in bound):
            return None  # most keys, at once: no DOM query, no bindings gathered
        if not isinstance(self.focused, ArticleView) or self.panel.built.is_set():
            return None
        active = self.screen.active_bindings.get(key)
        return _TO_THE_PANEL.get(active.binding.action) if active is not None else None

    async def _once_built(self, tab: events.Key, action: str) -> None:
        """Do ``tab``'s action once the panel's lists are there (or the wait is over), and
        then the keys typed after it, which go to the list it entered."""
        with suppress(TimeoutError):
            await asyncio.wait_for(self.panel.built.wait(), _HOLD_AT_MOST)
        self.call_later(self._tab_held, tab, action)

    async def _tab_held(self, tab: events.Key, action: str) -> None:
        if tab is self._opener:
            await self.run_action(action)
            await self._release_keys(tab)

    async def on_key(self, event: events.Key) -> None:
        if event is self._opener:
            # Its action (the app's, next) has opened the dialog, or not: the keys after it go on.
            self.call_next(self._release_keys, event)

    async def _release_keys(self, opener: events.Key) -> None:
        """Hand on the keys held back behind ``opener``, in order, to wherever has the focus
        now: typed in the same burst as e or t (pasted, over SSH), they are the note or the
        filter; sent on at once they would reach the article before the dialog opened."""
        if opener is not self._opener:
            return  # released already
        held, self._opener, self._held_keys = self._held_keys or [], None, None
        for key in held:
            await self.on_event(key)  # a key among them may open a dialog and hold the rest
