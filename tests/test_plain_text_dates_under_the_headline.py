"""A plain text's date is the one its head states: when its time stamp says it was
published, else a date on its own line (with its time of day or not), else when it was
updated; a line of the story's details ("18 November 2026, 7:30am · Updated 4:02pm", or a
wire's "December 1, 2026 4:12 PM GMT Updated 2 hours ago") is dimmed and read a part at a time;
a date in the story dates nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

from .dimmed import dimmed_inside_a_story, dimmed_passages

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
        ("By Dan Whitcombe\nTuesday 1 December 2026, 7:30pm", "2026-12-01"),
        ("By Dan Whitcombe\nTuesday 1 December 2026, 7:30pm · Updated 11:02pm", "2026-12-01"),
        (
            "The bill keeps the government open and averts a shutdown before the holidays.\n\n"
            "By Dan Whitcombe\nTuesday 1 December 2026, 7:30pm",
            "2026-12-01",
        ),
        (
            "The bill keeps the government open and averts a shutdown before the holidays.\n"
            "By Dan Whitcombe\nCongressional Correspondent\nTuesday 1 December 2026, 7:30pm",
            "2026-12-01",
        ),
        (
            "The bill keeps the government open and averts a shutdown before the holidays.\n\n"
            "Reporters and correspondents\nTuesday 1 December 2026, 7:30pm",
            None,
        ),
        ("By Dan Whitcombe\n1 December 2026 | Updated 2 December 2026", "2026-12-01"),
        ("Updated 2 December 2026, 9:15am · Published 1 December 2026", "2026-12-01"),
        ("By Dan Whitcombe\nUpdated 11:02pm · 4 min read", None),
        ("By Dan Whitcombe\nDecember 1, 2026 4:12 PM GMT Updated 2 hours ago", "2026-12-01"),
        ("By Dan Whitcombe", None),
        (
            "Dan Whitcombe\nCongressional Correspondent\nTuesday 1 December 2026 19:30, UK",
            "2026-12-01",
        ),
    ],
)
def test_the_date_the_head_states(tmp_path: Path, head: str, date: str | None) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Senate passes stopgap bill\n\n{head}\n\n{STORY}", encoding="utf-8")
    assert load_article(str(path)).date == date


@pytest.mark.parametrize(
    "details",
    [
        "Tuesday 1 December 2026, 7:30pm · Updated 11:02pm",
        "December 1, 2026 4:12 PM GMT Updated 2 hours ago",  # a wire's, with no mark
        "Tuesday 1 December 2026 19:30, UK",  # UK time, as a broadcaster's sports page sets it
    ],
)
def test_a_line_of_the_storys_date_and_when_it_was_updated_is_dimmed(details: str) -> None:
    text = f"Senate passes stopgap bill\n\nBy Dan Whitcombe\n{details}\n\n{STORY}"
    assert dimmed_passages(text) == [f"By Dan Whitcombe\n{details}"]


@pytest.mark.parametrize(
    "row",
    [
        "Tuesday 1 December 2026 | 9:00am | 5:30pm",  # a table's row of times
        "Spending bill | Updated 1 December 2026",  # a headline, dated
        "Figures Updated on 1 December 2026 show a rise",
        "Updated UK figures on 1 December 2026 show a rise",
    ],
)
def test_a_row_of_dates_or_a_dated_heading_in_the_story_is_not_dimmed(row: str) -> None:
    assert not dimmed_inside_a_story(row)
