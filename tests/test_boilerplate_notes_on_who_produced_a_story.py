"""A note at a story's end on who produced or paid for it ("This article was produced by the
Local Democracy Reporting Service …", "… in partnership with …"), or on the standards it was
written to ("Our Standards: …"), is the publisher's, and dimmed; a sentence of the story that
tells who made something is not."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story


@pytest.mark.parametrize(
    "note",
    [
        "This article was produced by the Local Democracy Reporting Service, which is funded "
        "by a licence fee and used by news organisations across the country.",
        "This story was produced in partnership with the Harbour Journalism Fund.",
        "This story was made possible by a grant from the Estuary Trust.",
        "This article was written by Jane Pike, a freelance reporter based in Leeds.",
    ],
)
def test_a_note_on_who_produced_the_story_is_dimmed(note: str) -> None:
    assert dimmed_inside_a_story(note)


@pytest.mark.parametrize(
    "sentence",
    [
        "This story was produced by the council to win votes, the opposition said.",
        "This story was written by hand in 1912 and lost for a century.",
        "The report was produced by the Local Government Association last year.",
    ],
)
def test_a_sentence_of_the_story_on_who_made_something_is_not(sentence: str) -> None:
    assert not dimmed_inside_a_story(sentence)


def test_a_wire_s_line_on_its_standards_is_dimmed() -> None:
    assert dimmed_inside_a_story("Our Standards: The Meridian Trust Principles.")
