"""A byline left in the text is dimmed however it names its authors: several of them between
commas, each with their role, where they filed from and when; a sentence that opens with "By"
is still the story's."""

from __future__ import annotations

import pytest

from newslens.boilerplate import byline_under_headline

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


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Ormsby, BBC News", "Jane Ormsby"),
        ("By Jane Ormsby and Tom Hale, Sky News", "Jane Ormsby and Tom Hale"),
        ("By Dr Jane Smith, BBC Wales", "Dr Jane Smith"),
        ("By Aled Price, ITV Cymru Wales", "Aled Price"),
        ("Edited by Sarah Kent and Mike Ross", "Sarah Kent and Mike Ross"),
        # Near misses: a newsroom alone still says who wrote the piece; a role is kept out.
        ("By BBC News", "BBC News"),
        ("By Jane Porter, Transport Reporter", "Jane Porter"),
        ("By JR Hale and Tom Price", "JR Hale and Tom Price"),
    ],
)
def test_a_byline_names_its_writers_not_their_newsroom(byline: str, names: str) -> None:
    text = f"Ferry timetable cut\n{byline}\n\n{STORY}\n"
    assert byline_under_headline(text) == names
    assert dimmed_passages(text) == [byline]


def test_a_headline_that_opens_with_edited_by_signs_nothing() -> None:
    text = f"Edited by the river: a year on the Tamar\n\n{STORY}\n"
    assert byline_under_headline(text) is None


@pytest.mark.parametrize("newsroom", ["BBC Wales", "Reuters", "BBC News, Cardiff", "Sky News"])
def test_the_newsroom_right_under_a_byline_is_dimmed_with_it(newsroom: str) -> None:
    text = f"Ferry timetable cut\n\nBy Dr Jane Porter\n{newsroom}\n\n{STORY}\n"
    assert dimmed_passages(text) == [f"By Dr Jane Porter\n{newsroom}"]
    assert byline_under_headline(text) == "Dr Jane Porter"


@pytest.mark.parametrize(
    "under",
    [
        # A blank line between: the story's own short line, not the byline's newsroom.
        "\n\nFerry Cuts",
        # The story's first line, right under the byline.
        "\nThe ferry will lose its late sailing from May.",
    ],
)
def test_a_line_of_the_story_under_a_byline_stays_the_storys(under: str) -> None:
    text = f"Ferry timetable cut\n\nBy Jane Porter{under}\n\n{STORY}\n"
    assert dimmed_passages(text) == ["By Jane Porter"]
