"""Keys typed in one burst with a key that opens a dialog (pasted, or sent over SSH): they are
held until the dialog is open, and then go to it, not to the article beneath.

And esc typed quickly before a key, which the terminal sends as that key with alt (its escape
prefix; escape_prefix.py keeps the alt on keys Textual names in words, "[" and "/"): newslens
binds no alt key, so it is esc and then the key, as the user typed them."""

from __future__ import annotations

from textual import events

from newslens.tui.app.base import ReaderBase
from newslens.tui.article_view import ArticleView
from newslens.tui.escape_prefix import keep_alt_on_named_keys
from newslens.tui.stepped_list import PanelList

keep_alt_on_named_keys()  # "esc [" and "esc /" reach the reader with alt, as "esc q" does

# Actions that open a dialog, the search bar, the library, the Sources list (f), selection
# mode (v) or the theme list (T), which take typed keys (w there selects a word more, in the
# article it pages up; h in the theme list's search marks no claim), and how long keys typed
# after one wait for it at most (a safety: its own opening ends the wait).
_DIALOGS = {
    "edit_note",
    "pick_tag",
    "search",
    "library",
    "filter_speaker",
    "select_span",
    "pick_theme",
}
_HOLD_AT_MOST = 2.0


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
        active = self.screen.active_bindings.get(key)
        if active is None or active.node is not self or active.binding.action not in _DIALOGS:
            return False
        focused = self.focused
        return isinstance(focused, (ArticleView, PanelList)) or (
            focused is not None and focused is self._selection_bar()
        )

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
