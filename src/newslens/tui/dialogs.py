"""Dialogs: the help screen listing every key (as currently bound)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from newslens.tui.article_view import moving_bindings

KeyRow = tuple[str, str, str, str]  # keys, what they do, where they work, binding id

_GAP = 2  # cells between columns
_DESCRIPTION = 22  # the narrowest the descriptions get beside the keys and the ids


class HelpTable:
    """Every key, drawn for the width it is given, under a heading for where it works.

    Each place's keys are a table of their own, so the longest keys of one place (the
    article's "space, pagedown, ctrl+f, z") take no room from another's descriptions. Wide
    enough, a row a key: its keys, what it does and its id (what config.toml rebinds), the
    descriptions wrapping. Narrower, each key takes two lines beside its keys: what it does,
    then its id; narrower still, where the longest keys would leave an id no room to be
    whole, those two lines go under its keys. (Rich's own table, squeezed, drops the
    descriptions, which are the point.)
    """

    def __init__(self, rows: Sequence[KeyRow]) -> None:
        self._rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        places: dict[str, list[KeyRow]] = {}
        for row in self._rows:
            places.setdefault(row[2], []).append(row)
        for index, (where, rows) in enumerate(places.items()):
            heading = where[:1].upper() + where[1:]
            yield Text(f"\n{heading}" if index else heading, style="bold underline")
            yield _keys_table(rows, options.max_width)


def _keys_table(rows: Sequence[KeyRow], width: int) -> Table:
    widest_keys, widest_id = (max(cell_len(row[i]) for row in rows) for i in (0, 3))
    table = Table.grid(padding=(0, _GAP))
    if width >= widest_keys + widest_id + _DESCRIPTION + 2 * _GAP:
        # The ids straight after the descriptions, not at the far side of a wide screen.
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        table.add_column(style="dim italic", no_wrap=True)
        for keys, description, _, binding_id in rows:
            table.add_row(Text(keys), Text(description), Text(binding_id))
    elif width >= widest_keys + _GAP + widest_id:
        table.add_column(style="bold", no_wrap=True)
        table.add_column(ratio=1)
        for keys, description, _, binding_id in rows:
            table.add_row(Text(keys), _about(description, binding_id))
    else:
        table.add_column(ratio=1)
        for keys, description, _, binding_id in rows:
            table.add_row(Text.assemble((keys, "bold"), "\n", _about(description, binding_id)))
    return table


def _about(description: str, binding_id: str) -> Text:
    """What a key does, then on a line of its own its binding id, if it has one."""
    about = Text(description)
    if binding_id:
        about.append("\n")
        about.append(binding_id, style="dim italic")
    return about


class HelpBox(VerticalScroll):
    """The key list, scrolled by the reader's own keys (as config.toml binds them): a long
    list on a short terminal reads like the article."""

    BINDINGS: ClassVar[list[BindingType]] = moving_bindings(
        {
            "scroll-down": "scroll_down",
            "scroll-up": "scroll_up",
            "page-down": "page_down",
            "page-up": "page_up",
            "half-page-down": "half_page_down",
            "half-page-up": "half_page_up",
            "top": "scroll_home",
            "bottom": "scroll_end",
        }
    )

    # Each at once, not animated from where the last refresh left it: otherwise every key of
    # a burst (j typed fast, or held) scrolls to the same line, and most of them are lost.
    def _scroll_now(self, y: float) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        self.scroll_to(y=y, animate=False, immediate=True)

    def action_scroll_down(self) -> None:
        self._scroll_now(self.scroll_y + 1)

    def action_scroll_up(self) -> None:
        self._scroll_now(self.scroll_y - 1)

    def action_page_down(self) -> None:
        self._scroll_now(self.scroll_y + self.scrollable_content_region.height)

    def action_page_up(self) -> None:
        self._scroll_now(self.scroll_y - self.scrollable_content_region.height)

    def action_half_page_down(self) -> None:
        self._scroll_now(self.scroll_y + max(1, self.scrollable_content_region.height // 2))

    def action_half_page_up(self) -> None:
        self._scroll_now(self.scroll_y - max(1, self.scrollable_content_region.height // 2))

    def action_scroll_home(self) -> None:
        self._scroll_now(0)

    def action_scroll_end(self) -> None:
        self._scroll_now(self.max_scroll_y)


class HelpScreen(ModalScreen[None]):
    """Every key, as bound now (config.toml [keys] included)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", show=False),
    ]

    def __init__(self, rows: Sequence[KeyRow], palette_only: Sequence[str]) -> None:
        """``palette_only``: the palette's commands that no key has (export, say), which a
        reader looking for them here would otherwise not find."""
        super().__init__()
        self._rows = rows
        self._palette_only = palette_only

    def compose(self) -> ComposeResult:
        palette = "Every command is also in the palette (ctrl+p)"
        if self._palette_only:
            palette += f"; only there: {', '.join(self._palette_only)}"
        with HelpBox(id="help-box"):
            yield Static(
                Text("Keys · what they do · their name in config.toml [keys]", style="bold"),
                id="help-title",
            )
            yield Static(HelpTable(self._rows), id="help-keys")
            yield Static(
                Text(
                    'Rebind any key in config.toml, e.g. [keys] next-claim = "ctrl+n".\n'
                    "As in less, d is half a page down and z/w a page down/up; u is Undo "
                    "here (half a page up is ctrl+u).\n"
                    f"{palette}. Esc closes this.",
                    style="dim",
                ),
                id="help-note",
            )
