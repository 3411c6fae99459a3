"""The legend and status line: each layer in its own style with its key, what the
analysis is doing, and where the reader is in the article. A layer that is switched off
is shown struck through."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len
from rich.color import Color as RichColor
from rich.style import Style
from rich.text import Text
from textual.color import Color
from textual.filter import dim_color
from textual.geometry import Size
from textual.widgets import Static

_GAP = "  "
_NARROW_GAP = " "
_AFTER_STATUS = " │ "
_AFTER_COUNTS = " · "
# WCAG's contrast for body text: a layer's colour on the legend's background (the article's
# may differ) is lifted towards the legend's text colour until its name reads this well.
_READABLE = 4.5


@dataclass(frozen=True)
class LegendEntry:
    key: str
    label: str
    style: Style
    shown: bool


@dataclass(frozen=True)
class StatusPart:
    """A part of the status that comes and goes ("match 3 of 7", "saved ✓"), in its forms,
    longest first ("match 3/7", "✓"): the legend takes the longest that keeps it to as many
    lines as it takes without the part. Or the status itself, in its forms (legend_text)."""

    forms: tuple[str, ...]


def legend_text(
    entries: Sequence[LegendEntry],
    status: str | StatusPart,
    note: str,
    width: int,
    position: str = "",
    parts: Sequence[StatusPart] = (),
) -> Text:
    """The legend in lines of at most ``width`` cells: the status first, then each layer
    whole, on as many lines as they need; ``position`` ("top", "37%") at the right end of the
    last line, as vim shows it, or on a line of its own; ``note`` (the model) before it if
    both fit there, as it is the one part a reader can do without.

    A status in several forms ("claim 3 of 31 · 4 speakers", "31 claims · 4 speakers") takes
    the first that keeps the legend to the lines it takes with the last. ``parts`` end the
    status in as many lines as the legend takes without them, so that a search or a tag
    saved never pushes the article up a line: in full, else with one space between the
    layers, else each shorter in turn (the last first), else without the status before them
    (the counts, which the panel's tabs show too)."""
    statuses = status.forms if isinstance(status, StatusPart) else (status,)
    parts = [part for part in parts if part.forms and part.forms[0]]
    plain = _legend_lines(entries, statuses[-1], note, width, position, _GAP)
    if len(statuses) == 1 and not parts:
        return plain  # nothing to fit: the legend as it is, drawn at every scroll
    lines = len(plain.split())
    # Laid out one at a time, best first, only until one fits.
    tried = (
        _legend_lines(entries, _joined(base, forms), note, width, position, gap)
        for base in dict.fromkeys((*statuses, ""))
        for forms in _shortened(parts)
        for gap in (_GAP, _NARROW_GAP)
    )
    first = next(tried)
    if len(first.split()) <= lines:
        return first
    return next((text for text in tried if len(text.split()) <= lines), first)


def _shortened(parts: Sequence[StatusPart]) -> list[list[str]]:
    """The parts' words, all in full first, then with one part a form shorter at a time,
    from the last part back, down to each in its shortest form."""
    chosen = [0] * len(parts)
    steps = [[part.forms[0] for part in parts]]
    for index in reversed(range(len(parts))):
        for form in range(1, len(parts[index].forms)):
            chosen[index] = form
            steps.append([part.forms[at] for part, at in zip(parts, chosen, strict=True)])
    return steps


def _joined(status: str, parts: Sequence[str]) -> str:
    return _AFTER_COUNTS.join(part for part in (status, *parts) if part)


def _legend_lines(
    entries: Sequence[LegendEntry], status: str, note: str, width: int, position: str, gap: str
) -> Text:
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
        before = _AFTER_STATUS if index == 1 and status else gap
        if line and line.cell_len + len(before) + piece.cell_len > width:
            lines.append(line)
            line = Text()
        if line:
            line.append(before)
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


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        value_01 = value / 255
        return value_01 / 12.92 if value_01 <= 0.03928 else ((value_01 + 0.055) / 1.055) ** 2.4

    red, green, blue = color.rgb
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(one: Color, other: Color) -> float:
    """WCAG's contrast ratio of two colours, 1 to 21."""
    lighter, darker = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def drawn_colour(style: Style, background: Color) -> Color | None:
    """The colour a style's text is drawn in on ``background``, dimmed as Textual dims it."""
    if style.color is None or style.color.is_default:
        return None
    colour = Color.from_rich_color(style.color)
    if style.dim:
        colour = Color.from_rich_color(dim_color(background.rich_color, colour.rich_color))
    return colour


@lru_cache(maxsize=64)  # asked again at every line the article scrolls, for the same styles
def readable(style: Style, background: Color, text: Color) -> Style:
    """``style`` with its colour lifted towards ``text`` (the legend's own text colour) just
    enough to read on ``background``: a dimmed grey on a navy panel did not. Its other cues
    (dim, bold, reversed) stay, so the legend still shows how the layer looks."""
    if style.color is None or style.color.is_default:
        return style
    base = Color.from_rich_color(style.color)
    for step in range(11):
        colour = base.blend(text, step / 10)
        lifted = style + Style(color=RichColor.from_rgb(*colour.rgb))
        drawn = drawn_colour(lifted, background)
        if drawn is not None and contrast(drawn, background) >= _READABLE:
            return lifted
    return style + Style(color=RichColor.from_rgb(*text.rgb), dim=False)


class Legend(Static):
    """As many lines as the legend needs at the width it has (two at 80 columns)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: Sequence[LegendEntry] = ()
        self._status: str | StatusPart = ""
        self._note = ""
        self._position = ""
        self._parts: Sequence[StatusPart] = ()
        # The text last laid out, and its width: each change was laid out three times (by
        # ``show`` for its lines, then for the layout and the render), at every step of the
        # cursor in the panel.
        self._laid_out: tuple[int, Text] | None = None

    def show(
        self,
        entries: Sequence[LegendEntry],
        status: str | StatusPart,
        note: str = "",
        position: str = "",
        parts: Sequence[StatusPart] = (),
    ) -> None:
        shown = (self._entries, self._status, self._note, self._position, self._parts)
        if (entries, status, note, position, parts) == shown:
            return
        width = self.content_size.width
        lines = self._lines(width)
        self._entries, self._status, self._note = entries, status, note
        self._position, self._parts = position, parts
        self._laid_out = None
        # The position changes as the article scrolls: the screen is laid out again only
        # when the legend needs another number of lines.
        self.refresh(layout=not width or self._lines(width) != lines)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._laid_out = None  # another theme: the layers' colours are lifted on another background

    def _text(self, width: int) -> Text:
        if self._laid_out is not None and self._laid_out[0] == width:
            return self._laid_out[1]
        text = legend_text(
            self._readable_entries(), self._status, self._note, width, self._position, self._parts
        )
        self._laid_out = (width, text)
        return text

    def _readable_entries(self) -> list[LegendEntry]:
        own = self.rich_style
        if own.bgcolor is None or own.color is None:
            return list(self._entries)
        background, text = Color.from_rich_color(own.bgcolor), Color.from_rich_color(own.color)
        return [
            LegendEntry(
                entry.key, entry.label, readable(entry.style, background, text), entry.shown
            )
            for entry in self._entries
        ]

    def _lines(self, width: int) -> int:
        return len(self._text(width).split())

    def render(self) -> Text:
        return self._text(self.content_size.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._lines(width)
