"""Snapshots of the main screen on the sample article (a fixed Analysis) in three themes, and
of help over it at 80×24 (each key on one line).

Update after an intended change with ``pytest tests/tui/test_snapshots.py --snapshot-update``
and look at the SVGs in tests/tui/__snapshots__/ before committing them.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from newslens.config import Config
from newslens.tui.app import NewslensApp

from .helpers import analysed
from .sample_analysis import sample, sample_analysis

Compare = Callable[..., bool]


def _app(theme: str) -> NewslensApp:
    article = sample()
    analysis = sample_analysis(article)
    return NewslensApp(article, analyzer=lambda _: analysis, theme=theme, config=Config())


async def _ready(pilot: Pilot[None]) -> None:
    await analysed(pilot)


def test_main_screen_dark(snap_compare: Compare) -> None:
    assert snap_compare(_app("dark"), terminal_size=(100, 30), run_before=_ready)


def test_main_screen_light_with_a_claim_selected(snap_compare: Compare) -> None:
    assert snap_compare(
        _app("light"), press=["right_square_bracket"], terminal_size=(100, 30), run_before=_ready
    )


def test_high_contrast_at_80_by_24(snap_compare: Compare) -> None:
    assert snap_compare(_app("high-contrast"), terminal_size=(80, 24), run_before=_ready)


def test_help_at_80_by_24(snap_compare: Compare) -> None:
    assert snap_compare(
        _app("dark"), press=["question_mark"], terminal_size=(80, 24), run_before=_ready
    )
