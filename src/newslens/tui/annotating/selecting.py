"""Selection mode (v): a span the analysis missed, chosen by words and sentences and then
tagged; the selection bar's messages set the mark."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding

from newslens.tui.annotating.base import AnnotatingBase
from newslens.tui.annotating.keys import SELECTING
from newslens.tui.annotating.targets import found_spans, target_for_span
from newslens.tui.legend import Legend

if TYPE_CHECKING:
    from newslens.tui.annotating.targets import Target
    from newslens.tui.selection import SelectionBar


class SelectingMixin(AnnotatingBase):
    """Selection mode."""

    async def action_select_span(self) -> None:
        from newslens.tui.selection import SelectionBar, start_selection

        view = self.view
        found = view.current_match_start
        # Words searched for (/) are what the reader has come to annotate: the selection
        # starts on them while they are on screen, not on the screen's first sentence.
        span = start_selection(
            view.text, view.top_offset, found if found is not None and view.shows(found) else None
        )
        if span is None:
            self.inform("no text here to select")
            return
        bar = self._selection_bar()
        if bar is None:
            bar = SelectionBar(id="selection")
            await self.mount(bar, before=self.query_one(Legend))
        keys = {
            binding_id: self.key_for(binding_id)
            for binding_id in (*(i for i, _, _ in self.selection_bindings()), "note")
        }
        tag_keys = list(self.tag_keys().values())
        bar.begin(view.text, span, found_spans(self.analysis), keys, tag_keys)

    def on_selection_bar_changed(self, event: SelectionBar.Changed) -> None:
        self.view.show_span(*event.span, jump=False)

    async def on_selection_bar_done(self, event: SelectionBar.Done) -> None:
        self._mark(target_for_span(self.analysis, event.span), jump=False)
        self.view.focus()
        await self.action_pick_tag()

    def on_selection_bar_cancelled(self, _: SelectionBar.Cancelled) -> None:
        self._mark(None)
        self.view.focus()

    def leave_selection(self) -> None:
        """End selection mode for a key that marks something else (]) or clears the marks
        (esc): the bar would go on naming a selection the article no longer shows, and the
        keys would act on it."""
        bar = self._selection_bar()
        if bar is not None and bar.display:
            bar.display = False
            self.view.focus()

    def selection_done_with(self, annotated: Target | None) -> None:
        """End selection mode once a key did what it was for: the selection tagged or given a
        note (``annotated``, which stays marked, ▸, for another digit or e), or the
        annotations exported. The mode went on after them, and a fact-checker who took it to
        have ended pressed q to quit and stepped to the next quote instead; enter (pick a tag)
        ended it already, as an operator ends vim's visual mode."""
        bar = self._selection_bar()
        if bar is None or not bar.display:
            return
        if annotated is not None and (annotated.start, annotated.end) != bar.span:
            return  # another passage's (a quick tag typed as the reader opened, saved late)
        self.leave_selection()
        self._mark(annotated, jump=False)

    def selection_bindings(self) -> list[tuple[str, Binding, str]]:
        """Selection mode's keys, for help and config.toml [keys]: (id, binding, where)."""
        from newslens.tui.selection import SelectionBar

        return [
            (binding.id, binding, SELECTING)
            for binding in SelectionBar.BINDINGS
            if isinstance(binding, Binding) and binding.id
        ]
