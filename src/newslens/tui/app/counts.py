"""Counts before the keys that move, as less and vim take them, typed after a colon: ":5j" five
lines down, ":3]" three claims on, ":10G" (or ":10g", or ":10" and enter, as vim's ":10") line
10 of the article at the top of the screen, or row 10 of the panel's list.

After a colon, not alone as in less: a digit alone tags the claim in hand at once, and "]1]2"
(next, tag, next, tag) typed in one burst would read as counts before ], tagging nothing. The
colon is a key no tag takes, and nothing is repeated until the key after the digits says what."""

from __future__ import annotations

from textual import events

from newslens.tui.app.base import ReaderBase
from newslens.tui.article_view import MOVING_KEYS, ArticleView
from newslens.tui.stepped_list import PanelList, SteppedList

# The bindings a count repeats, by id, and those it turns into "go to line (row) N".
_REPEATED = {*MOVING_KEYS, "next-claim", "previous-claim"} - {"top", "bottom"}
_GO_TO = {"top", "bottom"}
_DIGITS = frozenset("0123456789")
# Repeats at most: a count typed by mistake ("9999j") must not queue that many keys.
_MOST = 1000


class CountsMixin(ReaderBase):
    """A count typed after the colon, and the key after it done that many times."""

    def action_count(self) -> None:
        self._count = ""
        self._show_legend()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._count is not None:
                if await self._counted(event):
                    return
            elif self._starts_count(event.key):
                # Here, not by the binding: its action runs once the focused widget has passed
                # the key up, after the digits typed in the same burst (":12j") went by.
                self.action_count()
                return
        await super().on_event(event)

    def _starts_count(self, key: str) -> bool:
        """Whether ``key`` is the colon (config.toml [keys] count's) typed where it counts:
        the article or a list of the panel, not the search bar, whose text it would be."""
        if key not in self.keymap.get("count", "colon").split(","):
            return False  # most keys, at once: no bindings gathered
        active = self.screen.active_bindings.get(key)
        return (
            active is not None
            and active.node is self
            and active.binding.action == "count"
            and isinstance(self.focused, (ArticleView, PanelList))
        )

    async def _counted(self, key: events.Key) -> bool:
        """Whether ``key``, typed after the colon, was the count's: a digit more, or the key it
        counts (done), or esc (the count given up). Any other key ends the count and does what
        it does."""
        typed, self._count = self._count or "", None
        if not self.reading(self.screen):
            self._show_legend()
            return False  # a dialog or the Library came over the reader: its keys are its own
        if key.key in _DIGITS:
            self._count = typed + key.key
            self._show_legend()
            return True
        self._show_legend()
        if key.key == "escape":
            return True
        if not typed:
            return False
        count = int(typed)
        active = self.screen.active_bindings.get(key.key)
        binding_id = active.binding.id if active is not None else None
        if key.key == "enter" or binding_id in _GO_TO:
            self._go_to_number(count)
            return True
        if binding_id in _REPEATED:
            for _ in range(min(count, _MOST)):
                await super().on_event(events.Key(key.key, key.character))
            return True
        return False

    def _go_to_number(self, number: int) -> None:
        """Line ``number`` of the article at the top of the screen, as less's 10G, or the list's
        row ``number``, where the focus is; the last there is, past the end."""
        focused = self.focused
        if isinstance(focused, ArticleView):
            focused.go_to_line(number)
        elif isinstance(focused, PanelList) and focused.option_count:
            if isinstance(focused, SteppedList):
                focused.list_through(number - 1)
            focused.highlighted = min(number, focused.option_count) - 1
