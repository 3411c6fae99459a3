"""The legend and status line: each layer in its own style with its key, and what
the analysis is doing. A layer that is switched off is shown struck through."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.widgets import Static


@dataclass(frozen=True)
class LegendEntry:
    key: str
    label: str
    style: Style
    shown: bool


def legend_text(entries: Sequence[LegendEntry], status: str, note: str = "") -> Text:
    # The status first: it must survive a narrow terminal cutting the line short.
    text = Text(no_wrap=True, overflow="ellipsis")
    if status:
        text.append(status, style="italic")
        text.append(" │ ")
    for entry in entries:
        text.append(entry.key, style="bold")
        text.append(" ")
        text.append(entry.label, style=entry.style if entry.shown else Style(strike=True, dim=True))
        text.append("  ")
    if note:
        text.append(note, style="dim")
    return text


class Legend(Static):
    def show(self, entries: Sequence[LegendEntry], status: str, note: str = "") -> None:
        self.update(legend_text(entries, status, note))
