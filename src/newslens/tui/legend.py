"""The legend and status line: each layer in its own style with its key, what the
analysis is doing, and where the reader is in the article. A layer that is switched off
is shown struck through."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

_GAP = "  "
_AFTER_STATUS = " │ "


@dataclass(frozen=True)
class LegendEntry:
    key: str
    label: str
    style: Style
    shown: bool


def legend_text(
    entries: Sequence[LegendEntry], status: str, note: str, width: int, position: str = ""
) -> Text:
    """The legend in lines of at most ``width`` cells: the status first, then each layer
    whole, on as many lines as they need; ``position`` ("top", "37%") at the right end of the
    last line, as vim shows it, or on a line of its own; ``note`` (the model) before it if
    both fit there, as it is the one part a reader can do without."""
    pieces: list[Text] = []
    if status:
        pieces.append(Text(status, style="italic"))
    for entry in entries:
        piece = Text()
        piece.append(entry.key, style="bold")
        piece.append(" ")
        piece.append(
            entry.label, style=entry.style if entry.shown else Style(strike=True, dim=True)
        )
        pieces.append(piece)
    lines: list[Text] = []
    line = Text()
    for index, piece in enumerate(pieces):
        gap = _AFTER_STATUS if index == 1 and status else _GAP
        if line and line.cell_len + len(gap) + piece.cell_len > width:
            lines.append(line)
            line = Text()
        if line:
            line.append(gap)
        line.append_text(piece)
    reserved = len(_GAP) + cell_len(position) if position else 0
    if note and line.cell_len + len(_GAP) + cell_len(note) + reserved <= width:
        line.append(_GAP if line else "")
        line.append(note, style="dim")
    if position:
        if line and line.cell_len + reserved > width:
            lines.append(line)
            line = Text()
        line.append(" " * max(0, width - line.cell_len - cell_len(position)))
        line.append(position)
    lines.append(line)
    # A piece wider than the whole line (a long status, very narrow) is cut with an ellipsis.
    return Text("\n", no_wrap=True, overflow="ellipsis").join(lines)


class Legend(Static):
    """As many lines as the legend needs at the width it has (two at 80 columns)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: Sequence[LegendEntry] = ()
        self._status = ""
        self._note = ""
        self._position = ""

    def show(
        self, entries: Sequence[LegendEntry], status: str, note: str = "", position: str = ""
    ) -> None:
        shown = (self._entries, self._status, self._note, self._position)
        if (entries, status, note, position) == shown:
            return
        width = self.content_size.width
        lines = self._lines(width)
        self._entries, self._status, self._note, self._position = entries, status, note, position
        # The position changes as the article scrolls: the screen is laid out again only
        # when the legend needs another number of lines.
        self.refresh(layout=not width or self._lines(width) != lines)

    def _text(self, width: int) -> Text:
        return legend_text(self._entries, self._status, self._note, width, self._position)

    def _lines(self, width: int) -> int:
        return len(self._text(width).split())

    def render(self) -> Text:
        return self._text(self.content_size.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._lines(width)
