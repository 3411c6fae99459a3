"""A story copied from a browser's reader view, or a read-it-later app, has the site's address
over its headline and, under it, the writer's name and how long the story takes to read ("5–6
minutes", "example.org · 4 min read"): these are dimmed, the headline is the title and the
writer's name the byline."""

from __future__ import annotations

import pytest

from newslens.boilerplate import byline_under_headline, title_past_furniture

from .dimmed import dimmed_passages

HEADLINE = "Rail line to reopen after 60 years as £48m scheme approved"
STORY = (
    "The railway between Ashcombe and Linmouth will reopen to passengers for the first time "
    "since 1966.\n\nTrains are expected to run every hour from late 2029, the department said.\n"
)


def test_a_reader_views_address_writer_and_reading_time_are_dimmed() -> None:
    text = f"www.linmouth-courier.example\n{HEADLINE}\nKit Mahoney\n5–6 minutes\n\n{STORY}"
    assert dimmed_passages(text) == [
        "www.linmouth-courier.example",
        "Kit Mahoney\n5–6 minutes",
    ]
    assert title_past_furniture(text) == HEADLINE


def test_a_read_it_later_apps_address_and_reading_time_are_dimmed() -> None:
    text = f"{HEADLINE}\n\nlinmouth-courier.example · 4 min read\n\n{STORY}"
    assert dimmed_passages(text) == ["linmouth-courier.example · 4 min read"]
    assert title_past_furniture(text) == HEADLINE


def test_a_headline_and_a_paragraph_that_name_a_site_and_a_time_are_the_storys() -> None:
    text = (
        f"{HEADLINE}\n\nThe trip from Ashcombe to Linmouth will take 25-30 minutes, "
        "according to linmouth-courier.example.\n\n" + STORY
    )
    assert dimmed_passages(text) == []
    assert title_past_furniture(text) == HEADLINE


@pytest.mark.parametrize(
    ("writer", "byline"),
    [
        ("Kit Mahoney", "Kit Mahoney"),
        ("KIT MAHONEY", "Kit Mahoney"),
        ("Kit Mahoney\nLinmouth Courier", "Kit Mahoney"),  # the publication under the writer
    ],
)
def test_a_reader_views_writer_over_the_reading_time_is_the_byline(
    writer: str, byline: str
) -> None:
    text = f"www.linmouth-courier.example\n{HEADLINE}\n{writer}\n5–6 minutes\n\n{STORY}"
    assert byline_under_headline(text) == byline


def test_a_headline_of_capitalised_words_over_the_reading_time_is_no_byline() -> None:
    text = f"www.linmouth-courier.example\nRail Line Reopens\n5–6 minutes\n\n{STORY}"
    assert (title_past_furniture(text), byline_under_headline(text)) == ("Rail Line Reopens", None)


def test_a_reading_time_with_no_name_over_it_gives_no_byline() -> None:
    for text in (
        f"{HEADLINE}\n\nlinmouth-courier.example · 4 min read\n\n{STORY}",
        f"www.linmouth-courier.example\n{HEADLINE}\n5–6 minutes\n\n{STORY}",
    ):
        assert byline_under_headline(text) is None
