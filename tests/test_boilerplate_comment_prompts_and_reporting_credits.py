"""A page's prompt to comment ("Have your say in the comments below") and a reporting credit
on a line of its own ("Additional reporting by …") are furniture under a story, dimmed; a
sentence of the story about comments or reporting is kept."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story


@pytest.mark.parametrize(
    "line",
    [
        "Have your say on this story in the comments below.",
        "Have your say in the comments section below",
        "Join the conversation in the comments below.",
        "Join the conversation",
        "Additional reporting by Sam Okafor.",
        "Additional reporting by Sam Okafor and Lee Hunt",
    ],
)
def test_a_comment_prompt_or_reporting_credit_isdimmed_inside_a_story(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents had their say at a meeting in the comments period before the vote, she said.",
        "Join the conversation about the bypass at the drop-in session on Saturday.",
        "Additional reporting by the council's own auditors found the repairs were overdue.",
        "Have your say, the council urged residents, before the consultation closes on Friday.",
    ],
)
def test_a_sentence_about_comments_or_reporting_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)
