"""An author's bio under a story ("About the author: …", "Sally Hart is our local democracy
reporter, covering …") and a call for readers' tips ("Do you have a story for us? Email …")
are furniture, dimmed; the story's sentences about reporters or stories are kept."""

from __future__ import annotations

import pytest

from newslens.boilerplate import find_boilerplate

STORY = (
    "The bridge will close for repairs in June, the council said.\n\n{}\n\nIt reopens in August."
)


def _dimmed(line: str) -> bool:
    text = STORY.format(line)
    return any(line in text[start:end] for start, end in find_boilerplate(text))


@pytest.mark.parametrize(
    "line",
    [
        "About the author: Sally Hart covers councils and planning across the coast.",
        "Sally Hart is our local democracy reporter, covering councils and planning since 2019.",
        "Do you have a story for us? Email newsdesk@example.com or call 01253 000000.",
        "Got a story? Get in touch with our newsdesk.",
    ],
)
def test_a_bio_or_a_call_for_tips_is_dimmed(line: str) -> None:
    assert _dimmed(line)


@pytest.mark.parametrize(
    "line",
    [
        "About the authority's plans, residents were told little until the spring.",
        "Mr Reed, who is our longest-serving councillor, said the bridge was unsafe.",
        "Do you have a story about the bridge, one resident asked, that the council will hear?",
    ],
)
def test_a_sentence_of_the_story_is_kept(line: str) -> None:
    assert not _dimmed(line)
