"""The mark (▸): what the article marks, and so what the keys act on (the *target*, see the
package's docstring); the panel's ``ClaimSelected`` and ``FigureSelected`` set it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.model import Claim
from newslens.annotations.model import Annotation
from newslens.tui.annotating.base import AnnotatingBase
from newslens.tui.annotating.shown import _SNIPPET, _snippet, toast_line
from newslens.tui.annotating.targets import Target, _claim_target, passage_target, target_for_span
from newslens.tui.article_view import ArticleView
from newslens.tui.claims_panel import ClaimRow, Passage
from newslens.wording import quoted

if TYPE_CHECKING:
    from newslens.tui.claims_panel import ClaimsPanel
    from newslens.tui.selection import SelectionBar

_SHORTEST_QUOTE = 16  # where the other words leave less, the message takes two lines


class MarkingMixin(AnnotatingBase):
    """The mark, set and read."""

    def _mark(self, target: Target | None, *, jump: bool = True) -> None:
        """Mark ``target`` in the article (▸), or nothing: the mark is what the keys annotate,
        so the two can never disagree."""
        self._marked = target
        if target is None:
            self.view.clear_span()
        else:
            self.view.show_span(target.start, target.end, jump=jump)
        self._show_legend()  # where the claim marked is in the list

    def _mark_unless_marked(self, target: Target) -> None:
        # The list's cursor moved in the same burst of keys as the one acting now: its
        # message, which marks the row, is still on its way.
        if target != self._marked:
            self._mark(target)

    def on_claims_panel_claim_selected(self, event: ClaimsPanel.ClaimSelected) -> None:
        self._show_chosen(self._row_target(event.claim), moved=event.moved)

    def mark_claim(self, row: ClaimRow) -> None:
        """Mark a row of the claims list, a claim or a passage, in the article and bring it
        into view."""
        self._mark(self._row_target(row))

    def _row_target(self, row: ClaimRow) -> Target:
        if isinstance(row, Passage):
            return passage_target(self.annotations, row)
        return _claim_target(row, self.analysis)

    def on_claims_panel_figure_selected(self, event: ClaimsPanel.FigureSelected) -> None:
        span = (event.figure.start, event.figure.end)
        self._show_chosen(target_for_span(self.analysis, span), moved=event.moved)

    def on_claims_panel_nothing_in_hand(self, _: ClaimsPanel.NothingInHand) -> None:
        if not self.query(ArticleView):
            return
        if self.panel.in_sources():
            # A detour to choose a speaker (f): esc back from it marks this again.
            self._before_sources = (self.panel, self._marked)
        if self._marked is not None:
            self._mark(None)

    def back_from_sources(self) -> None:
        """Esc in the Sources list: mark again, where it is, what was marked before the list
        took the keys; esc in the article then clears it. Not in a reader opened since (its
        panel is another), where that text is no longer shown."""
        panel, target = self._before_sources
        self._before_sources = (None, None)
        if panel is not self.panel or target is None:
            self.clear_mark()
            return
        self._marked = target
        self.view.mark_span(target.start, target.end)
        self._show_legend()

    def _show_chosen(self, target: Target, *, moved: bool) -> None:
        """Mark the panel's row in hand: brought into view when the cursor moved to it. When
        the list only took the focus (tab), the article stays where the reader is, and marks
        it only if it is on screen: the mark never shows another row than the one the keys
        act on, and those bring it into view when they act (_target)."""
        if not self.query(ArticleView):
            # Closing: the view goes first, and the list its focus passed to, entered, sends
            # the row its cursor was put on.
            return
        if moved:
            self._mark(target)
        elif self.view.shows(target.start):
            self._marked = target
            self.view.mark_span(target.start, target.end)
            self._show_legend()
        else:
            self._mark(None)

    def clear_mark(self) -> None:
        """Escape: nothing is marked, so nothing is annotated until a claim or span is chosen."""
        self._mark(None)

    def _selection_bar(self) -> SelectionBar | None:
        from newslens.tui.selection import SelectionBar

        bars = self.query(SelectionBar)
        return bars.first() if bars else None

    def _target(self) -> Target | None:
        bar = self._selection_bar()
        if bar is not None and bar.display:
            return target_for_span(self.analysis, bar.span)
        in_hand = self.panel.row_in_hand()
        if isinstance(in_hand, Claim | Passage):
            self._mark_unless_marked(self._row_target(in_hand))
        elif in_hand is not None:
            self._mark_unless_marked(target_for_span(self.analysis, (in_hand.start, in_hand.end)))
        if self._marked is not None:
            if not self.view.shows(self._marked.start):
                # Marked, and then the article moved on (a search, a scroll): the reader sees
                # what the key changes, not only a confirmation quoting it.
                self.view.show_span(self._marked.start, self._marked.end)
            return self._marked
        if self.panel.in_figures():
            # Its list has no figure, or its cursor is on the row that lists more.
            choose = (
                f"choose a figure first ({self.key_for('scroll-down')} or "
                f"{self.key_for('scroll-up')})"
            )
        elif self.panel.in_sources():
            # A speaker is no passage: their claims are, one enter away.
            choose = "enter lists this speaker's claims"
        elif self.claims_to_come():
            # ] and [ have no claim to go to yet: they would only say so.
            choose = "the claims come with the analysis"
        else:
            choose = (
                f"choose a claim first ({self.key_for('next-claim')} or "
                f"{self.key_for('previous-claim')})"
            )
        # Each on one line of a toast at 80 columns, which leaves the header's second line;
        # narrower, on one line without the other way, which the help gives.
        said = f"nothing is marked: {choose}"
        selecting = f", or select text ({self.key_for('select')})"
        if len(said) + len(selecting) <= toast_line(self.size.width):
            said += selecting
        self.inform(said, timeout=4)
        return None

    def _annotation_at(self, target: Target) -> Annotation | None:
        return next(
            (
                a
                for a in self.annotations
                if (a.start, a.end, a.kind) == (target.start, target.end, target.kind)
            ),
            None,
        )

    def _quote(self, where: Target | Annotation, limit: int = _SNIPPET) -> str:
        """The passage as the reader shows it (inert), shortened, between quotation marks:
        article text as messages and dialog titles quote it."""
        return quoted(_snippet(self.view.text[where.start : where.end], limit))

    def _quoting(self, before: str, where: Target | Annotation, after: str = "") -> str:
        """``before · “the passage”`` then ``after``, the passage cut shorter where the whole
        would run past one line of a toast (toast_line): on two, it covered the header's
        second line (the source) as well as the title."""
        room = toast_line(self.size.width) - len(before) - len(" · ") - len(after) - len("“”")
        if room < _SHORTEST_QUOTE:
            # The aside ("(u undoes)") gives way first: the quote says which claim it was.
            after, room = "", room + len(after)
        return f"{before} · {self._quote(where, max(_SHORTEST_QUOTE, min(_SNIPPET, room)))}{after}"
