"""A news page copied from a browser: its menu (a line each, or a blank line between each,
over the "England | Local News | Devon" line), a picture's credit on a line of its own ("Getty
Images", "PA Media") and the caption right under or over it are dimmed; a one-line paragraph of
the story away from a credit stays the story's."""

from __future__ import annotations

import pytest

from newslens.boilerplate import title_past_furniture

from .dimmed import dimmed_passages

STORY = """A ferry link between two harbour towns will reopen next week after a three-month closure for repairs, the operator has said.

{picture}

The council said the work had cost £2.4m and was finished ahead of schedule.

Tickets go on sale on Friday.
"""


def test_a_menu_a_blank_line_between_each_item_is_dimmed() -> None:
    text = (
        "Home\n\nNews\n\nSport\n\nWeather\n\nEngland | Local News | Devon\n\n"
        "Ferry service to resume after winter repairs\n\n" + STORY.format(picture="")
    )
    assert title_past_furniture(text) == "Ferry service to resume after winter repairs"
    assert dimmed_passages(text)[0].startswith("Home\n\nNews\n\nSport\n\nWeather")


def test_a_short_headline_under_a_spaced_menu_stays_the_title() -> None:
    text = "Home\n\nNews\n\nSport\n\nWeather\n\nFerry fares frozen\n\n" + STORY.format(picture="")
    assert title_past_furniture(text) == "Ferry fares frozen"


def test_three_lines_of_a_menu_with_its_link_home_are_dimmed() -> None:
    text = "Home\nNews\nSport\nFerry service to resume after winter repairs\n\n" + STORY.format(
        picture=""
    )
    assert title_past_furniture(text) == "Ferry service to resume after winter repairs"
    assert dimmed_passages(text)[0] == "Home\nNews\nSport"


@pytest.mark.parametrize(
    "where", ["", "You are here: Home > News > Press releases\n", "Home › News › Transport\n"]
)
def test_a_councils_menu_of_services_and_where_the_page_puts_the_reader_are_dimmed(
    where: str,
) -> None:
    menu = "Harwood Borough Council\nHome\nBins and recycling\nCouncil tax\nPlanning\nNews\n"
    text = (
        menu + where + "Ferry service to resume after winter repairs\n\n" + STORY.format(picture="")
    )
    assert title_past_furniture(text) == "Ferry service to resume after winter repairs"
    assert dimmed_passages(text)[0] == (menu + where).strip()


def test_a_menu_with_a_section_named_in_letters_and_figures_is_dimmed() -> None:
    menu = "Sky Sports\nFootball\nCricket\nF1\nRugby Union\nGolf\nPremier League\n"
    text = menu + "Ferry service to resume after winter repairs\n\n" + STORY.format(picture="")
    assert title_past_furniture(text) == "Ferry service to resume after winter repairs"
    assert dimmed_passages(text)[0] == menu.strip()


def test_a_short_headline_with_a_road_in_letters_and_figures_stays_the_title() -> None:
    text = "Harwood Gazette\nTravel\nM25 Closure\nBy Hannah Blake\n\n" + STORY.format(picture="")
    assert title_past_furniture(text) == "M25 Closure"


def test_short_lines_of_names_over_a_short_headline_with_no_link_home_stay() -> None:
    text = (
        "Sign in\nLocal News\nBridge Closure\nHannah Blake\nTransport Editor\n"
        "2 December 2026\n\n" + STORY.format(picture="")
    )
    assert title_past_furniture(text) == "Bridge Closure"


@pytest.mark.parametrize(
    "credit",
    [
        "Getty Images",
        "AFP via Getty Images",
        "EPA-EFE/REX/Shutterstock",
        "Tom Hale/BBC",
        # A broadcaster's page read to a screen reader: the credit's label, then the picture's
        # description with no "Image caption," over it.
        "Image source, Getty Images",
        "Image source, Porthaven Council",
    ],
)
def test_a_credit_and_the_caption_under_it_are_dimmed(credit: str) -> None:
    picture = f"{credit}\nResidents gathered outside the town hall on Tuesday"
    text = "Ferry service to resume after winter repairs\n\n" + STORY.format(picture=picture)
    assert picture in dimmed_passages(text)


def test_a_caption_over_its_credit_is_dimmed() -> None:
    picture = "The ferry last sailed in early September\nPA Media"
    text = "Ferry service to resume after winter repairs\n\n" + STORY.format(picture=picture)
    assert picture in dimmed_passages(text)


def test_a_one_line_paragraph_away_from_a_credit_stays_the_storys() -> None:
    picture = "Getty Images\nResidents gathered outside the town hall on Tuesday"
    text = "Ferry service to resume after winter repairs\n\n" + STORY.format(picture=picture)
    dimmed = "\n".join(dimmed_passages(text))
    assert "Tickets go on sale" not in dimmed and "£2.4m" not in dimmed


def test_a_headline_over_a_credit_stays_the_title() -> None:
    text = "Ferry service to resume after winter repairs\nGetty Images\n\n" + STORY.format(
        picture=""
    )
    assert title_past_furniture(text) == "Ferry service to resume after winter repairs"


def test_a_pair_of_short_words_between_a_slash_is_no_credit() -> None:
    picture = "AC/DC\nThe band play the harbour stage on Friday"
    text = "Ferry service to resume after winter repairs\n\n" + STORY.format(picture=picture)
    assert "harbour stage" not in "\n".join(dimmed_passages(text))


@pytest.mark.parametrize("heading", ["Social Media", "Israel/Gaza", "Pictures"])
def test_a_subheading_over_a_sentence_of_the_story_leaves_the_sentence_undimmed(
    heading: str,
) -> None:
    picture = f"{heading}\nThe harbour master said the quay would be closed to cars on Sunday."
    text = "Ferry service to resume after winter repairs\n\n" + STORY.format(picture=picture)
    assert "closed to cars" not in "\n".join(dimmed_passages(text))


@pytest.mark.parametrize(
    "picture",
    [
        "Jo Hale at her home in Portmoor. SAM REED FOR THE HARBOUR REVIEW",
        "Jo Hale at her home in Portmoor. Sam Reed for The Herald",
        "Residents gathered outside the town hall\nImage: Residents gathered outside the town hall",
        "Image caption,\nResidents gathered outside the town hall on Tuesday",
        "Image caption:\nResidents gathered outside the town hall on Tuesday",
    ],
)
def test_a_caption_credited_to_a_photographer_for_the_paper_or_set_twice_is_dimmed(
    picture: str,
) -> None:
    text = "Ferry service to resume after winter repairs\n\n" + STORY.format(picture=picture)
    assert picture in dimmed_passages(text)


def test_a_sentence_under_a_credit_s_label_stays_the_storys() -> None:
    picture = "Image source, Getty Images\nThe harbour master said the quay would close on Sunday."
    text = "Ferry service to resume after winter repairs\n\n" + STORY.format(picture=picture)
    assert "quay would close" not in "\n".join(dimmed_passages(text))


def test_a_sentence_under_a_caption_s_label_stays_the_storys() -> None:
    picture = "Image caption\nThe harbour master said the quay would be closed to cars on Sunday."
    text = "Ferry service to resume after winter repairs\n\n" + STORY.format(picture=picture)
    assert "closed to cars" not in "\n".join(dimmed_passages(text))


def test_a_sentence_on_working_for_a_paper_stays_the_storys() -> None:
    picture = "The harbour master said Sam Reed worked for The Herald."
    text = "Ferry service to resume after winter repairs\n\n" + STORY.format(picture=picture)
    assert "worked for" not in "\n".join(dimmed_passages(text))
