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


class HelpBox(VerticalScroll):
    """The key list, scrolled by the reader's own keys as well as the arrows and pages
    VerticalScroll already answers: a long list on a short terminal reads like the article."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("space", "page_down", "Page down", show=False),
        Binding("b", "page_up", "Page up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
    ]


class HelpScreen(ModalScreen[None]):
    """Every key, as bound now (config.toml [keys] included)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", show=False),
    ]

    def __init__(self, rows: Sequence[KeyRow]) -> None:
        super().__init__()
        self._rows = rows

    def compose(self) -> ComposeResult:
        with HelpBox(id="help-box"):
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
