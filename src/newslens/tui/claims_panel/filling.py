"""Filling the lists: the claims the speaker filter, the order and the hidden claims leave,
with the reader's passages; the figures; the sources tally."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from newslens.analysis.model import Figure
from newslens.article import Span
from newslens.tui.claims_panel.base import PanelBase
from newslens.tui.claims_panel.prompts import figure_prompt, row_prompt, source_rows
from newslens.tui.claims_panel.rows import (
    _UNANNOTATED,
    ALL_SPEAKERS,
    UNATTRIBUTED,
    RowAnnotation,
)
from newslens.tui.inert import inert_line
from newslens.tui.stepped_list import SteppedList
from newslens.wording import counted
from newslens.wrapping import wrapped_line_ends

_TAB_IDS = ("claims-tab", "sources-tab", "figures-tab")
# The tabs' words, shorter in turn, for a narrow panel: 31 cells at 80 columns.
_TAB_WORDS = (
    ("Claims", "Sources", "Figures"),
    ("Claims", "Sources", "Figs"),
    ("Claims", "Srcs", "Figs"),
)
_TAB_PADDING = 1  # the space before each tab (newslens.tcss)


class FillingMixin(PanelBase):
    """The lists filled from the analysis and the annotations."""

    def _fill_all(self) -> None:
        assert self._analysis is not None
        analysis = self._analysis
        self._fill_sources()
        self._restore_filter(analysis)
        self._fill_claims()
        figures = analysis.figures
        self.query_one("#figures", SteppedList).show(
            len(figures), lambda i: self._figure_prompt(figures[i], self._annotated), "no figures"
        )
        self._label_tabs()
        self._point()

    def _figure_prompt(self, figure: Figure, annotated: Mapping[Span, RowAnnotation]) -> Text:
        if self._line_ends_inside is None:
            # Found once, for the first figure listed: a figure's words stop at its paragraph.
            self._line_ends_inside = frozenset(wrapped_line_ends(self._text))
        span = (figure.start, figure.end)
        annotation = annotated.get(span, _UNANNOTATED)
        return figure_prompt(self._text, figure, annotation, self._line_ends_inside)

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
            notes.append(f"only {inert_line(name)} · f to change")
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
        self._label_tabs()

    def _label_tabs(self) -> None:
        """Each tab with its count: the claims the analysis found (the reader's passages are
        none of them), the speakers, the figures; in shorter words where the panel is too
        narrow for them all ("Figs 1250"), so that no count is cut off."""
        if self._analysis is None or not self.built.is_set():
            return
        counts = (len(self.shown_claims), len(self._analysis.speakers), len(self._analysis.figures))
        width = self.content_size.width
        for words in _TAB_WORDS:
            labels = [f"{word} {count}" for word, count in zip(words, counts, strict=True)]
            if sum(len(label) + _TAB_PADDING for label in labels) <= width:
                break
        tabs = self._tabs()
        for tab_id, label in zip(_TAB_IDS, labels, strict=True):
            tab = tabs.get_tab(tab_id)
            if str(tab.label) != label:
                tab.label = label

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
