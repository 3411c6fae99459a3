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

KeyRow = tuple[str, str, str]  # keys, what they do, where they work


def help_table(rows: Sequence[KeyRow]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    table.add_column(style="dim")
    for keys, description, where in rows:
        table.add_row(Text(keys), Text(description), Text(where))
    return table


class HelpScreen(ModalScreen[None]):
    """Every key, as bound now (config.toml [keys] included)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", show=False),
    ]

    def __init__(self, rows: Sequence[KeyRow]) -> None:
        super().__init__()
        self._rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("Keys", style="bold"), id="help-title")
            yield Static(help_table(self._rows))
            yield Static(
                Text(
                    'Rebind any key in config.toml, e.g. [keys] next-claim = "ctrl+n".\n'
                    "Every command is also in the palette (ctrl+p). Esc closes this.",
                    style="dim",
                )
            )
