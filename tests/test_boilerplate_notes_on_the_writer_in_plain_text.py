"""A plain text's notes on itself are dimmed as an HTML page's are: a note on its writer
("Jane Doe is a senior fellow at …") under the story or under the byline, a correction or
a credit wrapped by hand over two lines, or one set in Markdown's italics. The story's own
closing words on someone it names stay the story's."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story, dimmed_passages

STORY = (
    "Bridge to close for repairs\n"
    "By Nadia Okafor\n\n"
    "The council will close the river bridge for six weeks of repairs from June, its\n"
    "leader said on Tuesday.\n\n"
    "\u201cWe have no choice,\u201d said Mark Hill, the council leader.\n\n"
    "{}\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Nadia Okafor is a senior fellow at the Centre for Local Transport.",
        "*Nadia Okafor is the author of Crossings, a history of the county's bridges.*",
        "Nadia Okafor is a freelance journalist who writes about\ninfrastructure and planning.",
        "This article was amended on 4 March 2026 to\ncorrect the council leader's name.",
        "Additional reporting by Sam Lee and\nPriya Natarajan",
        "_Additional reporting by agencies._",
        "With additional reporting by Sam Lee",
    ],
)
def test_a_note_under_the_story_is_dimmed(note: str) -> None:
    text = STORY.format(note)
    assert note in dimmed_passages(text)


def test_a_note_on_the_writer_under_the_byline_is_dimmed() -> None:
    text = (
        "Why the bridge must close\n"
        "By Nadia Okafor\n\n"
        "Nadia Okafor is a lecturer in civil engineering at the University of Kent.\n\n"
        "The river bridge is older than anyone who crosses it, and it shows.\n"
    )
    assert dimmed_passages(text) == [
        "By Nadia Okafor\n\nNadia Okafor is a lecturer in civil engineering at the University"
        " of Kent."
    ]


def test_a_note_on_the_writer_pasted_right_under_the_story_s_last_line_is_dimmed() -> None:
    note = "Nadia Okafor is a writer based in Inverness. Her book on bridges is out in March."
    text = STORY.format("The bridge last closed in 1998.\n" + note)
    assert dimmed_passages(text)[-1] == note


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_the_storys_closing_words_on_someone_it_names_stay(gap: str) -> None:
    text = (
        "Food bank opens in the old library\n\n"
        "The food bank opened on Tuesday in the old library, its director, Maria Lopez, said.\n"
        f"Lopez thanked the 40 volunteers who painted the building.{gap}"
        "Maria Lopez is the director of the food bank and a former teacher.\n"
    )
    assert dimmed_passages(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Ama Owusu is a nurse at the hospital and a mother of three.",
        "* First, the bridge closes to lorries.",
        "Additional reporting by the union, not the council, went unread.",
    ],
)
def test_a_sentence_of_the_story_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)
