"""Furniture found in round 4: embedded posts' signatures, newsletter mastheads, wire credits,
and small tables of words that are no menus."""

from __future__ import annotations

import pytest

from newslens.boilerplate import find_boilerplate

STORY = (
    "The council met on Monday to discuss the plan for the harbour.\n{}\n"
    "The plan was approved by eight votes to three after a long debate."
)


def _dimmed(line: str) -> bool:
    text = STORY.format(line)
    return [text[start:end] for start, end in find_boilerplate(text)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "— Mark Ellis MP (@markellis) June 8, 2026",
        "— Harbour Watch (@harbourwatch.bsky.social) March 3, 2026 at 10:15 AM",
        "THE MORNING BRIEF | Tuesday 3 March 2026",
        "Daily Bulletin — March 3, 2026",
        "Good morning. Here’s what you need to know today.",
        "Reporting by Ana Ruiz in Lima; Additional reporting by Tom Hale in London; "
        "Editing by Mark Potter",
    ],
)
def test_signatures_mastheads_greetings_and_credits_are_furniture(line: str) -> None:
    assert _dimmed(line)


@pytest.mark.parametrize(
    "line",
    [
        "Election called for 3 March 2026",
        '"Good morning," she said as she entered the court.',
        "Good Morning Britain presenter Susanna Reid said she was shocked.",
        "Mark Ellis (@markellis on X) has 40,000 followers and posts most days about housing.",
    ],
)
def test_lines_like_them_in_a_story_are_kept(line: str) -> None:
    assert not _dimmed(line)


def test_a_small_table_of_bare_words_in_the_story_is_no_menu() -> None:
    text = STORY.format("Mon | Tue | Wed\nSun | Rain | Fog")
    assert find_boilerplate(text) == []


def test_two_menu_lines_above_the_story_are_still_a_menu() -> None:
    menus = "Home | News | Sport | Weather\nUK | World | Business | Politics"
    text = f"{menus}\n\nThe plan was approved by eight votes to three after a long debate."
    assert [text[start:end] for start, end in find_boilerplate(text)] == [menus]
