"""A story copied from a browser has, between the site's menu and its first paragraph, where
the reader is ("News | Transport"), the section's name ("WORLD"), the writer's name and role,
the date: these are dimmed, and the headline among them is the title, with the byline and the
date under it. A live blog's first entry keeps its time, as its other entries do."""

from __future__ import annotations

from newslens.boilerplate import title_past_furniture

from .dimmed import dimmed_passages

STORY = (
    "The railway between Ashcombe and Linmouth will reopen to passengers for the first time "
    "since 1966.\n\nTrains are expected to run every hour from late 2029, the department said.\n"
)


def test_a_breadcrumb_a_role_and_the_dates_are_dimmed() -> None:
    text = (
        "News | Transport\n\n"
        "Rail line to reopen after 60 years as £48m scheme approved\n\n"
        "By Kit Mahoney\nTransport Reporter\nPublished: 14:32, 29 November 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == [
        "News | Transport",
        "By Kit Mahoney\nTransport Reporter\nPublished: 14:32, 29 November 2026",
    ]
    assert title_past_furniture(text) == (
        "Rail line to reopen after 60 years as £48m scheme approved"
    )


def test_the_sections_name_over_the_headline_is_dimmed() -> None:
    text = (
        "WORLD\n\nDrought cuts hydropower output to lowest in two decades\n"
        "December 1, 2026 · 6 min read\n\n" + STORY
    )
    assert dimmed_passages(text) == ["WORLD", "December 1, 2026 · 6 min read"]
    assert title_past_furniture(text) == "Drought cuts hydropower output to lowest in two decades"


def test_a_writers_name_over_the_date_is_dimmed_and_the_label_kept_in_the_title() -> None:
    text = (
        "Opinion\n"
        "We should stop pretending the high street can be saved by parking\n"
        "Nadia Okafor\n"
        "Sun 30 Nov 2026 09.00 GMT\n\n" + STORY
    )
    assert dimmed_passages(text) == ["Nadia Okafor\nSun 30 Nov 2026 09.00 GMT"]
    assert title_past_furniture(text) == (
        "We should stop pretending the high street can be saved by parking (Opinion)"
    )


def test_a_headline_of_two_words_keeps_its_standfirst() -> None:
    text = "Bridge closes\n\nCommuters face a 20-mile detour as repairs begin\n\n" + STORY
    assert dimmed_passages(text) == []
    assert title_past_furniture(text) == "Bridge closes"


def test_a_live_blogs_first_entry_keeps_its_time() -> None:
    text = (
        "Storm live: ferries cancelled\n"
        "Mon 1 Dec 2026 14.05 GMT\n"
        "Ferries cancelled\n"
        "All sailings are cancelled for the rest of the day, the operator said on Monday.\n"
        "13.40 GMT\n"
        "Police have closed the coast road at Kilbride after trees came down overnight.\n"
    )
    assert dimmed_passages(text) == []


def test_a_writers_name_and_role_over_the_date_are_dimmed() -> None:
    text = (
        "Rail line to reopen after 60 years as £48m scheme approved\n"
        "Kit Mahoney\nColumnist\n29 November 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == ["Kit Mahoney\nColumnist\n29 November 2026"]
    assert title_past_furniture(text) == (
        "Rail line to reopen after 60 years as £48m scheme approved"
    )


def test_a_headline_over_a_shorter_standfirst_and_the_byline_is_the_title() -> None:
    text = (
        "News | Transport\n\n"
        "This article is more than 1 month old\n"
        "Rail line to reopen after 60 years as £48m scheme approved\n"
        "Campaigners hail the end of a long fight\n\n"
        "Kit Mahoney\nTransport correspondent\nSun 29 Nov 2026 09.00 GMT\n\n" + STORY
    )
    assert dimmed_passages(text) == [
        "News | Transport\n\nThis article is more than 1 month old",
        "Kit Mahoney\nTransport correspondent\nSun 29 Nov 2026 09.00 GMT",
    ]
    assert title_past_furniture(text) == (
        "Rail line to reopen after 60 years as £48m scheme approved"
    )


def test_a_paragraph_wrapped_by_hand_over_the_story_is_no_title() -> None:
    text = (
        "The railway between Ashcombe and Linmouth will reopen\n"
        "to passengers for the first time since 1966.\n\n"
        "Trains are expected to run every hour from late 2029, the department said.\n\n"
        "Share\n"
    )
    assert dimmed_passages(text) == ["Share"]
    assert title_past_furniture(text) is None
