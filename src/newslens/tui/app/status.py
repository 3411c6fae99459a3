"""The legend under the article: the layers and their keys (which a capital letter shows or
hides), and the status line: the counts, the claim marked, the match, the save, the place."""

from __future__ import annotations

from collections.abc import Collection

from textual import on

from newslens.analysis.model import Claim
from newslens.tui.annotating import SAVE_MARKS
from newslens.tui.app.base import ReaderBase
from newslens.tui.article_view import ArticleView
from newslens.tui.highlights import LAYERS
from newslens.tui.legend import Legend, LegendEntry, StatusPart
from newslens.wording import counted

# Layer toggles use capitals: lower-case letters and digits are left for tagging keys.
LAYER_KEYS = {
    "speaker": "S",
    "direct": "D",
    "indirect": "I",
    "cue": "C",
    "figure": "F",
    "boilerplate": "B",
}
_LEGEND_LABELS = {
    "speaker": "speaker",
    "direct": "┃“quote”",
    "indirect": "┆reported",
    "cue": "cue",
    "figure": "figure",
    "boilerplate": "boilerplate",
}


class StatusMixin(ReaderBase):
    """The legend under the article and the status line's counts."""

    def counts(
        self,
        hidden: Collection[tuple[int, int]],
        marked: tuple[str, int, int] | None = None,
        in_all: bool = True,
        speakers: bool = True,
    ) -> str:
        """The status line's counts: the claims the panel lists (not those marked not a
        claim; while it lists one speaker's, "7 of 31 claims"), or which of them is
        ``marked`` ("claim 3 of 31": below 80 columns the panel is out of sight; "claim 2 of 7
        (31 in all)" while it lists one speaker's, unless not ``in_all``), and the speakers,
        unless not ``speakers``."""
        analysis = self.analysis
        if analysis is None:
            return self.status
        total = sum((c.start, c.end) not in hidden for c in analysis.claims)
        claims = counted(total, "claim")
        panel = self.panel
        if marked is not None:
            kind, at, rows = marked
            claims = f"{kind} {at:,} of {rows:,}"
            if in_all and panel.speaker_filter is not None:
                claims += f" ({total:,} in all)"
        elif panel.speaker_filter is not None:
            claims = f"{len(panel.shown_claims)} of {claims}"
        if not speakers:
            return claims
        return f"{claims} · {counted(len(analysis.speakers), 'speaker')}"

    def on_claims_panel_filtered(self) -> None:
        self.status = self.counts(hidden=self._panel_annotations[1])
        self._show_legend()

    def _show_legend(self) -> None:
        view = self.view
        entries = [
            LegendEntry(
                LAYER_KEYS[layer],
                _LEGEND_LABELS[layer],
                view.layer_style(layer),
                layer not in view.hidden_layers,
            )
            for layer, _ in LAYERS
        ]
        analysis = self.analysis
        model = f"{analysis.model_name} {analysis.model_version}".strip() if analysis else ""
        status: str | StatusPart = self.status
        hidden = self._panel_annotations[1]
        place = self._marked and self.panel.place_of(self._marked.start, self._marked.end)
        # Shorter where the legend has no room, the speakers first (the Sources tab counts
        # them too): the legend takes the first form that costs it no line more (legend.py).
        if place:
            row, place_at, rows = place
            kind = "claim" if isinstance(row, Claim) else "passage"
            which = (kind, place_at, rows)
            forms = (
                self.counts(hidden, which),
                self.counts(hidden, which, in_all=False),
                self.counts(hidden, which, in_all=False, speakers=False),
            )
            status = StatusPart(tuple(dict.fromkeys(forms)))
        elif analysis is not None:
            status = StatusPart((self.status, self.counts(hidden, speakers=False)))
        parts = []
        if view.current_match >= 0:
            # Where n/N are in the matches, kept in view as they step (going round, they say so
            # once, in a toast).
            at, count = f"{view.current_match + 1:,}", f"{view.match_count:,}"
            parts.append(StatusPart((f"match {at} of {count}", f"match {at}/{count}")))
        if self._count is not None:
            # The count typed after the colon, waiting for the key it counts (app/counts.py).
            parts.append(StatusPart((f":{self._count} · j k ] [ G", f":{self._count}")))
        if self.save_status:
            mark = SAVE_MARKS.get(self.save_status)
            parts.append(StatusPart((self.save_status, mark) if mark else (self.save_status,)))
        self.query_one(Legend).show(entries, status, model, view.position, tuple(parts))

    @on(ArticleView.PositionChanged)
    def _position_changed(self) -> None:
        self._show_legend()

    def action_toggle_layer(self, layer: str) -> None:
        hidden = set(self.view.hidden_layers)
        hidden.symmetric_difference_update({layer})
        self.view.set_hidden_layers(hidden)
        self._show_legend()
