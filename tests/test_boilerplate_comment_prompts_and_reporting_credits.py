"""A page's prompt to comment ("Have your say in the comments below") and a reporting credit
on a line of its own ("Additional reporting by …") are furniture under a story, dimmed; a
sentence of the story about comments or reporting is kept."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story, dimmed_passages


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


@pytest.mark.parametrize(
    "head", ["Comments\nJoin the conversation", "3 comments\nLog in to comment"]
)
def test_readers_comments_under_their_head_and_prompt_are_dimmed(head: str) -> None:
    comments = f"{head}\nAnn_from_Ashby\n2 hours ago\nAnother waste of money.\nReply"
    text = f"The bypass was approved on Wednesday.\n\n{comments}\n"
    assert dimmed_passages(text) == [comments]


def test_a_newsletters_discussion_under_the_post_is_dimmed() -> None:
    discussion = "Discussion about this post\nComments\nSam Reed\nDec 3\nGreat piece as ever."
    text = f"The councils failed to agree on the pier.\n\n{discussion}\n"
    assert dimmed_passages(text) == [discussion]


def test_a_prompt_to_join_the_conversation_with_no_comments_head_leaves_the_story() -> None:
    text = (
        "The bypass was approved on Wednesday.\n\nJoin the conversation\n\n"
        "Work is expected to start in the spring.\n"
    )
    assert dimmed_passages(text) == ["Join the conversation"]
