"""Site furniture: recognised as spans, prose left alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslens.boilerplate import Furniture, find_boilerplate, is_inside
from newslens.resources import sample_article


def texts(text: str) -> list[str]:
    return [text[a:b] for a, b in find_boilerplate(text)]


def test_sample_article_navigation_tail_is_one_span() -> None:
    text = sample_article().read_text(encoding="utf-8")
    spans = find_boilerplate(text)
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start:end].startswith("Kremlin spokesman says war could end")
    assert "Previous post" in text[start:end]
    assert text[start:end].endswith("citizens of Russia and Belarus")
    assert end == len(text.rstrip())


def test_sample_article_body_is_not_boilerplate() -> None:
    text = sample_article().read_text(encoding="utf-8")
    start = find_boilerplate(text)[0][0]
    assert "nearly 19,000" in text[:start]


def test_share_and_read_more_lines() -> None:
    text = "The mayor resigned on Tuesday.\nShare this article\nRead more: Mayor under pressure\n"
    assert texts(text) == ["Share this article\nRead more: Mayor under pressure"]


def test_cookie_notice() -> None:
    text = "We use cookies to improve your experience.\n\nThe river burst its banks."
    assert texts(text) == ["We use cookies to improve your experience."]


def test_subscribe_line() -> None:
    assert texts("Flooding hit the town.\nSubscribe to our newsletter") == [
        "Subscribe to our newsletter"
    ]


def test_related_articles_heading_takes_its_links() -> None:
    text = (
        "The river burst its banks.\n\nRelated articles\nTown counts the cost\n"
        "Insurers brace for claims\n\nResidents returned home on Friday."
    )
    assert texts(text) == ["Related articles\nTown counts the cost\nInsurers brace for claims"]


def test_prose_that_mentions_subscribers_is_kept() -> None:
    text = (
        "The paper said its subscribers had doubled. Readers who subscribe pay less, and "
        "those who share articles see more of them, the editor said."
    )
    assert find_boilerplate(text) == []


def test_is_inside_needs_most_of_the_span() -> None:
    assert is_inside((10, 20), [(5, 18)])
    assert not is_inside((10, 20), [(18, 30)])
    assert is_inside((10, 20), [(16, 30), (8, 13)])  # in any order
    assert not is_inside((10, 20), [(5, 14), (8, 15)])  # what overlaps counts once


_spans = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_spans, max_size=12), st.lists(_spans, max_size=12))
def test_furniture_covers_a_span_as_counting_its_characters_does(
    boilerplate: list[tuple[int, int]], asked: list[tuple[int, int]]
) -> None:
    furniture = Furniture(boilerplate)
    dimmed = {i for a, b in boilerplate for i in range(a, b)}
    for start, end in asked:
        inside = sum(1 for i in range(start, end) if i in dimmed)
        expected = start in dimmed if end == start else inside * 2 > end - start
        assert furniture.covers((start, end)) is expected


@given(st.text(alphabet=st.sampled_from("ab \nShare thisNextpost.Read more:"), max_size=200))
def test_any_text_gives_ordered_spans_in_range(text: str) -> None:
    last = 0
    for start, end in find_boilerplate(text):
        assert last <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        last = end


def test_photo_credit_and_skip_link() -> None:
    text = (
        "Skip to content\nThe bridge reopened.\nPhoto: Jane Doe/Agency\nClick to share on Facebook"
    )
    assert texts(text) == ["Skip to content", "Photo: Jane Doe/Agency\nClick to share on Facebook"]


def test_copyright_notice_but_not_a_sentence_about_copyright() -> None:
    text = "Copyright law changed in 2019, the minister said.\nCopyright © 2024 The Courier"
    assert texts(text) == ["Copyright © 2024 The Courier"]


def test_wire_credits_and_correction_notes() -> None:
    text = (
        "The union has called further strikes for Monday.\n\n"
        "(Reporting by Ana Sousa; Editing by Tom Hale)\n\n"
        "This article was amended on 12 July to correct a figure."
    )
    assert texts(text) == [
        "(Reporting by Ana Sousa; Editing by Tom Hale)\n\n"
        "This article was amended on 12 July to correct a figure."
    ]
    assert texts("Reporting by the council was thorough, the auditors said.") == []


def test_a_page_time_stamp_but_not_a_sentence_that_opens_with_updated() -> None:
    stamps = [
        "Updated 6:42 p.m. ET, March 3, 2026",
        "Published: 2 hours ago",
        "Last updated on Tuesday 3 March 2026 14:05 GMT",
        "Posted at 09:15 BST",
    ]
    prose = [
        "Updated figures show unemployment rose to 5.1 percent in March.",
        "Published in 2019, the report found 40 faults.",
        "Posted on Monday, the video was watched 2 million times.",
    ]
    for line in stamps + prose:
        text = f"Bridge closes\n{line}\nThe bridge will close on Monday, the city said."
        start = text.index(line)
        expected = [(start, start + len(line))] if line in stamps else []
        assert find_boilerplate(text) == expected, line


def test_a_contributors_credit_line_but_not_a_sentence_about_contributions() -> None:
    credit = "Associated Press writer Jim Gomez in Manila contributed to this report."
    prose = "Donors contributed to this report's funding, the charity said in March."
    text = f"Typhoon kills 14\n{credit}\n{prose}"
    start = text.index(credit)
    assert find_boilerplate(text) == [(start, start + len(credit))]


# A plain-text article pasted from a news page, with the page's furniture above and below.
PASTED = """Home
News
Sport
Business
Opinion

Rail fares to rise 4.6% in March

Rail fares in England will rise by 4.6% in March, the government has confirmed.

Read more than the headline and the picture is worse: the rise is the biggest in years.

Posted in 2019, the timetable promised faster trains by now.

Share this article
Facebook
Twitter
Email

Read more:
Why are trains so late?
Strike ballot opens at three operators

Tom Hughes is our transport correspondent. He has covered the railways for 15 years.

Most read
Heatwave warning issued for Thursday
Council tax to rise by 5%

© 2026 Daily Courier Ltd
"""


def test_pasted_page_furniture_is_found_above_and_below_the_story() -> None:
    found = texts(PASTED)
    assert found[0] == "Home\nNews\nSport\nBusiness\nOpinion"
    assert found[1].startswith("Share this article\nFacebook\nTwitter\nEmail\n\nRead more:\n")
    assert found[1].endswith("© 2026 Daily Courier Ltd")
    for furniture in (
        "Why are trains so late?",
        "Strike ballot opens at three operators",
        "Tom Hughes is our transport correspondent.",
        "Most read\nHeatwave warning issued for Thursday\nCouncil tax to rise by 5%",
    ):
        assert furniture in found[1]
    assert len(found) == 2


def test_story_lines_that_open_like_furniture_are_kept() -> None:
    found = " ".join(texts(PASTED))
    for prose in (
        "Rail fares to rise 4.6% in March",
        "Read more than the headline",
        "Posted in 2019, the timetable",
    ):
        assert prose not in found


def test_a_short_list_in_the_story_is_no_menu() -> None:
    text = "Candidates\nHolly Marsh\nRaj Patel\nClaire Dunn\n\nThe count starts at 10pm."
    assert find_boilerplate(text) == []
    assert find_boilerplate("Apples\nPears\nPlums\nFigs\nDamsons") == []


def test_read_more_as_a_link_label_is_furniture() -> None:
    text = "The bridge reopened.\nRead more about the bridge closure\nIt had been shut for a year."
    assert texts(text) == ["Read more about the bridge closure"]


def test_a_byline_and_a_signed_time_stamp_but_not_sentences_that_open_with_by() -> None:
    furniture = [
        "By Alice Carter",
        "By Françoise Martel – 14 November 2025",
        "By MARIA SANTOS Associated Wire Service",
        "Posted on March 11, 2026 by Priya Natarajan",
    ]
    prose = [
        "By Tuesday the river had risen 2 metres.",
        "By contrast, the council spent £4 million.",
        "Posted on March 11 by the council, the notice was ignored.",
    ]
    for line in furniture + prose:
        text = f"Bridge closes\n\n{line}\n\nThe bridge will close on Monday, the city said."
        expected = [line] if line in furniture else []
        assert texts(text) == expected, line


def test_advertisement_markers_inside_the_story() -> None:
    text = (
        "The decline was slow and then sudden.\nStory continues below advertisement\n"
        "Her husband worked there too.\nContinue reading on page 2\n"
        "The story continues to unfold, the mayor said.\n"
    )
    assert texts(text) == ["Story continues below advertisement", "Continue reading on page 2"]


def test_an_author_bio_but_not_a_sentence_about_an_editor() -> None:
    bio = "Tom Hughes is our agriculture correspondent. He has covered farming for 15 years."
    prose = "Ms Pike is our longest-serving editor, the chairman said on Monday."
    assert texts(f"Drought hits farms\n\n{prose}\n\n{bio}") == [bio]
