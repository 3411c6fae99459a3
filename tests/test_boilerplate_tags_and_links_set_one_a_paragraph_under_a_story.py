"""A page copied from a browser may set each of a story's topic tags ("Climate", "Cities") in a
paragraph of its own after the story's end, and the links under "More from …" with a blank line
under the heading and between them. Tags and links are dimmed; the story's last short
paragraph, a one-word paragraph inside it and a paragraph under a "Read more" link stay."""

from __future__ import annotations

from .dimmed import dimmed_passages

STORY = (
    "Harwood approves 400 homes on old depot site\n\n"
    "Councillors voted by seven to four on Tuesday to approve 400 homes on the former bus depot.\n\n"
    "The developer said a third of the homes would be affordable, below the council's target.\n\n"
    "Asked about the price of the land, the developer's spokesman said the sale was private.\n\n"
    "He declined to comment.\n\n"
)
TAGS = "Climate\n\nCities\n\nHousing"
MORE_FROM = (
    "More from Harwood Gazette\n\n"
    "Cycle lanes approved for Mill Road after two-year wait\n\n"
    "Flood barrier works to start in spring"
)


def _dimmed(text: str, words: str) -> bool:
    return any(words in passage for passage in dimmed_passages(text))


def test_tags_one_a_paragraph_and_links_under_more_from_are_dimmed() -> None:
    text = f"{STORY}{TAGS}\n\n{MORE_FROM}\n"
    assert dimmed_passages(text) == [f"{TAGS}\n\n{MORE_FROM}"]
    assert not _dimmed(text, "He declined to comment.")


def test_links_under_more_from_after_a_blank_line_are_dimmed() -> None:
    text = f"{STORY}{MORE_FROM}\n"
    assert dimmed_passages(text) == [MORE_FROM]


def test_a_one_word_paragraph_inside_the_story_stays() -> None:
    text = (
        "Councillors voted by seven to four on Tuesday to approve 400 homes on the depot site.\n\n"
        "Housing\n\n"
        "A third of the homes will be affordable, the developer said.\n\n"
        f"He declined to comment.\n\n{MORE_FROM}\n"
    )
    assert not _dimmed(text, "Housing")
    assert not _dimmed(text, "He declined to comment.")


def test_a_paragraph_under_a_read_more_link_stays() -> None:
    text = (
        "Councillors voted by seven to four on Tuesday to approve 400 homes on the depot site.\n\n"
        "Read more\n\n"
        "Cycle lanes approved for Mill Road after two-year wait\n\n"
        "A third of the homes will be affordable, the developer said.\n"
    )
    assert not _dimmed(text, "A third of the homes")


def test_tags_one_a_paragraph_whose_word_opens_a_sentence_of_the_story_are_dimmed() -> None:
    story = STORY.replace(
        "He declined to comment.",
        "Climate groups said the homes should have been built to a higher standard.",
    )
    text = f"{story}{TAGS}\n\n{MORE_FROM}\n"
    assert dimmed_passages(text) == [f"{TAGS}\n\n{MORE_FROM}"]
