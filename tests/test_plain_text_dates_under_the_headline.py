"""A plain text's date is the one its head states: when its time stamp says it was
published, else a date on its own line, else when it was updated; a date in the story
dates nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

STORY = (
    "WASHINGTON (AP) — The Senate passed a stopgap spending bill late Tuesday that would keep"
    " the government funded into February.\n\n"
    "The stopgap keeps most agencies funded at current levels through Feb. 6, 2027.\n"
)


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("By MARY CLAIRE JALONICK\nUpdated 11:42 PM EST, December 1, 2026", "2026-12-01"),
        ("By Dan Whitcombe\nPublished 2 December 2026", "2026-12-02"),
        ("Updated 3 December 2026\nPublished 2 December 2026", "2026-12-02"),
        ("Tuesday 1 December 2026", "2026-12-01"),
        ("By Dan Whitcombe", None),
    ],
)
def test_the_date_the_head_states(tmp_path: Path, head: str, date: str | None) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Senate passes stopgap bill\n\n{head}\n\n{STORY}", encoding="utf-8")
    assert load_article(str(path)).date == date
