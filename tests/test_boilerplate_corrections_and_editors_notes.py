"""A correction or an editor's note on a story ("Correction: An earlier version of this
column said …", "Editor's note: the writer sits on …", an interview's "This interview has been
edited for length and clarity.") is the publication's note on the story, dimmed, so the figure
it puts right is not listed as one of the story's claims; the story's sentences about
corrections, earlier versions and edited transcripts are kept."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story


@pytest.mark.parametrize(
    "line",
    [
        "Correction: An earlier version of this column said six bridges had closed. Four have.",
        "Correction, 4 March 2026: This article misstated the cost of the repairs.",
        "CORRECTION (March 4, 2026): The toll is $3, not $5.",
        "Clarification: The survey was paid for by the trust, not the council.",
        "Editor's note: The writer is a former member of the council's bridges committee.",
        "Editor’s Note: Some names in this story have been changed.",
        "An earlier version of this story misstated the length of the closure.",
        "A previous version of this article said the bridge would reopen in July.",
        "This column has been updated to include the council's response.",
        "This interview has been edited for length and clarity.",
        "This interview has been condensed.",
        "The conversation was edited and condensed for clarity.",
        "Answers have been lightly edited for length.",
    ],
)
def test_a_correction_or_an_editors_note_is_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Correction officers at the county jail said they were short-staffed.",
        "Corrections in 2024 rose by 40 per cent: the watchdog said so in its report.",
        "An earlier version of the bill would have cut the toll by half.",
        "The editor's note said nothing about who paid for the survey.",
        "The interview has been edited to remove the names of two witnesses.",
        "The transcript was edited, the court heard, before it reached the jury.",
    ],
)
def test_a_sentence_of_the_story_about_corrections_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)
