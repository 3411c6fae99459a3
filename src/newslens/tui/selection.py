"""Keyboard selection: choose a span the analysis missed, by words and sentences.

The stepping functions are pure (text and offsets in, offsets out) so they can be
tested without a screen. Sentences are newslens.sentences' plain ones: newslens never
loads spaCy in the reader, and a selection the reader can widen by a word does not
need more.

:class:`SelectionBar` is the mode itself: while it has focus its keys move the
selection; it posts :class:`SelectionBar.Changed` after every move and
:class:`SelectionBar.Done` or :class:`SelectionBar.Cancelled` at the end. The app
paints the selection and decides what "annotate" means.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.widgets import Static

from newslens.sentences import LOOK_BACK, SENTENCE_END, sentence_at
from newslens.tui.inert import flat
from newslens.wording import quoted

if TYPE_CHECKING:
    from newslens.tui.annotating import AnnotatingMixin

Span = tuple[int, int]

# A word keeps what is typed on to its front: "£3", "$4.2bn", "(the", "“We" are one word
# each, so moving the start by words lands on the sign or bracket, not after it.
_WORD = re.compile(r"[^\w\s]*\w+(?:['’.,:/\-]\w+)*%?")
_SELECTING = "selecting "
_GAP = "  "
# The bar's reminder of its keys: binding ids whose keys go together, and what they do. The
# keys that annotate come first (the tag keys before these, see begin): they are what the
# selection is for.
_HINT = (
    (("note",), "note"),
    (("select-word", "unselect-word"), "±word"),
    (("select-sentence", "unselect-sentence"), "±sentence"),
    (("select-word-before", "unselect-word-before"), "±word before"),
    (("selection-next", "selection-previous"), "move"),
    (("selection-claim", "selection-quote", "selection-figure"), "claim/quote/figure"),
    (("selection-done",), "annotate"),
    (("selection-cancel",), "cancel"),
)


def key_range(keys: Sequence[str]) -> str:
    """Keys as the bar names them: "1-6" for digits in a row, else one by one, "z/2/3"."""
    digits = [int(key) for key in keys if len(key) == 1 and key in "0123456789"]
    if len(keys) > 2 and digits and digits == list(range(digits[0], digits[0] + len(keys))):
        return f"{keys[0]}-{keys[-1]}"
    return "/".join(keys)


def _head(text: str, size: int) -> str:
    """The first ``size`` characters of ``text``, ending at a word's end where one ends in
    the last half of them."""
    head = text[:size]
    cut = head.rfind(" ", size // 2)
    return (head[:cut] if cut > 0 and text[size : size + 1] != " " else head).rstrip()


def first_word(text: str, offset: int) -> Span | None:
    """The first word starting at or after ``offset``."""
    found = _WORD.search(text, offset)
    return found.span() if found else None


def _skip_blank(text: str, offset: int, step: int) -> int:
    while 0 <= offset < len(text) and text[offset].isspace():
        offset += step
    return offset


def start_selection(text: str, offset: int, found: int | None = None) -> Span | None:
    """What `v` selects: the sentence holding ``found`` (a search's match), or else the first
    sentence that begins at or after ``offset``."""
    if found is not None:
        return sentence_at(text, found)
    word = first_word(text, offset)
    if word is None:
        return None
    sentence = sentence_at(text, word[0])
    if sentence[0] < offset:  # the top line is in the middle of a sentence: take the next one
        following = first_word(text, sentence[1])
        if following is not None:
            sentence = sentence_at(text, following[0])
    return sentence


def extend_word(text: str, span: Span) -> Span:
    """One more word at the end, up to the end of its line: a word at a time is for
    adjusting a selection, and the next line's first word (past a blank line, after a
    headline) is another paragraph's, which ``s`` selects into."""
    word = first_word(text, span[1])
    if word is None or "\n" in text[span[1] : word[0]]:
        return span
    return span[0], word[1]


def shrink_word(text: str, span: Span) -> Span:
    """One word fewer at the end; never less than the first word."""
    start, end = span
    ends = [found.end() for found in _WORD.finditer(text, start, end)]
    return (start, ends[-2]) if len(ends) >= 2 else span


def extend_start(text: str, span: Span) -> Span:
    """One more word at the start, or the rest of the word it starts inside; not past the
    start of its line, as :func:`extend_word` stops at its end."""
    start, end = span
    look_from = max(0, start - LOOK_BACK)
    line_start = text.rfind("\n", look_from, start) + 1
    starts = [
        found.start()
        for found in _WORD.finditer(text, max(line_start, look_from), end)
        if found.start() < start
    ]
    return (starts[-1], end) if starts else span


def shrink_start(text: str, span: Span) -> Span:
    """One word fewer at the start; never less than the last word."""
    start, end = span
    starts = [found.start() for found in _WORD.finditer(text, start, end)]
    return (starts[1], end) if len(starts) >= 2 else span


def next_found(found: Sequence[Span], span: Span) -> Span | None:
    """The first of ``found`` (sorted) starting after ``span`` starts, wrapping to the first."""
    if not found:
        return None
    index = bisect_right([start for start, _ in found], span[0])
    return found[index] if index < len(found) else found[0]


def extend_sentence(text: str, span: Span) -> Span:
    """To the end of the sentence the selection ends in, or of the next one."""
    following = _skip_blank(text, span[1], 1)
    if following >= len(text):
        return span
    end = sentence_at(text, following)[1]
    return (span[0], max(end, span[1]))


def shrink_sentence(text: str, span: Span) -> Span:
    """Back to the end of the previous sentence inside the selection, else to its first word."""
    start, end = span
    ends = [
        found.start() if found.group() == "\n" else found.end()
        for found in SENTENCE_END.finditer(text, start, max(start, end - 1))
    ]
    if ends and ends[-1] > start:
        return start, _skip_blank(text, ends[-1] - 1, -1) + 1
    word = first_word(text, start)
    return (start, word[1]) if word is not None and word[1] < end else span


def next_sentence(text: str, span: Span) -> Span:
    following = _skip_blank(text, sentence_at(text, span[0])[1], 1)
    if following >= len(text):
        return span
    found = sentence_at(text, following)
    return found if found[1] > found[0] else span


def previous_sentence(text: str, span: Span) -> Span:
    before = _skip_blank(text, sentence_at(text, span[0])[0] - 1, -1)
    if before < 0:
        return span
    found = sentence_at(text, before)
    return found if found[1] > found[0] else span


class SelectionBar(Static, can_focus=True):
    """The selection mode: a one-line bar that holds the keys while a span is chosen."""

    ALLOW_MAXIMIZE = False  # maximized, it would hide the selection it shows

    DEFAULT_CSS = """
    SelectionBar {
        height: auto;
        padding: 0 1;
        background: $accent 25%;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "step('extend_word')", "Select one more word", show=False, id="select-word"),
        Binding("b", "step('shrink_word')", "Select one word less", show=False, id="unselect-word"),
        Binding(
            "s",
            "step('extend_sentence')",
            "Select to the sentence end",
            show=False,
            id="select-sentence",
        ),
        Binding(
            "S",
            "step('shrink_sentence')",
            "Select one sentence less",
            show=False,
            id="unselect-sentence",
        ),
        Binding(
            "j,down",
            "step('next_sentence')",
            "Select the next sentence",
            show=False,
            id="selection-next",
        ),
        Binding(
            "k,up",
            "step('previous_sentence')",
            "Select the previous sentence",
            show=False,
            id="selection-previous",
        ),
        Binding(
            "W",
            "step('extend_start')",
            "Select one more word before",
            show=False,
            id="select-word-before",
        ),
        Binding(
            "B",
            "step('shrink_start')",
            "Select one word less at the start",
            show=False,
            id="unselect-word-before",
        ),
        Binding("c", "jump('claim')", "Select the next claim", show=False, id="selection-claim"),
        Binding("q", "jump('quote')", "Select the next quote", show=False, id="selection-quote"),
        Binding("f", "jump('figure')", "Select the next figure", show=False, id="selection-figure"),
        # Named in the bar, with the other keys: in the footer they would push the reader's
        # own keys off an 80-column screen.
        Binding("enter", "done", "Annotate the selection", show=False, id="selection-done"),
        # v again leaves, as it leaves vim's visual mode (it used to start over at the top).
        Binding("escape,v", "cancel", "Cancel the selection", show=False, id="selection-cancel"),
    ]

    _STEPS: ClassVar = {
        "extend_start": extend_start,
        "shrink_start": shrink_start,
        "extend_word": extend_word,
        "shrink_word": shrink_word,
        "extend_sentence": extend_sentence,
        "shrink_sentence": shrink_sentence,
        "next_sentence": next_sentence,
        "previous_sentence": previous_sentence,
    }

    class Changed(Message):
        def __init__(self, span: Span) -> None:
            super().__init__()
            self.span = span

    class Done(Message):
        def __init__(self, span: Span) -> None:
            super().__init__()
            self.span = span

    class Cancelled(Message):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self._text = ""
        self._found: Mapping[str, Sequence[Span]] = {}
        self._hint: list[str] = []
        self.span: Span = (0, 0)

    def begin(
        self,
        text: str,
        span: Span,
        found: Mapping[str, Sequence[Span]],
        keys: Mapping[str, str],
        tag_keys: Sequence[str] = (),
    ) -> None:
        """Start selecting in ``text`` (inert already) from ``span``.

        ``found``: what the analysis found, by kind ("claim", "quote", "figure"),
        each sorted by start, for c, q and f to jump to. ``keys``: each binding id's key
        as bound now (config.toml may have moved it), for the reminder the bar shows, the
        note's ("note") too; ``tag_keys``: the keys that tag, in order.
        """
        self._text = text
        self._found = found
        self._hint = [
            "/".join(keys[binding_id] for binding_id in ids) + f" {what}" for ids, what in _HINT
        ]
        if tag_keys:
            self._hint.insert(0, f"{key_range(tag_keys)} tag")
        self._show(True)
        self._move(span)
        self.focus()

    def _move(self, span: Span) -> None:
        self.span = span
        self.refresh(layout=True)
        self.post_message(self.Changed(span))

    def render(self) -> Text:
        return self._lines(self.content_size.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width).split())

    def _lines(self, width: int) -> Text:
        """What is selected on the first line (its start and end, " … " between, when it is
        longer), then the keys on as many lines as they need, each key whole."""
        start, end = self.span
        snippet = flat(self._text[start:end])
        room = width - len(_SELECTING) - len("“ … ”")
        if len(snippet) > room + len(" … "):
            half = max(room // 2, 1)
            snippet = f"{_head(snippet, half)} … {_head(snippet[::-1], half)[::-1]}"
        selected = Text()
        selected.append(_SELECTING, style="bold")
        selected.append(quoted(snippet), style="italic")
        lines = [selected]
        hint = ""
        for piece in self._hint:
            if hint and len(hint) + len(_GAP) + len(piece) > width:
                lines.append(Text(hint, style="dim"))
                hint = ""
            hint = f"{hint}{_GAP}{piece}" if hint else piece
        lines.append(Text(hint, style="dim"))
        for line in lines:  # wide characters (CJK) take two cells: cut what still overflows
            line.truncate(max(width, 1), overflow="ellipsis")
        return Text("\n").join(lines)

    def action_step(self, name: str) -> None:
        self._move(self._STEPS[name](self._text, self.span))

    def action_jump(self, kind: str) -> None:
        span = next_found(self._found.get(kind, ()), self.span)
        if span is None:
            # In the reader's one toast for such notes: c pressed at speed must not stack them.
            cast("AnnotatingMixin", self.app).inform(f"no {kind} found in this article (yet)")
        else:
            self._move(span)

    def action_done(self) -> None:
        self._show(False)
        self.post_message(self.Done(self.span))

    def action_cancel(self) -> None:
        self._show(False)
        self.post_message(self.Cancelled())

    def _show(self, shown: bool) -> None:
        self.display = shown
