"""A story split over pages brings its page links ("Next page", "1 2 3 Next ›", "Continued
on next page") and a reading page its buttons ("Listen to this article", "6 min read", "Gift
this article"): all dimmed; sentences that open with the same words are the story's."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story


@pytest.mark.parametrize(
    "line",
    [
        "Next page",
        "« Previous page",
        "Next Page →",
        "Go to page 2",
        "Continue to page 2",
        "Continued on next page",
        "Continued from page 1",
        "1 2 3 Next ›",
        "Previous 1 2 3 Next",
        "Pages: 1 2 3",
        "Listen to this article · 6 min",
        "Listen to this article\n6 min",
        "6 min read",
        "Gift this article",
        "Save",
        "Comments",
        "Print this page",
    ],
)
def test_page_links_and_reading_buttons_are_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Next page of the report shows a 40 per cent rise, the minister said.",
        "Save for one councillor, every member voted in favour.",
        "Comments made by the mayor on Monday angered residents.",
        "Continued on Monday, the talks broke down by the evening.",
        "Pages 1 to 3 of the report were left blank.",
        "Listen to this story of a town that lost its river.",
        "12 min",  # a match's minute, with no button over it
    ],
)
def test_a_sentence_that_opens_like_them_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)
