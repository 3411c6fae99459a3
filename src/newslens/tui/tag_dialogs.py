"""The annotation dialogs: the tag picker, the note editor and a plain chooser.

Each is a ModalScreen that returns its answer through ``dismiss`` (None when
cancelled); the app does the saving. Tag names and notes come from the user and
quotes from the article: every label is a plain Rich ``Text``, never markup.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from newslens.annotations.model import TagSet
from newslens.tui.inert import clipped, inert_line
from newslens.tui.stepped_list import PanelList

_NEW = "\x00new"  # the option id of "a new tag called …": no tag name can contain NUL
_CHOOSE_HINT = "enter choose · ↑↓ move · esc cancel"
_DIGITS = "123456789"  # the keys that choose the first nine rows of a ChoiceDialog


def choose_hint(keys: Collection[str]) -> str:
    """A list dialog's hint, the keys that choose a row at once first, as a run where they are
    one ("1-6 or enter choose · …"): the tag picker said "enter choose" alone, though a tag's
    digit chose there as it does in the export list."""
    ordered = "".join(sorted(keys))
    if not ordered:
        return _CHOOSE_HINT
    if len(ordered) == 1:
        named = ordered
    elif ordered in _DIGITS:
        named = f"{ordered[0]}-{ordered[-1]}"
    else:
        named = "a tag's key"  # keys config.toml gave the tags, in no run
    return f"{named} or {_CHOOSE_HINT}"


DIALOG_CSS = """
TagPicker, NoteEditor, ChoiceDialog {
    align: center middle;
}
.nl-dialog {
    width: 64;
    max-width: 95%;
    height: auto;
    max-height: 90%;
    padding: 0 1;
    background: $surface;
    border: round $primary;
}
.nl-dialog > Label {
    width: 100%;
    margin: 0 0 1 0;
}
.nl-dialog OptionList {
    height: auto;
    max-height: 14;
    border: none;
    padding: 0;
}
.nl-dialog Input {
    border: tall $accent 50%;
}
.nl-dialog TextArea {
    height: 10;
}
.nl-dialog .nl-hint {
    color: $text-muted;
    margin: 0;
}
"""


class _ListDialog(ModalScreen[str | None]):
    """A dialog around a list of choices that gives up list rows on a short terminal, so that
    its last rows (the keys that work in it) stay in view and the list scrolls to its cursor:
    cut at 90% of 20 rows, the tag picker hid its hint and its last tags."""

    _ROWS_AROUND_LIST: ClassVar[int]  # the dialog's rows besides the list, its border too
    _MOST_ROWS = 14  # as DIALOG_CSS has it

    def on_resize(self, event: events.Resize) -> None:
        self.fit_list(event.size.height)

    def fit_list(self, height: int) -> None:
        room = height * 9 // 10 - self._ROWS_AROUND_LIST  # .nl-dialog's max-height: 90%
        self.query_one(OptionList).styles.max_height = max(3, min(self._MOST_ROWS, room))


class _DialogTitle(Label):
    """A dialog's title: ``action`` ("Tag"), then the passage as ``quote`` has it (between its
    quotation marks, newslens.wording.quoted), cut at a word to the dialog's width: cut to a
    toast's length, it left half the line empty in a dialog at 60 columns."""

    def __init__(self, action: str, quote: str) -> None:
        super().__init__()
        self._action = action
        self._quote = inert_line(quote)

    def render(self) -> Text:
        quote = _fitted_quote(self._quote, self.size.width - len(self._action) - len(" "))
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(self._action, style="bold")
        text.append(f" {quote}", style="italic")
        return text


# A choice's digit and what parts it from its label: a wrapped label's lines are set in as far.
_GUTTER = "  "
_HANGING = " " * (1 + len(_GUTTER))


def _fitted_quote(quote: str, room: int) -> str:
    """``quote``, between its quotation marks, in at most ``room`` characters: cut at a word
    inside its marks."""
    if len(quote) <= room:
        return quote
    inner = clipped(quote[1:-1].rstrip("…"), max(1, room - len("“”")))
    return f"{quote[0]}{inner}{quote[-1]}"


class TagPicker(_ListDialog):
    """Choose a tag by typing part of its name; Enter on a name not in the list makes it.
    The tags the claim has (``has``) are checked ✓, and each tag shows its quick-tag key,
    which chooses it here too, typed first: "t 2" is "2", as the row says. (A new tag whose
    name starts with such a key is typed after a space, which the name drops.)"""

    _ROWS_AROUND_LIST = 8  # border, title and its margin, the filter (3), the hint

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False  # the dialog rules are shared by all three
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", show=False),
        Binding("down", "move(1)", "Next tag", show=False, priority=True),
        Binding("up", "move(-1)", "Previous tag", show=False, priority=True),
    ]

    def __init__(
        self,
        tagset: TagSet,
        quote: str,
        *,
        names: Sequence[str] | None = None,
        action: str = "Tag",
        allow_new: bool = True,
        keys: Mapping[str, str] | None = None,
        has: Collection[str] = (),
    ) -> None:
        super().__init__()
        self._tagset = tagset
        self._has = frozenset(has)
        self._keys = keys or {}  # tag name → the keys that tag with it now, as shown
        self._names = list(names if names is not None else tagset.names)
        self._by_key = {  # a one-character key → its tag, for what is typed first
            key: name
            for name, shown in self._keys.items()
            for key in shown.split(", ")
            if len(key) == 1 and name in self._names
        }
        self._quote = quote
        self._action = action
        self._allow_new = allow_new

    def compose(self) -> ComposeResult:
        with Vertical(classes="nl-dialog"):
            yield _DialogTitle(self._action, self._quote)
            yield Input(
                placeholder="type to filter, or a new tag name" if self._allow_new else "filter",
                id="tag-filter",
            )
            yield OptionList(id="tag-options")
            yield Label(choose_hint(self._by_key), classes="nl-hint")

    def on_mount(self) -> None:
        self._fill("")
        # At once (focus() waits behind the app's queued keys): what is typed next filters.
        self.set_focus(self.query_one(Input))

    def _fill(self, typed: str) -> None:
        wanted = " ".join(typed.split()).lower()
        options: list[Option] = []
        for name in self._names:
            if wanted and wanted not in name:
                continue
            tag = self._tagset.get(name)
            prompt = Text()
            prompt.append("● ", style=tag.colour if tag else "dim")
            prompt.append(inert_line(name))
            if name in self._has:
                prompt.append(" ✓", style="bold")
            if name in self._keys:
                prompt.append(f"  {self._keys[name]}", style="dim")
            options.append(Option(prompt, id=name))
        if self._allow_new and wanted and wanted not in self._names:
            options.append(Option(Text(f"+ new tag “{inert_line(wanted)}”"), id=_NEW))
        option_list = self.query_one(OptionList)
        option_list.set_options(options)
        if options:
            option_list.highlighted = 0

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        chosen = self._by_key.get(event.value)
        if chosen is not None:
            self.dismiss(chosen)
        else:
            self._fill(event.value)

    def action_move(self, step: int) -> None:
        option_list = self.query_one(OptionList)
        if option_list.option_count:
            current = option_list.highlighted or 0
            option_list.highlighted = (current + step) % option_list.option_count

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        option_list = self.query_one(OptionList)
        if option_list.highlighted is None:
            return
        self._choose(option_list.get_option_at_index(option_list.highlighted).id)

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id == _NEW:
            self.dismiss(self.query_one(Input).value)
        elif option_id is not None:
            self.dismiss(option_id)


class NoteEditor(ModalScreen[str | None]):
    """A multi-line note: ctrl+s saves, escape cancels (an empty note removes it; a changed
    one only at the second escape); ctrl+q, Textual's quit, saves it too before quitting (the
    app's ``action_quit``)."""

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False  # the dialog rules are shared by all three
    BINDINGS: ClassVar[list[BindingType]] = [
        # Not a priority binding: it then waits its turn behind the keys typed (or pasted
        # over SSH) before it, which the text area is still inserting.
        Binding("ctrl+s", "save", "Save note"),
        Binding("escape", "cancel", "Cancel", priority=True),
    ]

    def __init__(self, quote: str, note: str = "") -> None:
        super().__init__()
        self._quote = quote
        self._note = note
        self._warned = False  # that escape discards the changes: the next one does

    def compose(self) -> ComposeResult:
        with Vertical(classes="nl-dialog"):
            yield _DialogTitle("Note on", self._quote)
            yield TextArea(self._note, soft_wrap=True, show_line_numbers=False, id="note-text")
            yield Label(
                # Textual's key for select all: a note of many lines is emptied with two keys.
                "ctrl+s save · esc cancel · ctrl+q save and quit · "
                "f7 select all (saved empty, the note is removed)",
                classes="nl-hint",
            )

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        # At once (focus() waits behind the app's queued keys): the note's first keys are its.
        self.set_focus(area)
        area.move_cursor(area.document.end)

    @property
    def note(self) -> str:
        """The note as typed so far."""
        return self.query_one(TextArea).text

    def after_typing(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the text area has inserted every key sent to it so far."""
        self.query_one(TextArea).call_later(callback)

    def action_save(self) -> None:
        self.dismiss(self.note)

    def action_cancel(self) -> None:
        # A reflexive escape would throw away the reader's own words: it warns first.
        if self._warned or self.note == self._note:
            self.dismiss(None)
            return
        self._warned = True
        self.query_one(".nl-hint", Label).update(
            Text("esc again discards this note's changes · ctrl+s saves them", style="bold")
        )


class ChoiceDialog(_ListDialog):
    """Pick one of a few labelled choices (the export format): with ↑↓ and enter, or by the
    digit shown before each of the first nine, at once, as the tag picker takes a tag's key.
    (A format's name typed, as in the palette that opened the list, moved its cursor with
    j, w or b, and enter then wrote another format.)"""

    _ROWS_AROUND_LIST = 5  # border, title and its margin, the hint

    DEFAULT_CSS = DIALOG_CSS
    SCOPED_CSS = False  # the dialog rules are shared by all three
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", show=False),
    ]

    _QUOTE_ROWS = 2  # enough to reach where two claims of one speaker differ

    def __init__(
        self, title: str, choices: Sequence[tuple[str, str]], *, quotes: bool = False
    ) -> None:
        """``quotes``: the labels quote the article, each cut at a word to two rows of the
        list's width, however wide the terminal."""
        super().__init__()
        self._title = title
        self._choices = choices
        self._quotes = quotes

    def compose(self) -> ComposeResult:
        with Vertical(classes="nl-dialog"):
            yield Label(Text(self._title, style="bold"))
            # The panel's list: j/k, g/G and the other keys of the article's lists move in it.
            yield PanelList(
                *(
                    Option(self._row(index, label), id=value)
                    for index, (value, label) in enumerate(self._choices)
                ),
                id="choices",
            )
            yield Label(choose_hint(_DIGITS[: len(self._choices)]), classes="nl-hint")

    @staticmethod
    def _row(index: int, label: str, width: int = 0) -> Text:
        """The row of a choice, its label wrapped to ``width`` (when given) to hang under its
        own first word, not under the digit."""
        # The digit first, where every row starts: after a long label (a format's purpose, a
        # hidden claim) it ended a wrapped line, at 60 columns alone on one.
        digit = _DIGITS[index] if index < len(_DIGITS) else " "
        lines = ChoiceDialog._wrapped(label, width) if width else [label]
        return Text.assemble((digit, "dim"), _GUTTER, f"\n{_HANGING}".join(lines))

    @staticmethod
    def _wrapped(label: str, width: int) -> list[str]:
        return textwrap.wrap(label, max(1, width - len(_HANGING)), break_on_hyphens=False)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_resize(self, event: events.Resize) -> None:
        super().on_resize(event)
        self.call_after_refresh(self._fit_rows)

    def _fit_rows(self) -> None:
        listing = self.query_one(OptionList)
        width = listing.scrollable_content_region.width
        for index, (_, label) in enumerate(self._choices):
            if self._quotes:
                label = self._fitted(label, width)
            listing.replace_option_prompt_at_index(index, self._row(index, label, width))

    def _fitted(self, quote: str, width: int) -> str:
        """A quote cut at a word to the list's first rows, or whole where it fits: the
        terminal may have grown since it was cut."""
        room = len(" ".join(self._wrapped(quote, width)[: self._QUOTE_ROWS]))
        fitted = quote
        while room > 1 and len(self._wrapped(fitted, width)) > self._QUOTE_ROWS:
            fitted = _fitted_quote(quote, room)
            room -= 1
        return fitted

    def on_key(self, event: events.Key) -> None:
        character = event.character or ""
        at = _DIGITS.find(character) if len(character) == 1 else -1
        if 0 <= at < len(self._choices):
            event.stop()
            self.dismiss(self._choices[at][0])

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)
