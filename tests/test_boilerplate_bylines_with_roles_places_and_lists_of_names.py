"""A byline left in the text is dimmed however it names its authors: several of them between
commas, each with their role, where they filed from and when; a sentence that opens with "By"
is still the story's."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_passages

STORY = "The ferry will lose three sailings a day from November, the operator said."


@pytest.mark.parametrize(
    "byline",
    [
        "By Ana Ruiz, Tom Hale and Li Wei",
        "By Jane Porter, Transport Reporter",
        "By Jane Porter, transport correspondent",
        "By Jo Price, chief political correspondent, and Sam Hill, health editor",
        "By Jane Porter in Ashford",
        "By Jane Porter | March 3, 2026, 9:14 a.m.",
        "By Jane Porter and agencies",
    ],
)
def test_a_byline_is_dimmed(byline: str) -> None:
    assert dimmed_passages(f"Ferry timetable cut\n\n{byline}\n\n{STORY}\n") == [byline]


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday, reporters had left the harbour.",
        "By contrast, the council spent £4 million on the quay.",
        "By Friday, agencies had sent 40 staff to the quay.",
    ],
)
def test_a_sentence_that_opens_with_by_is_not_dimmed(sentence: str) -> None:
    assert dimmed_passages(f"Ferry timetable cut\n\n{sentence}\n\n{STORY}\n") == []
