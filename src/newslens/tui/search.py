"""The search bar: `/` opens it, Enter searches, Escape closes it."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input


class SearchBar(Input):
    """A one-line query box docked under the article."""

    ALLOW_MAXIMIZE = False  # a maximized one-line box hides the article it searches

    # Shown in the footer while a query is typed: the reader's keys type letters here.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Search"),
        Binding("escape", "close", "Close"),
    ]

    class Search(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Closed(Message):
        """Closed with nothing searched; ``given_back``: the bar gave the keys back to where
        it was opened from, which could still take them."""

        def __init__(self, *, given_back: bool) -> None:
            super().__init__()
            self.given_back = given_back

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="search the article · enter find · esc close", id=id)
        self._came_from: Widget | None = None

    def check_consume_key(self, key: str, character: str | None) -> bool:
        # Textual finds no character for the key it names "slash" (Unicode calls "/"
        # SOLIDUS), so the reader's "/ Search" stayed in the footer while "/" typed itself here.
        return super().check_consume_key(key, "/" if key == "slash" else character)

    def open(self) -> None:
        focused = self.screen.focused
        self._came_from = None if focused is self else focused
        self.display = True
        self.value = ""
        # At once, not as focus() does, after the keys already queued: a query typed in the
        # same burst as / (pasted, over SSH) is held until now and must land here.
        self.screen.set_focus(self)

    def action_close(self) -> None:
        self.display = False
        came_from = self._came_from
        given_back = came_from is not None and came_from.is_attached and came_from.focusable
        if given_back:
            # At once, not once Closed is handled: a key typed in the same burst as esc
            # ("esc q", sent as alt+q) is handed on next, and must not land here.
            self.screen.set_focus(came_from)
        self.post_message(self.Closed(given_back=given_back))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.display = False
        self.post_message(self.Search(event.value))
