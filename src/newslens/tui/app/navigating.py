"""Moving about the claims: ] and [, the panel shown or hidden (p), its Sources list (f) and
its order (o), the focus kept on something that takes keys, and esc."""

from __future__ import annotations

from collections.abc import Callable

from textual.widget import Widget

from newslens.tui.app.base import ReaderBase
from newslens.tui.article_view import ArticleView
from newslens.tui.claims_panel import ClaimsPanel


def went_round_message(noun: str, delta: int) -> str:
    """What ] and [ (or n and N) say on going round the end of their list: "past the last
    claim: back to the first"."""
    if delta > 0:
        return f"past the last {noun}: back to the first"
    return f"past the first {noun}: on to the last"


class NavigatingMixin(ReaderBase):
    """Stepping through the claims, the panel, and esc."""

    def action_next_claim(self) -> None:
        self._step_claim(1)

    def action_previous_claim(self) -> None:
        self._step_claim(-1)

    def _step_claim(self, delta: int) -> None:
        self.leave_selection()
        reading_at = None
        current = self.panel.current_claim()
        if self.panel.in_text_order:
            top, bottom = self.view.top_offset, self.view.bottom_offset
            if current is None or not top <= current.start < bottom:
                # Scrolled away from the claim: the next is the next one on from the screen,
                # not from a claim far behind.
                reading_at = top if delta > 0 else bottom
        stepped = self.panel.step(delta, reading_at)
        if stepped is not None:
            claim, went_round = stepped
            self.mark_claim(claim)
            if went_round:
                # As less and vim say a search went round: "claim 1 of 481" alone is easily
                # taken for one more step. Round to the claim it left, it is the only one:
                # "back to the first" read as a step on, and a digit tagged it again.
                only = claim is current
                self.inform("the only claim listed" if only else went_round_message("claim", delta))
        else:
            waiting = self.claims_to_come()
            self.inform("no claims yet: the analysis is running" if waiting else "no claims")

    def _panel_open(self) -> bool:
        """Whether the panel is on screen: beside the article unless closed when wide,
        under it only if opened when narrow (newslens.tcss)."""
        if self.screen.has_class("-narrow"):
            return self.panel.has_class("-open")
        return not self.panel.has_class("-closed")

    def _open_panel(self, open_: bool) -> None:
        self.panel.set_class(open_, "-open")
        self.panel.set_class(not open_, "-closed")
        if not open_:
            self.view.focus()

    def action_toggle_panel(self) -> None:
        self._open_panel(not self._panel_open())

    def action_focus_next(self) -> None:
        self._tab(self.screen.focus_next)

    def action_focus_previous(self) -> None:
        self._tab(self.screen.focus_previous)

    def _tab(self, move: Callable[[], object]) -> None:
        """Tab (or shift+tab) to the next pane; with the panel hidden (p, or below 80
        columns) there is none, and tab said nothing."""
        before = self.focused
        move()
        if self.reading(self.screen) and self.focused is before and not self._panel_open():
            self.inform(f"the panel is hidden: {self.key_for('toggle-panel')} shows it")

    def _focus_moved(self, focused: Widget | None) -> None:
        # Narrowing past the breakpoint hides the panel, and Textual then takes the focus
        # from its list and leaves none; the terminal's focus coming back may hand it to that
        # hidden list again. Either way keys would scroll nothing: the article takes them.
        # (While the terminal's focus is elsewhere, Textual keeps none on purpose.)
        # While the reader closes, its widgets go one by one and this runs on: nothing to do.
        if not self.app_focus or not self.query(ArticleView) or not self.query(ClaimsPanel):
            return
        if focused is None or (
            self.panel in focused.ancestors_with_self and not self._panel_open()
        ):
            self.view.focus()
        elif self.panel in focused.ancestors_with_self:
            # A list entered (tab, ← or →) has its cursor on a row, so a digit tags one.
            self.panel.enter_at(self.view.top_offset, self.view.bottom_offset)

    def action_filter_speaker(self) -> None:
        self._open_panel(True)
        self.panel.show_sources()

    def action_toggle_claim_order(self) -> None:
        in_text_order = not self.panel.in_text_order
        self.panel.set_text_order(in_text_order)
        self.inform("claims in text order" if in_text_order else "claims most check-worthy first")

    def action_clear(self) -> None:
        self.view.search("")
        self._show_legend()
        self.leave_selection()  # its bar may have lost the keys (tab), and with them its esc
        focused = self.focused
        in_sources = self.panel.in_sources()
        in_panel = focused is not None and self.panel in focused.ancestors_with_self
        if in_panel:
            # In a list the row under the cursor is what the keys act on: it would be marked
            # again by the next digit. Now, not after the keys already queued (a digit).
            self.screen.set_focus(self.view)
        if in_sources:
            self.back_from_sources()  # a speaker left unchosen: back to where the reader was
        else:
            if not in_panel and self.panel.speaker_filter is not None:
                # Esc is the key a reader tries first to take off what f put on; from the
                # panel it only leaves it, for ] to go on through the speaker's claims. Before
                # the mark is cleared: the list refilled moves its cursor, marking its row.
                self.panel.set_speaker_filter(None)
            self.clear_mark()
