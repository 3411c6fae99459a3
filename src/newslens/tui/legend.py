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


def legend_text(entries: Sequence[LegendEntry], status: str) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    for entry in entries:
        text.append(entry.key, style="bold")
        text.append(" ")
        text.append(entry.label, style=entry.style if entry.shown else Style(strike=True, dim=True))
        text.append("  ")
    if status:
        text.append("· ")
        text.append(status, style="italic")
    return text


class Legend(Static):
    def show(self, entries: Sequence[LegendEntry], status: str) -> None:
        self.update(legend_text(entries, status))
