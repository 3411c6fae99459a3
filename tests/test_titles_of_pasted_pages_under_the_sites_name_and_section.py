"""A page copied from a browser may set the site's name and the section's right over the
headline, no blank line between them, and the byline and the date right under it: the name and
the section are dimmed and the headline is the title. A first paragraph wrapped by hand has no
byline under it, and stays the story's; nor is a short headline under a kicker ("Analysis") a
section's name. A headline of three words under the names ("Pier Reopens Early") is the title,
not a third name nor a writer's, and so is one under the site's menu."""

from __future__ import annotations

import pytest

from newslens.boilerplate import byline_under_headline, date_under_headline, title_past_furniture

from .dimmed import dimmed_passages

STORY = (
    "The county council said on Thursday that the Mill Street bridge would close to all "
    "traffic for six months from March.\n\n"
    "Drivers will face a detour of about nine miles through Ashby, the council said.\n"
)


def test_the_site_and_section_over_the_headline_are_dimmed() -> None:
    text = (
        "Kettle Valley News\nLocal News\nBridge to close for six months\n"
        "By Hannah Blake\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == [
        "Kettle Valley News\nLocal News",
        "By Hannah Blake\n4 December 2026",
    ]
    assert title_past_furniture(text) == "Bridge to close for six months"
    assert byline_under_headline(text) == "Hannah Blake"


def test_a_paper_s_name_alone_over_the_headline_is_dimmed() -> None:
    text = "The Ashby Courier\nBridge to close for six months\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text) == ["The Ashby Courier", "4 December 2026"]
    assert title_past_furniture(text) == "Bridge to close for six months"


def test_a_section_s_label_under_the_site_s_name_stays_in_the_title() -> None:
    text = (
        "Kettle Valley News\nOpinion\nThe bridge should have been mended ten years ago\n"
        "By Hannah Blake\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == ["Kettle Valley News", "By Hannah Blake\n4 December 2026"]
    assert title_past_furniture(text) == (
        "The bridge should have been mended ten years ago (Opinion)"
    )


def test_a_paragraph_wrapped_by_hand_stays_the_story_s() -> None:
    text = (
        "The county council said on Thursday that the Mill Street\n"
        "bridge would close to all traffic for six months from\n"
        "the first week of March, and drivers face a detour.\n\n" + STORY
    )
    assert dimmed_passages(text) == []
    assert title_past_furniture(text) is None


def test_a_short_headline_over_its_standfirst_keeps_both() -> None:
    text = (
        "Bridge Closure\nThe only road crossing into town will shut for six months\n"
        "By Hannah Blake\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == ["By Hannah Blake\n4 December 2026"]


def test_a_short_headline_under_a_kicker_is_the_title_and_stays() -> None:
    text = (
        "Analysis\nBridge Closure\nThe only road crossing into town will shut for six months\n"
        "By Hannah Blake\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == ["By Hannah Blake\n4 December 2026"]
    assert title_past_furniture(text) == "Bridge Closure (Analysis)"


def test_a_kicker_over_the_headline_its_standfirst_and_byline_is_dimmed() -> None:
    text = (
        "Exclusive\nBridge to close for six months as engineers find cracks\n"
        "The only road crossing into town will shut from March\n"
        "By Hannah Blake\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text)[0] == "Exclusive"
    assert title_past_furniture(text) == "Bridge to close for six months as engineers find cracks"


def test_a_kicker_over_a_short_headline_and_its_byline_is_dimmed() -> None:
    text = "Exclusive\nBridge Closure\nBy Hannah Blake\n\n" + STORY
    assert dimmed_passages(text) == ["Exclusive", "By Hannah Blake"]
    assert title_past_furniture(text) == "Bridge Closure"


def test_a_one_line_headline_over_its_byline_is_not_dimmed() -> None:
    text = "Closure\nBy Hannah Blake\n\n" + STORY
    assert dimmed_passages(text) == ["By Hannah Blake"]
    assert title_past_furniture(text) == "Closure"


def test_a_kicker_over_a_short_headline_its_standfirst_and_byline_is_dimmed() -> None:
    text = (
        "Exclusive\nBridge Closure\nThe only road crossing into town will shut for six months\n"
        "By Hannah Blake\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == ["Exclusive", "By Hannah Blake\n4 December 2026"]
    assert title_past_furniture(text) == "Bridge Closure"


def test_a_paper_s_one_word_name_over_its_section_is_no_kicker() -> None:
    text = (
        "Courier\nLocal News\nBridge to close for six months\n"
        "By Hannah Blake\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text)[0] == "Courier\nLocal News"
    assert title_past_furniture(text) == "Bridge to close for six months"


STANDFIRST = "The only road crossing into town will shut from March"


def test_the_site_and_section_over_a_headline_and_its_standfirst_are_dimmed() -> None:
    for standfirst in (STANDFIRST, f"{STANDFIRST}."):
        text = (
            f"Harwood Gazette\nLocal News\nBridge to close for six months\n{standfirst}\n"
            "By Hannah Blake\n4 December 2026\n\n" + STORY
        )
        assert dimmed_passages(text) == [
            "Harwood Gazette\nLocal News",
            "By Hannah Blake\n4 December 2026",
        ]
        assert title_past_furniture(text) == "Bridge to close for six months"
        assert byline_under_headline(text) == "Hannah Blake"


def test_a_label_over_a_headline_and_its_standfirst_stays_in_the_title() -> None:
    text = (
        "Harwood Gazette\nOpinion\nThe bridge should have been mended ten years ago\n"
        f"{STANDFIRST}\nBy Hannah Blake\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == ["Harwood Gazette", "By Hannah Blake\n4 December 2026"]
    assert title_past_furniture(text) == (
        "The bridge should have been mended ten years ago (Opinion)"
    )


PIER_STANDFIRST = (
    "Repairs to the storm-damaged pier finished a month ahead of schedule, the council said."
)


def test_the_site_and_section_over_a_short_headline_and_its_standfirst_are_dimmed() -> None:
    for standfirst in (PIER_STANDFIRST, PIER_STANDFIRST.removesuffix(", the council said.")):
        text = (
            f"Harbourside Echo\nLocal News\nPier Reopens Early\n{standfirst}\n"
            "By Jo Lee\n4 December 2026\n\n" + STORY
        )
        assert dimmed_passages(text) == [
            "Harbourside Echo\nLocal News",
            "By Jo Lee\n4 December 2026",
        ]
        assert title_past_furniture(text) == "Pier Reopens Early"
        assert byline_under_headline(text) == "Jo Lee"


def test_the_site_and_section_over_a_short_headline_and_its_byline_are_dimmed() -> None:
    text = (
        "Harbourside Echo\nLocal News\nPier Reopens Early\nBy Jo Lee\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == ["Harbourside Echo\nLocal News", "By Jo Lee\n4 December 2026"]
    assert title_past_furniture(text) == "Pier Reopens Early"


def test_a_paper_s_name_over_a_short_headline_and_its_standfirst_is_dimmed() -> None:
    for paper in ("Harbourside Echo", "Clarion"):
        text = (
            f"{paper}\nPier Reopens Early\n{PIER_STANDFIRST}\nBy Jo Lee\n4 December 2026\n\n"
            + STORY
        )
        assert dimmed_passages(text) == [paper, "By Jo Lee\n4 December 2026"]
        assert title_past_furniture(text) == "Pier Reopens Early"


def test_three_names_over_a_long_headline_are_dimmed_and_a_label_over_a_short_one_kept() -> None:
    text = (
        "Harbourside Echo\nNews\nLocal\nPier to reopen a month ahead of schedule\n"
        "By Jo Lee\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text)[0] == "Harbourside Echo\nNews\nLocal"
    assert title_past_furniture(text) == "Pier to reopen a month ahead of schedule"
    text = (
        f"Harbourside Echo\nOpinion\nKeep the Pier Open\n{PIER_STANDFIRST}\n"
        "By Jo Lee\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == ["Harbourside Echo", "By Jo Lee\n4 December 2026"]
    assert title_past_furniture(text) == "Keep the Pier Open (Opinion)"


def test_a_word_over_a_short_headline_and_its_byline_keeps_the_headline() -> None:
    for under in ("By Jo Lee\n4 December 2026", "Jo Lee\n4 December 2026", "4 December 2026"):
        text = f"Spotlight\nPier Reopens Early\n{under}\n\n" + STORY
        assert dimmed_passages(text) == ["Spotlight", under]
        assert title_past_furniture(text) == "Pier Reopens Early"
        assert byline_under_headline(text) == ("Jo Lee" if "Jo Lee" in under else None)


def test_a_one_word_headline_over_its_writer_and_date_stays_the_title() -> None:
    text = "Heatwave\nHannah Blake\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text) == ["Hannah Blake\n4 December 2026"]
    assert title_past_furniture(text) == "Heatwave"
    assert byline_under_headline(text) == "Hannah Blake"


def test_a_one_word_headline_over_its_writer_with_a_role_and_date_stays_the_title() -> None:
    text = "Heatwave\nHannah Blake, Transport Editor\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text) == ["Hannah Blake, Transport Editor\n4 December 2026"]
    assert title_past_furniture(text) == "Heatwave"
    assert byline_under_headline(text) == "Hannah Blake"
    assert date_under_headline(text) == "2026-12-04"


def test_a_section_over_a_headline_over_its_writer_with_a_role_is_dimmed() -> None:
    text = (
        "WORLD\nBridge to close for six months\nHannah Blake, Transport Editor\n"
        "4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == ["WORLD", "Hannah Blake, Transport Editor\n4 December 2026"]
    assert title_past_furniture(text) == "Bridge to close for six months"
    assert byline_under_headline(text) == "Hannah Blake"


@pytest.mark.parametrize(
    ("under", "writer"),
    [
        ("4 December 2026", None),
        ("Hannah Blake\n4 December 2026", "Hannah Blake"),
        # The list of given names lacks "Kemi": the headline over the name tells it a writer's.
        ("Kemi Adeyemi\n4 December 2026", "Kemi Adeyemi"),
    ],
)
def test_a_kicker_over_a_two_word_headline_and_its_date_is_dimmed(
    under: str, writer: str | None
) -> None:
    text = f"Exclusive\nBridge Closure\n{under}\n\n" + STORY
    assert dimmed_passages(text) == ["Exclusive", under]
    assert title_past_furniture(text) == "Bridge Closure"
    assert byline_under_headline(text) == writer


def test_a_kicker_s_word_over_a_section_s_name_keeps_the_headline_under_them() -> None:
    text = "Spotlight\nPolitics\nBudget Row\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text) == ["Spotlight\nPolitics", "4 December 2026"]
    assert title_past_furniture(text) == "Budget Row"
    assert byline_under_headline(text) is None


@pytest.mark.parametrize(
    "under", ["Kemi Adeyemi\nTransport Editor\n4 December 2026", "Kemi Adeyemi\nTransport Editor"]
)
def test_a_writer_over_a_role_under_a_kicker_s_word_is_the_byline(under: str) -> None:
    text = f"Exclusive\n{under}\n\n" + STORY
    assert dimmed_passages(text) == [under]
    assert title_past_furniture(text) == "Exclusive"
    assert byline_under_headline(text) == "Kemi Adeyemi"


@pytest.mark.parametrize("writer", ["Hannah Blake", "Sam Reed"])  # Sam: a man's or a woman's
def test_a_writer_s_name_under_a_kicker_stays_the_byline(writer: str) -> None:
    text = f"Exclusive\n{writer}\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text) == [f"{writer}\n4 December 2026"]
    assert byline_under_headline(text) == writer


def test_the_site_section_and_its_part_over_a_short_headline_are_dimmed() -> None:
    text = (
        "Westbury Gazette\nSport\nFootball\nTown Beat Rovers\n"
        "A late header sealed a 2-1 win at Meadow Park on Saturday.\n"
        "By Luke Farr\nSports Reporter\n5 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == [
        "Westbury Gazette\nSport\nFootball",
        "By Luke Farr\nSports Reporter\n5 December 2026",
    ]
    assert title_past_furniture(text) == "Town Beat Rovers"
    text = "Westbury Gazette\nSport\nFootball\nTown Beat Rovers\nBy Luke Farr\n\n" + STORY
    assert dimmed_passages(text) == ["Westbury Gazette\nSport\nFootball", "By Luke Farr"]
    assert title_past_furniture(text) == "Town Beat Rovers"


def test_a_menu_with_the_site_s_name_under_its_buttons_over_a_short_headline_is_dimmed() -> None:
    text = (
        "Skip to content\nMenu\nSearch\nThe Fenmoor Advertiser\nNews\nSport\nWhat's On\n"
        f"Fenmoor Advertiser\nNews\nPier Reopens Early\n{PIER_STANDFIRST}\n"
        "By Jo Lee\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == [
        "Skip to content\nMenu\nSearch\nThe Fenmoor Advertiser\nNews\nSport\nWhat's On\n"
        "Fenmoor Advertiser\nNews",
        "By Jo Lee\n4 December 2026",
    ]
    assert title_past_furniture(text) == "Pier Reopens Early"


def test_a_paper_s_name_and_sections_over_a_headline_and_its_writer_are_dimmed() -> None:
    text = (
        "The Kestrel Courier\nOpinion\nComment\nWhy the Bus Cuts Are a Mistake\n"
        "Cutting rural routes will leave thousands of older people stranded.\n"
        "Jane Holt\nThursday 3 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == [
        "The Kestrel Courier",
        "Comment",
        "Jane Holt\nThursday 3 December 2026",
    ]
    assert title_past_furniture(text) == "Why the Bus Cuts Are a Mistake (Opinion)"
    assert byline_under_headline(text) == "Jane Holt"


def test_a_magazine_s_name_of_four_words_over_its_sections_and_headline_is_dimmed() -> None:
    text = (
        "Homes & Gardens Weekly\nFeatures\nGardening\nThe Winter Allotment\n"
        "What to plant now for an early spring harvest.\n"
        "Words by Jo Lee\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == [
        "Homes & Gardens Weekly\nFeatures\nGardening",
        "Words by Jo Lee\n4 December 2026",
    ]
    assert title_past_furniture(text) == "The Winter Allotment"
    assert byline_under_headline(text) == "Jo Lee"


def test_a_headline_of_four_words_over_its_standfirst_and_byline_is_not_dimmed() -> None:
    text = (
        "Winter Allotment Planting Guide\nWhat to plant now for an early spring harvest.\n"
        "Words by Jo Lee\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == ["Words by Jo Lee\n4 December 2026"]
    assert title_past_furniture(text) == "Winter Allotment Planting Guide"


def test_a_menu_over_a_listen_button_and_its_time_is_dimmed_over_the_headline() -> None:
    text = (
        "Science\nTech\nEnvironment\nListen to this article\n6 min\n"
        "Bridge to close for six months\nHannah Blake\n4 December 2026\n\n" + STORY
    )
    assert dimmed_passages(text) == [
        "Science\nTech\nEnvironment\nListen to this article\n6 min",
        "Hannah Blake\n4 December 2026",
    ]
    assert title_past_furniture(text) == "Bridge to close for six months"


@pytest.mark.parametrize("label", ["Analysis", "Opinion"])
def test_a_kind_of_piece_over_a_two_word_headline_and_its_writer_labels_the_headline(
    label: str,
) -> None:
    # The kind of piece is no site's name over a section's and a headline: the writer's name
    # under the two words is the byline, the two words the headline.
    text = f"{label}\nCouncil Collapse\nKemi Adeyemi\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text) == ["Kemi Adeyemi\n4 December 2026"]
    assert title_past_furniture(text) == f"Council Collapse ({label})"
    assert byline_under_headline(text) == "Kemi Adeyemi"


def test_a_writer_s_name_and_date_under_a_kind_of_piece_stay_the_byline() -> None:
    text = "Opinion\nKemi Adeyemi\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text) == ["Kemi Adeyemi\n4 December 2026"]
    assert byline_under_headline(text) == "Kemi Adeyemi"
