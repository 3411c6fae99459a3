"""A call for readers' questions at a story's end ("Have a question about the changes? Email us
…") is the site's, like a call for tips, and dimmed; a question the story asks is not."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story


@pytest.mark.parametrize(
    "line",
    [
        "Have a question about the changes? Email us at money@times.example and we'll try "
        "to answer it in a future article.",
        "Got a question for our consumer team? Get in touch at help@times.example.",
        "Do you have a question about your bill? Send it to us using the form below.",
    ],
)
def test_a_call_for_readers_questions_is_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


def test_a_question_the_story_asks_is_not() -> None:
    line = "Have a question about the meters? Most people do, and the company has few answers."
    assert not dimmed_inside_a_story(line)
