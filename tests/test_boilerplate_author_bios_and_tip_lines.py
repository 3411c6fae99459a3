"""An author's bio under a story ("About the author: …", "Sally Hart is our local democracy
reporter, covering …") and a call for readers' tips ("Do you have a story for us? Email …")
are furniture, dimmed; the story's sentences about reporters or stories are kept."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story


@pytest.mark.parametrize(
    "line",
    [
        "About the author: Sally Hart covers councils and planning across the coast.",
        "Sally Hart is our local democracy reporter, covering councils and planning since 2019.",
        "Do you have a story for us? Email newsdesk@example.com or call 01253 000000.",
        "Got a story? Get in touch with our newsdesk.",
    ],
)
def test_a_bio_or_a_call_for_tips_isdimmed_inside_a_story(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "About the authority's plans, residents were told little until the spring.",
        "Mr Reed, who is our longest-serving councillor, said the bridge was unsafe.",
        "Do you have a story about the bridge, one resident asked, that the council will hear?",
    ],
)
def test_a_sentence_of_the_story_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)
