"""A note at a story's end on where it appeared in print or first ran ("This article appears
in Issue 41 of …", "A version of this story appeared in print on …") is the publisher's, and
dimmed; a sentence that reports where a story appeared is the story's."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story


@pytest.mark.parametrize(
    "note",
    [
        "This article appears in Issue 41 of Harbour Quarterly. Subscribe to get every issue.",
        "A version of this story appeared in print on 3 March 2026, Section A, Page 1.",
        "This story was originally published on The Ferry Post.",
        "This article appears in the winter issue of the magazine.",
    ],
)
def test_a_note_on_where_the_story_appeared_is_dimmed(note: str) -> None:
    assert dimmed_inside_a_story(note)


@pytest.mark.parametrize(
    "sentence",
    [
        "This story appeared in court papers long before the trial began.",
        "This story appeared in The Gazette in 1912, historians said.",
    ],
)
def test_a_sentence_on_where_a_story_appeared_is_not_dimmed(sentence: str) -> None:
    assert not dimmed_inside_a_story(sentence)
