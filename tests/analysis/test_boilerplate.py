"""Site furniture: recognised as spans, prose left alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslens.analysis.boilerplate import find_boilerplate, is_inside
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
