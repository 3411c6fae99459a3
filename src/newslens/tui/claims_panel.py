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
posts :class:`ClaimsPanel.ClaimSelected`, a figure
:class:`ClaimsPanel.FigureSelected`; the app decides what that means for the
article view. Filtering the claims by a speaker posts :class:`ClaimsPanel.Filtered`.
"""

from __future__ import annotations

import asyncio
import bisect
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from newslens.analysis.model import Analysis, Claim, ClaimKind, Figure, Qualifier
from newslens.article import Span
from newslens.tui.inert import clipped, flat, inert_line
from newslens.tui.stepped_list import PanelList, SteppedList
from newslens.wording import counted

if TYPE_CHECKING:
    from textual.widgets import TabbedContent

_SHORT = 90  # characters of claim text in the list
_CONTEXT = 36  # characters either side of a figure in the figures list
_KIND = {
    ClaimKind.ATTRIBUTED: "attributed",
    ClaimKind.NUMERIC: "numeric",
    ClaimKind.ASSERTION: "assertion",
}
ALL_SPEAKERS = "__all__"
UNATTRIBUTED = "__none__"
# A blank line between paragraphs: a figure's context stops there, as the headline above the
# first paragraph is no part of its sentence.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage the reader annotated that the analysis lists as no claim or figure: text
    chosen in selection mode, or a claim it no longer finds there (its rules changed, or the
    text did and the annotation was placed again). Listed among the claims, as the reader's
    own: the Claims tab is where a fact-checker works, and a tag that left it went unseen.
    ``claimant``: the annotation's, if it was a claim's or a quote's."""

    start: int
    end: int
    claimant: str | None = None


# A row of the Claims tab.
ClaimRow = Claim | Passage


def short_text(text: str, row: ClaimRow) -> str:
    return clipped(flat(text[row.start : row.end]).strip(), _SHORT)


@dataclass(frozen=True)
class RowAnnotation:
    """What the panel lists under a claim or figure: its tags, then its note's first words
    ("[note]" alone sent the reader to the Library, or to ``e``, to find which claim the note
    was on and what it said)."""

    tags: tuple[str, ...] = ()
    note: str = ""


_UNANNOTATED = RowAnnotation()


def claim_prompt(text: str, claim: Claim, annotation: RowAnnotation = _UNANNOTATED) -> Text:
    prompt = Text(no_wrap=False, overflow="fold")
    prompt.append(inert_line(claim.claimant or "unattributed"), style="bold")
    # A colon that gives a claim its speaker ("KEMBLE: I would add …") is its cue, but
    # "Ruth Kemble · :" read as a slip: such a row names the kind, as one with no cue does.
    cue = claim.cue if claim.cue and any(c.isalpha() for c in claim.cue) else None
    if cue:
        prompt.append(f" · {inert_line(cue)}", style="italic")
    # A cue says the claim is someone's: "· attributed" after it told nothing new, and in the
    # panel's 30 columns at 80 often took a row of its own (the sample's 31 claims: 150 rows,
    # 137 without it).
    if not (cue and claim.kind == ClaimKind.ATTRIBUTED):
        prompt.append(f" · {_KIND.get(claim.kind, str(claim.kind))}", style="dim")
    prompt.append("\n")
    prompt.append(short_text(text, claim))
    if claim.figures:
        figures = ", ".join(inert_line(text[a:b]) for a, b in claim.figures[:3])
        prompt.append(f"\n# {figures}", style="dim")
    _append_annotation(prompt, annotation)
    return prompt


def passage_prompt(text: str, passage: Passage, annotation: RowAnnotation) -> Text:
    """A passage's row, told apart from the analysis's claims by "your passage" where a
    claim's kind would be."""
    prompt = Text(no_wrap=False, overflow="fold")
    if passage.claimant:
        prompt.append(inert_line(passage.claimant), style="bold")
        prompt.append(" · your passage", style="dim")
    else:
        prompt.append("your passage", style="bold")
    prompt.append("\n")
    prompt.append(short_text(text, passage))
    _append_annotation(prompt, annotation)
    return prompt


def row_prompt(text: str, row: ClaimRow, annotated: Mapping[Span, RowAnnotation]) -> Text:
    annotation = annotated.get((row.start, row.end), _UNANNOTATED)
    if isinstance(row, Passage):
        return passage_prompt(text, row, annotation)
    return claim_prompt(text, row, annotation)


def _append_annotation(prompt: Text, annotation: RowAnnotation) -> None:
    if annotation == _UNANNOTATED:
        return
    prompt.append("\n")
    for tag in annotation.tags:
        prompt.append(f"[{inert_line(tag)}] ", style="reverse")
    if annotation.note:
        prompt.append("[note]", style="reverse")
        prompt.append(f" {inert_line(annotation.note)} ", style="italic")


def figure_prompt(text: str, figure: Figure, annotation: RowAnnotation = _UNANNOTATED) -> Text:
    prompt = Text(no_wrap=False, overflow="fold")
    prompt.append(inert_line(figure.text), style="bold")
    details = [figure.kind.value]
    if figure.qualifier is not Qualifier.EXACTLY:
        details.append(figure.qualifier.value)
    if figure.unit:
        details.append(inert_line(figure.unit))
    prompt.append(" · " + " · ".join(details), style="dim")
    before = text[max(0, figure.start - _CONTEXT) : figure.start]
    before_parts = _PARAGRAPH_BREAK.split(before)
    after = text[figure.end : figure.end + _CONTEXT]
    after_parts = _PARAGRAPH_BREAK.split(after, maxsplit=1)
    before = flat(before_parts[-1]).lstrip()
    after = flat(after_parts[0]).rstrip()
    # Context cut off mid-text starts and ends with a whole word ("…in the eurozone", not
    # "…ion in the eurozone").
    opening = "" if len(before_parts) > 1 or figure.start <= _CONTEXT else "…"
    if opening and " " in before.rstrip():
        before = before.split(" ", 1)[1]
    closing = "" if len(after_parts) > 1 or figure.end + _CONTEXT >= len(text) else "…"
    if closing and " " in after.lstrip():
        after = after.rsplit(" ", 1)[0]
    prompt.append(f"\n{opening}{before}", style="dim")
    prompt.append(inert_line(figure.text), style="underline")
    prompt.append(f"{after}{closing}", style="dim")
    _append_annotation(prompt, annotation)
    return prompt


def source_rows(analysis: Analysis) -> list[tuple[str, str, int, int]]:
    """``(key, name, quotes, claims)`` for every speaker, most quoted first."""
    claims = Counter(claim.claimant_key for claim in analysis.claims)
    quotes = Counter(quote.speaker_key for quote in analysis.quotes)
    rows = [
        (speaker.key, speaker.name, quotes[speaker.key], claims[speaker.key])
        for speaker in analysis.speakers
    ]
    rows.sort(key=lambda row: (-row[2], -row[3], row[1].casefold()))
    return rows


# The panel's tabs in order, each with its list.
_TAB_LISTS = {"claims-tab": "#claims", "sources-tab": "#sources", "figures-tab": "#figures"}


class ClaimsPanel(Vertical):
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

    class Filtered(Message):
        """The claims listed are a speaker's only, or all of them again: :attr:`shown_claims`
        and :attr:`speaker_filter` say which."""

    def __init__(self, text: str, *, waiting: str = "analysing…", id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = text
        self._waiting = waiting  # what the lists say until the analysis is in: "fetching…"
        self._analysis: Analysis | None = None
        self._shown: list[ClaimRow] = []
        self._annotated: Mapping[Span, RowAnnotation] = {}
        self._hidden: frozenset[Span] = frozenset()
        self._passages: tuple[Passage, ...] = ()
        self.speaker_filter: str | None = None
        self.in_text_order = False  # else most check-worthy first, as the analysis ranks them
        # The claim or figure the Library opened the article at, for the lists' cursor once
        # they are filled (the annotation may come in before the analysis).
        self._pointed: Span | None = None
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
                yield PanelList(Option(self._waiting, disabled=True), id="sources")
            with TabPane("Figures", id="figures-tab"):
                yield SteppedList(self._waiting, noun="figures", id="figures")

    def on_mount(self) -> None:
        self.call_after_refresh(self._build)

    def _tabs(self) -> TabbedContent:
        from textual.widgets import TabbedContent  # deferred like compose's; loaded by then

        return self.query_one("#panel-tabs", TabbedContent)

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

    def _fill_all(self) -> None:
        assert self._analysis is not None
        analysis = self._analysis
        self._fill_sources()
        self._fill_claims()
        figures = analysis.figures
        self.query_one("#figures", SteppedList).show(
            len(figures), lambda i: self._figure_prompt(figures[i], self._annotated), "no figures"
        )
        self._tabs().get_tab("figures-tab").label = f"Figures {len(figures)}"
        self._point()

    def _figure_prompt(self, figure: Figure, annotated: Mapping[Span, RowAnnotation]) -> Text:
        span = (figure.start, figure.end)
        return figure_prompt(self._text, figure, annotated.get(span, _UNANNOTATED))

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

    @property
    def shown_claims(self) -> list[Claim]:
        """The claims listed, without the reader's own passages among them."""
        return [row for row in self._shown if isinstance(row, Claim)]

    def place_of(self, start: int, end: int) -> tuple[ClaimRow, int, int] | None:
        """The row of the claims list on ``[start, end)`` if it is the highlighted one, with
        its place in the list from 1 and the rows listed."""
        row = self.current_claim()
        if row is None or (row.start, row.end) != (start, end):
            return None
        return row, self._shown.index(row) + 1, len(self._shown)

    def row_in_hand(self) -> ClaimRow | Figure | None:
        """The claim, passage or figure under the cursor of the claims or figures list, when
        that list has the focus: what the keys act on, and what the article marks."""
        if not self.built.is_set() or self._analysis is None:
            return None
        focused = self.screen.focused
        if focused is self.query_one("#claims", SteppedList):
            return self.current_claim()
        figures = self.query_one("#figures", SteppedList)
        index = figures.highlighted
        if focused is not figures or index is None or index >= figures.listed:
            return None
        return self._analysis.figures[index]

    def point_at(self, span: Span) -> None:
        """Put the cursor on the claim or passage at ``span``, in the Claims tab, or else on
        the figure there, in the Figures tab: now, or once the lists are filled."""
        self._pointed = span
        self._point()

    def _point(self) -> None:
        if self._pointed is None or self._analysis is None or not self.built.is_set():
            return
        span, self._pointed = self._pointed, None
        lists: dict[str, Sequence[ClaimRow | Figure]] = {
            "claims-tab": self._shown,
            "figures-tab": self._analysis.figures,
        }
        for tab, rows in lists.items():
            index = next((i for i, row in enumerate(rows) if (row.start, row.end) == span), None)
            if index is not None:
                self._tabs().active = tab
                listed = self.query_one(_TAB_LISTS[tab], SteppedList)
                listed.list_through(index)
                listed.highlighted = index
                return

    def action_switch_tab(self, delta: int) -> None:
        if not self.built.is_set():
            return
        tabs = self._tabs()
        order = list(_TAB_LISTS)
        current = order.index(tabs.active) if tabs.active in order else 0
        tabs.active = order[(current + delta) % len(order)]
        self.query_one(_TAB_LISTS[tabs.active], OptionList).focus()

    def show_sources(self) -> None:
        """Bring the Sources tab forward and focus it (to filter by speaker), its cursor on
        the filter in force: enter keeps it, ↓ from "all speakers" is the first speaker."""
        if not self.built.is_set():
            return
        self._tabs().active = "sources-tab"
        sources = self.query_one("#sources", PanelList)
        if self._analysis is not None:
            try:
                sources.highlighted = sources.get_option_index(self.speaker_filter or ALL_SPEAKERS)
            except OptionDoesNotExist:  # a speaker the analysis read again no longer has
                sources.highlighted = 0
        # Focused now, not after the messages already queued (``focus()`` waits for them):
        # keys typed in the same burst as f are for this list (the app holds them till here).
        self.screen.set_focus(sources)

    def current_claim(self) -> ClaimRow | None:
        """The claim (or passage) highlighted in the claims list, focused or not."""
        if not self.built.is_set():
            return None
        claims = self.query_one("#claims", SteppedList)
        index = claims.highlighted
        # The row after the listed claims says how many more there are: it is no claim.
        return self._shown[index] if index is not None and index < claims.listed else None

    def step(self, delta: int, reading_at: int | None = None) -> ClaimRow | None:
        """Move to the next (``delta`` 1) or previous (-1) row of the claims list, a claim or
        a passage, and highlight it; with the claims in text order, ``reading_at`` (a text
        offset) is where the next one is looked for instead of after the highlighted claim.

        The row is returned, not posted: the caller marks it at once, so a key right
        behind this one in the same burst (a digit) acts on it."""
        if not self._shown:
            return None
        claims = self.query_one("#claims", SteppedList)
        self._tabs().active = "claims-tab"
        current = claims.highlighted
        if reading_at is not None and self.in_text_order:
            after = bisect.bisect_left(self._shown, reading_at, key=lambda claim: claim.start)
            index = (after if delta > 0 else after - 1) % len(self._shown)
        elif current is None:
            index = 0 if delta > 0 else len(self._shown) - 1
        else:
            index = (current + delta) % len(self._shown)
        claims.list_through(index)
        claims.highlighted = index
        return self._shown[index]

    # -- filling the lists ---------------------------------------------------

    def _fill_claims(self, instead: int | None = None) -> None:
        """List the claims the filter, the order and the hidden claims leave, the reader's
        own passages first (they chose them; the ranking only guesses), or in their place in
        text order. The highlighted row stays highlighted; when it is no longer listed, the
        row ``instead``, or the same row (the claim after one just hidden)."""
        if self._analysis is None or not self.built.is_set():
            return
        claims_list = self.query_one("#claims", SteppedList)
        current = self.current_claim()
        row = claims_list.highlighted if instead is None else instead
        label = self.query_one("#claims-filter", Label)
        analysis = self._analysis
        key = self.speaker_filter
        notes = []
        claims, passages = list(analysis.claims), list(self._passages)
        if key is not None:
            wanted = None if key == UNATTRIBUTED else key
            claims = [claim for claim in claims if claim.claimant_key == wanted]
            speaker = analysis.speaker(wanted)
            name = speaker.name if speaker else "unattributed"
            # A passage is a speaker's when its annotation names them (a claim's, a quote's).
            passages = [p for p in passages if speaker and p.claimant == speaker.name]
            notes.append(f"only {inert_line(name)} · f or Sources to change")
        self._shown = [*passages, *claims]
        if self.in_text_order:
            self._shown.sort(key=lambda row: (row.start, row.end))
            notes.append("in text order · o to rank")
        label.update(Text("\n".join(notes), style="dim"))
        label.display = bool(notes)
        if self._hidden:
            self._shown = [r for r in self._shown if (r.start, r.end) not in self._hidden]
        shown, annotated = self._shown, self._annotated
        claims_list.show(
            len(shown), lambda i: row_prompt(self._text, shown[i], annotated), "no claims"
        )
        if current in shown:
            row = shown.index(current)
        if row is not None and row < len(shown):
            claims_list.list_through(row)
            claims_list.highlighted = row
        tabs = self._tabs()
        # The claims the analysis found: the reader's passages are none of them.
        tabs.get_tab("claims-tab").label = f"Claims {len(self.shown_claims)}"

    def _fill_sources(self) -> None:
        assert self._analysis is not None
        sources = self.query_one("#sources", OptionList)
        options = [Option(Text("all speakers", style="bold"), id=ALL_SPEAKERS)]
        for key, name, quotes, claims in source_rows(self._analysis):
            row = Text()
            row.append(inert_line(name), style="bold")
            row.append(f"\n  {counted(quotes, 'quote')} · ", style="dim")
            row.append(counted(claims, "claim"), style="dim")
            options.append(Option(row, id=key))
        unattributed = sum(1 for claim in self._analysis.claims if claim.claimant_key is None)
        if unattributed:
            options.append(
                Option(
                    Text(f"unattributed\n  {counted(unattributed, 'claim')}", style="dim"),
                    id=UNATTRIBUTED,
                )
            )
        sources.set_options(options)

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
        if isinstance(row, Figure):
            self.post_message(self.FigureSelected(row, moved=moved))
        elif row is not None:
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
