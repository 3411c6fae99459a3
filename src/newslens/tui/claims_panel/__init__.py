"""The side panel: the article's claims, the sources tally, and every figure.

Claims, sources and figures are ``OptionList``s (one widget drawing many rows; a
ListView of hundreds of items costs a visible fraction of a second to build);
claims and figures are listed a few hundred at a time (stepped_list.py). Every
prompt is built from plain Rich ``Text`` so names and quotes from the article are
never parsed as markup.

The tabs and lists (some thirty widgets to style and lay out) are composed just
after the first frame, so the article is on screen sooner; until then the panel
shows a placeholder, and what it is told (analysis, tags, filter) is kept and
drawn once the lists exist.

Messages up: choosing a claim (or a passage the reader annotated, listed with the claims)
posts :class:`ClaimsPanel.ClaimSelected`, a figure :class:`ClaimsPanel.FigureSelected`, a
list entered with no row in hand (or Sources, whose rows are speakers)
:class:`ClaimsPanel.NothingInHand`; the app decides what that means for the article view.
Filtering the claims by a speaker posts :class:`ClaimsPanel.Filtered`.

:class:`ClaimsPanel` holds the panel's state, its tabs, its messages and the handlers of its
lists' events (Textual runs ``@on`` handlers of the widget's own class only), and is made of
one mixin for each question, over ``base`` (the tabs, and what the mixins read of the panel
and of each other, for the type checker): ``cursor`` the row in hand and moving to it,
``filling`` the lists filled; ``rows`` the rows that are no claim or figure of the analysis
(plain data) and ``prompts`` each row drawn as Text (pure functions) need no widget. A name
with a leading underscore is the package's own: its modules share it, and only they and their
tests use it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection, Mapping, Sequence
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from newslens.analysis.model import Analysis, Figure
from newslens.article import Span
from newslens.tui.claims_panel.cursor import CursorMixin
from newslens.tui.claims_panel.filling import FillingMixin
from newslens.tui.claims_panel.prompts import (
    claim_prompt,
    figure_prompt,
    passage_prompt,
    row_prompt,
    short_text,
    source_rows,
)
from newslens.tui.claims_panel.rows import (
    _UNANNOTATED,
    ALL_SPEAKERS,
    UNATTRIBUTED,
    ClaimRow,
    Passage,
    RowAnnotation,
)
from newslens.tui.stepped_list import SpeakersList, SteppedList

__all__ = [
    "ALL_SPEAKERS",
    "UNATTRIBUTED",
    "ClaimRow",
    "ClaimsPanel",
    "Passage",
    "RowAnnotation",
    "claim_prompt",
    "figure_prompt",
    "passage_prompt",
    "row_prompt",
    "short_text",
    "source_rows",
]


class ClaimsPanel(CursorMixin, FillingMixin, Vertical):
    """Claims (filterable by speaker), Sources and Figures, as three tabs."""

    # The tab bar takes no focus (tab goes straight from the article to a list, where keys
    # work); ← and → in a list switch tabs instead.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "switch_tab(-1)", "Previous tab", show=False),
        Binding("right", "switch_tab(1)", "Next tab", show=False),
    ]

    class ClaimSelected(Message):
        """The reader chose a claim, or a passage of their own (enter, or the focused list's
        cursor on it): show it in the article. ``moved``: the cursor was moved to it (bring
        it into view), rather than the list taking the focus with its cursor there (the
        reader has not asked to go)."""

        def __init__(self, claim: ClaimRow, *, moved: bool = True) -> None:
            super().__init__()
            self.claim = claim
            self.moved = moved

    class FigureSelected(Message):
        """The reader chose a figure (enter, or the focused list's cursor on it): show it in
        the article; ``moved`` as for a claim."""

        def __init__(self, figure: Figure, *, moved: bool = True) -> None:
            super().__init__()
            self.figure = figure
            self.moved = moved

    class NothingInHand(Message):
        """The Sources list has the focus, or the claims or figures list with no cursor (the
        Figures tab of an article with none): the article marks nothing, as the keys act on
        nothing there, rather than the row another tab had in hand."""

    class Filtered(Message):
        """The claims listed are a speaker's only, or all of them again: :attr:`shown_claims`
        and :attr:`speaker_filter` say which."""

    def __init__(self, text: str, *, waiting: str = "analysing…", id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = text
        self._line_ends_inside: frozenset[int] | None = None  # of a text wrapped by hand
        self._waiting = waiting  # what the lists say until the analysis is in: "fetching…"
        self._analysis: Analysis | None = None
        self._shown: list[ClaimRow] = []
        self._annotated: Mapping[Span, RowAnnotation] = {}
        self._hidden: frozenset[Span] = frozenset()
        self._passages: tuple[Passage, ...] = ()
        self.speaker_filter: str | None = None
        self._filter_left: str | None = None  # the filter the article was left with, to restore
        self.in_text_order = False  # else most check-worthy first, as the analysis ranks them
        # The claim or figure the Library opened the article at, for the lists' cursor once
        # they are filled (the annotation may come in before the analysis).
        self._pointed: Span | None = None
        self._pointed_marked = False  # the article marks it too (the claim left in hand)
        self._compose_lists = False  # set just after the first frame
        # Set once the lists are mounted: they can be filled. A reader rebuilt before then
        # (another article opened at once) would remove the tabs while Textual sets them up.
        self.built = asyncio.Event()
        self._failed = False

    def compose(self) -> ComposeResult:
        if not self._compose_lists:
            # A Static, like the legend: one widget type fewer to style before the first frame.
            yield Static(self._waiting, id="panel-placeholder")
            return
        # Imported here: the tabs are only built after the first frame (their modules cost ~1.5 ms).
        from textual.widgets import TabbedContent, TabPane

        with TabbedContent(id="panel-tabs"):
            with TabPane("Claims", id="claims-tab"):
                yield Label("", id="claims-filter")
                yield SteppedList(self._waiting, noun="claims", id="claims")
            with TabPane("Sources", id="sources-tab"):
                yield SpeakersList(Option(self._waiting, disabled=True), id="sources")
            with TabPane("Figures", id="figures-tab"):
                yield SteppedList(self._waiting, noun="figures", id="figures")

    def on_mount(self) -> None:
        self.call_after_refresh(self._build)

    def on_resize(self) -> None:
        self._label_tabs()

    async def _build(self) -> None:
        self._compose_lists = True
        await self.recompose()
        from textual.widgets import Tabs

        tabs = self.query(Tabs)
        if not tabs:
            return  # removed before it was built: the reader went on to another article
        tabs.first().can_focus = False
        self.built.set()
        if self._analysis is not None:
            self._fill_all()
        elif self._failed:
            self.show_failure()

    # -- attributes down -------------------------------------------------

    def set_analysis(self, analysis: Analysis) -> None:
        self._analysis = analysis
        if self.built.is_set():
            self._fill_all()

    def show_failure(self) -> None:
        self._failed = True
        if not self.built.is_set():
            return
        message = "no analysis: it failed (see the message)"
        self.query_one("#claims", SteppedList).show_message(message)
        self.query_one("#figures", SteppedList).show_message(message)
        self.query_one("#sources", OptionList).set_options([Option(message, disabled=True)])

    def set_annotations(
        self,
        annotated: Mapping[Span, RowAnnotation],
        *,
        hidden: Collection[Span] = (),
        passages: Sequence[Passage] = (),
    ) -> None:
        """The tags and note to show under each claim or figure, keyed by its span;
        ``hidden`` claims (marked "not a claim") are left out of the list, and the reader's
        own ``passages`` listed with the claims."""
        old, self._annotated = self._annotated, annotated
        same_rows = frozenset(hidden) == self._hidden and tuple(passages) == self._passages
        self._hidden, self._passages = frozenset(hidden), tuple(passages)
        if not self.built.is_set():
            return
        if self._analysis is not None:
            # A figure tagged in the Figures tab shows its tags there, as a claim does.
            figures_list = self.query_one("#figures", SteppedList)
            for index, figure in enumerate(self._analysis.figures[: figures_list.listed]):
                span = (figure.start, figure.end)
                if old.get(span) != annotated.get(span):
                    figures_list.replace_prompt(index, self._figure_prompt(figure, annotated))
        if same_rows and self._analysis is not None:
            # The same rows listed: redraw only those whose tags changed.
            claims_list = self.query_one("#claims", SteppedList)
            for index, row in enumerate(self._shown[: claims_list.listed]):
                span = (row.start, row.end)
                if old.get(span, _UNANNOTATED) != annotated.get(span, _UNANNOTATED):
                    claims_list.replace_prompt(index, row_prompt(self._text, row, annotated))
                    if index == claims_list.highlighted:
                        # Its tags are a line more: the cursor's claim stays whole, the tag
                        # just added in view.
                        claims_list.call_after_refresh(claims_list.scroll_to_highlight)
            return
        self._fill_claims()

    def filter_once_listed(self, key: str) -> None:
        """List only the speaker ``key``'s claims, as when the article was left, once the
        analysis is in: if it still finds that speaker (the text or the rules may have
        changed since), else every claim."""
        self._filter_left = key

    def _restore_filter(self, analysis: Analysis) -> None:
        key, self._filter_left = self._filter_left, None
        if key is None:
            return
        if key == UNATTRIBUTED:
            found = any(claim.claimant_key is None for claim in analysis.claims)
        else:
            found = analysis.speaker(key) is not None
        if found:
            self.speaker_filter = key
            self.post_message(self.Filtered())

    def set_speaker_filter(self, key: str | None) -> None:
        self.speaker_filter = key
        # Another speaker's claim, or none: their list is read from the top.
        self._fill_claims(instead=0)
        self.post_message(self.Filtered())

    def set_text_order(self, in_text_order: bool) -> None:
        """List the claims as they come in the article, or most check-worthy first; the
        highlighted claim stays highlighted."""
        self.in_text_order = in_text_order
        self._fill_claims()

    @on(OptionList.OptionHighlighted, "#claims, #figures")
    def _cursor_moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_row_in_hand()

    def on_descendant_focus(self, _: events.DescendantFocus) -> None:
        self._show_row_in_hand(moved=False)

    def _show_row_in_hand(self, *, moved: bool = True) -> None:
        """Show the row under the focused list's cursor in the article, as enter does: a digit
        tags it, so the article marks it as the cursor moves (``moved``), and as the list
        takes the focus (tab, or a speaker chosen in Sources), there only where it is."""
        row = self.row_in_hand()
        if row is not None:
            self._show_row(row, moved=moved)
        elif self._analysis is not None and (
            self.in_sources()
            or any(
                listed is self.screen.focused and listed.highlighted is None
                for listed in self.query("#claims, #figures").results(SteppedList)
            )
        ):
            # Not on the row that lists more, which leaves the claim marked as it was.
            self.post_message(self.NothingInHand())

    def _show_row(self, row: ClaimRow | Figure, *, moved: bool) -> None:
        if isinstance(row, Figure):
            self.post_message(self.FigureSelected(row, moved=moved))
        else:
            self.post_message(self.ClaimSelected(row, moved=moved))

    @on(OptionList.OptionSelected, "#claims")
    def _claim_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self._shown):
            self.post_message(self.ClaimSelected(self._shown[event.option_index]))

    @on(OptionList.OptionSelected, "#figures")
    def _figure_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        figures = self._analysis.figures if self._analysis is not None else ()
        if 0 <= event.option_index < len(figures):
            self.post_message(self.FigureSelected(figures[event.option_index]))

    @on(OptionList.OptionSelected, "#sources")
    def _source_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        key = event.option.id
        self.set_speaker_filter(None if key in (None, ALL_SPEAKERS) else key)
        self._tabs().active = "claims-tab"
        self.query_one("#claims", OptionList).focus()
