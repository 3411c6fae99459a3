"""A short headline pasted with the page's names over it. Under the site's and the section's
names ("The Harwood Gazette", "Politics", then "Budget Row"), or a paper's, a headline of two
words is the title, not a third name nor a writer's, and the names are dimmed; a section's name of two words ("Local News")
over a longer headline stays a name. A word over a headline and its standfirst, with no byline
("Clarion", "Bridge Plan Stalls"), is the site's name or a kicker, and dimmed; over a writer's
name, the word is the headline. Two words that no given name opens ("Budget Row") are a
headline, not a writer's name, under the site's and the section's names."""

from __future__ import annotations

import pytest

from newslens.boilerplate import byline_under_headline, title_past_furniture

from .dimmed import dimmed_passages

STORY = (
    "The row broke out at Thursday's full council meeting, where the leader said the cuts to "
    "opening hours could not be avoided.\n\n"
    "Opposition councillors said they would try to reverse the decision in February.\n"
)
STANDFIRST = "Councillors clashed over plans to cut library opening hours to save £400,000."


def test_the_site_and_section_over_a_two_word_headline_are_dimmed() -> None:
    for under in (f"{STANDFIRST}\nBy Tom Hale", "By Tom Hale"):
        text = f"The Harwood Gazette\nPolitics\nBudget Row\n{under}\n4 December 2026\n\n" + STORY
        assert dimmed_passages(text) == [
            "The Harwood Gazette\nPolitics",
            "By Tom Hale\n4 December 2026",
        ]
        assert title_past_furniture(text) == "Budget Row"
        assert byline_under_headline(text) == "Tom Hale"


def test_a_section_s_name_of_two_words_over_a_longer_headline_stays_a_name() -> None:
    text = (
        "The Harwood Gazette\nPolitics\nLocal News\nCouncil Votes to Cut Library Hours\n"
        "By Tom Hale\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text)[0] == "The Harwood Gazette\nPolitics\nLocal News"
    assert title_past_furniture(text) == "Council Votes to Cut Library Hours"


BRIDGE_STANDFIRST = "Work on the new river crossing has been halted after costs rose by a third."


def test_a_word_over_a_headline_and_its_standfirst_with_no_byline_is_dimmed() -> None:
    for word in ("Clarion", "Spotlight"):
        text = f"{word}\nBridge Plan Stalls\n{BRIDGE_STANDFIRST}\n\n" + STORY
        assert dimmed_passages(text) == [word]
        assert title_past_furniture(text) == "Bridge Plan Stalls"
        assert byline_under_headline(text) is None


def test_a_word_over_a_writer_s_name_and_the_first_paragraph_is_not_dimmed() -> None:
    text = f"Clarion\nHannah Blake\n{BRIDGE_STANDFIRST}\n\n" + STORY
    assert dimmed_passages(text) == []


def test_a_word_over_a_writer_whose_given_name_is_not_listed_stays_the_title() -> None:
    text = "Heatwave\nKemi Adeyemi\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text) == ["Kemi Adeyemi\n4 December 2026"]
    assert title_past_furniture(text) == "Heatwave"
    assert byline_under_headline(text) == "Kemi Adeyemi"


def test_a_one_word_headline_over_a_writer_s_role_and_the_date_stays_the_title() -> None:
    text = "Heatwave\nTransport Editor\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text) == ["Transport Editor\n4 December 2026"]
    assert title_past_furniture(text) == "Heatwave"


def test_the_site_and_section_over_a_short_headline_and_its_date_are_dimmed() -> None:
    for headline in ("Budget Row", "Budget Row Deepens"):
        for under in ("4 December 2026", "Tom Hale\n4 December 2026"):
            text = f"The Harwood Gazette\nPolitics\n{headline}\n{under}\n\n" + STORY
            assert dimmed_passages(text) == ["The Harwood Gazette\nPolitics", under]
            assert title_past_furniture(text) == headline
            assert byline_under_headline(text) == ("Tom Hale" if "Tom" in under else None)


def test_a_writer_s_name_under_the_site_and_section_stays_the_byline() -> None:
    text = "The Harwood Gazette\nPolitics\nTom Hale\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text)[-1] == "Tom Hale\n4 December 2026"
    assert byline_under_headline(text) == "Tom Hale"


def test_a_paper_s_name_over_a_two_word_headline_is_dimmed() -> None:
    for under in ("4 December 2026", "By Tom Hale\n4 December 2026"):
        text = f"The Ashby Courier\nBudget Row\n{under}\n\n" + STORY
        assert dimmed_passages(text) == ["The Ashby Courier", under]
        assert title_past_furniture(text) == "Budget Row"


def test_a_writer_s_name_under_a_paper_s_name_stays_the_byline() -> None:
    text = "The Ashby Courier\nTom Hale\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text) == ["Tom Hale\n4 December 2026"]
    assert byline_under_headline(text) == "Tom Hale"


@pytest.mark.parametrize("headline", ["Heatwave", "Trains cut as the heatwave grips the county"])
@pytest.mark.parametrize(
    "writer", ["Hannah Blake, Transport Editor", "Kemi Adeyemi\nTransport Editor"]
)
def test_a_headline_over_its_writer_with_a_role_and_no_date_has_its_byline(
    headline: str, writer: str
) -> None:
    # Before, "Heatwave" was dimmed as a section's name and the writer's line was the title.
    text = f"{headline}\n{writer}\n\n" + STORY
    assert dimmed_passages(text) == [writer]
    assert title_past_furniture(text) == headline
    assert byline_under_headline(text) == writer.split(",")[0].split("\n")[0]


def test_a_word_over_a_writer_s_name_with_no_role_nor_date_is_not_dimmed() -> None:
    text = "Heatwave\nHannah Blake\n\n" + STORY
    assert dimmed_passages(text) == []
    assert title_past_furniture(text) is None
    assert byline_under_headline(text) is None


def test_a_section_s_name_over_a_headline_is_still_dimmed() -> None:
    text = "Politics\nCouncil Approves New Flood Barrier Plan\n\n" + STORY
    assert dimmed_passages(text) == ["Politics"]
    assert title_past_furniture(text) == "Council Approves New Flood Barrier Plan"
