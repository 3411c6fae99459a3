"""Dialogs: the help screen listing every key (as currently bound)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KeyRow = tuple[str, str, str, str]  # keys, what they do, where they work, binding id


def help_table(rows: Sequence[KeyRow]) -> Table:
    table = Table.grid(padding=(0, 2))
    # Descriptions wrap first; the keys and their ids (what config.toml rebinds) stay whole,
    # and where a key works is what a narrow terminal cuts.
    table.add_column(style="bold", no_wrap=True)
    table.add_column(ratio=1, min_width=22)
    table.add_column(style="dim italic", no_wrap=True)
    table.add_column(style="dim", no_wrap=True)
    for keys, description, where, binding_id in rows:
        table.add_row(Text(keys), Text(description), Text(binding_id), Text(where))
    return table


class HelpScreen(ModalScreen[None]):
    """Every key, as bound now (config.toml [keys] included)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", show=False),
        # The reader's own scrolling keys: a long key list on a short terminal reads like the
        # article does.
        Binding("j,down", "scroll('down')", "Down", show=False),
        Binding("k,up", "scroll('up')", "Up", show=False),
        Binding("space,pagedown", "scroll('page_down')", "Page down", show=False),
        Binding("b,pageup", "scroll('page_up')", "Page up", show=False),
        Binding("g,home", "scroll('home')", "Top", show=False),
        Binding("G,end", "scroll('end')", "Bottom", show=False),
    ]

    def __init__(self, rows: Sequence[KeyRow]) -> None:
        super().__init__()
        self._rows = rows

    def action_scroll(self, where: str) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        moves = {
            "down": box.scroll_down,
            "up": box.scroll_up,
            "page_down": box.scroll_page_down,
            "page_up": box.scroll_page_up,
            "home": box.scroll_home,
            "end": box.scroll_end,
        }
        moves[where](animate=False)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(
                Text(
                    "Keys · what they do · their name in config.toml [keys] · where", style="bold"
                ),
                id="help-title",
            )
            yield Static(help_table(self._rows))
            yield Static(
                Text(
                    'Rebind any key in config.toml, e.g. [keys] next-claim = "ctrl+n".\n'
                    "Every command is also in the palette (ctrl+p). Esc closes this.",
                    style="dim",
                )
            )
