"""A plain text's "By …" line under its headline names its writers in the reader's header and in
`extract`'s byline, as a web page's byline does: their names as a reader writes them, without
the role, agency, place or date beside them. A sentence that starts with "By" signs nothing,
nor does a "By …" line further down the story. A byline set in italics or bold ("*By …*", as
a text pasted as Markdown sets it) is read past its marks."""

from __future__ import annotations

import pytest

from newslens.sources import article_from_bytes

STORY = (
    "Harbour bridge to shut for six weeks of repairs\n\n"
    "{byline}\n\n"
    "The swing bridge over the harbour mouth will close to traffic from 4 May while its "
    "rusted bearings are replaced, the port authority said on Monday.\n\n"
    "Drivers face a diversion of about nine miles through the retail park and the ring road.\n"
)


def _byline(byline: str) -> str | None:
    text = STORY.format(byline=byline)
    return article_from_bytes(text.encode(), source="bridge.txt", is_html=False).byline


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("By Morwenna Tresize", "Morwenna Tresize"),
        ("By Morwenna Tresize and Idris Pughe", "Morwenna Tresize and Idris Pughe"),
        (
            "By Morwenna Tresize, Idris Pughe and Kit Alder",
            "Morwenna Tresize, Idris Pughe and Kit Alder",
        ),
        ("By Morwenna Tresize, Political Editor", "Morwenna Tresize"),
        (
            "By Morwenna Tresize, Political Editor, and Idris Pughe",
            "Morwenna Tresize and Idris Pughe",
        ),
        ("By MORWENNA TRESIZE", "Morwenna Tresize"),
        ("By Morwenna Tresize | Reuters", "Morwenna Tresize"),
        ("By MORWENNA TRESIZE Associated Press", "Morwenna Tresize"),
        ("By Morwenna Tresize and agencies", "Morwenna Tresize"),
        ("By Morwenna Tresize, transport reporter, in Penzance | 9:14 a.m.", "Morwenna Tresize"),
        ("By Morwenna Tresize – 14 April 2026", "Morwenna Tresize"),
        ("By Morwenna Tresize\n14 April 2026", "Morwenna Tresize"),
        ("By Morwenna Tresize Updated 14 April 2026", "Morwenna Tresize"),
        ("By Morwenna Tresize, Fact Checker", "Morwenna Tresize"),
        ("By Morwenna Tresize, AFP, translated from French", "Morwenna Tresize"),
        # Set in italics or bold by a text pasted as Markdown.
        ("*By Morwenna Tresize*", "Morwenna Tresize"),
        ("**By Morwenna Tresize and Idris Pughe**", "Morwenna Tresize and Idris Pughe"),
        ("_By Morwenna Tresize, Political Editor_", "Morwenna Tresize"),
    ],
)
def test_the_byline_names_the_writers(line: str, shown: str) -> None:
    assert _byline(line) == shown


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("By Staff", "Staff"),
        ("By Staff Reporter", "Staff Reporter"),
        ("By agencies", "Agencies"),
        ("By Reuters", "Reuters"),
        ("By AP", "AP"),
        ("By The Associated Press", "The Associated Press"),
    ],
)
def test_a_byline_that_names_no_writer_still_says_who_wrote_the_piece(
    line: str, shown: str
) -> None:
    assert _byline(line) == shown


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, the council hopes the bridge will carry trams.",
        "*By the end of the year, the council hopes the bridge will carry trams.*",
        "By Tuesday",
        "By March 2026",
    ],
)
def test_a_sentence_that_starts_with_by_is_no_byline(line: str) -> None:
    assert _byline(line) is None


def test_a_by_line_further_down_the_story_signs_something_else() -> None:
    text = STORY.format(byline="Work starts after the Easter holidays, engineers said.") + (
        "\nRelated\nBy Idris Pughe\nFerry fares frozen for a year\n"
    )
    assert article_from_bytes(text.encode(), source="bridge.txt", is_html=False).byline is None


def test_a_byline_under_the_standfirst_is_read() -> None:
    text = (
        "Harbour bridge to shut for six weeks\n"
        "Drivers face a nine-mile diversion while the bearings are replaced.\n"
        "By Morwenna Tresize\n\n"
        "The swing bridge over the harbour mouth will close to traffic from 4 May, the port "
        "authority said on Monday.\n"
    )
    article = article_from_bytes(text.encode(), source="bridge.txt", is_html=False)
    assert article.byline == "Morwenna Tresize"


@pytest.mark.parametrize(
    ("lines", "shown"),
    [
        ("Morwenna Tresize\n14 April 2026", "Morwenna Tresize"),
        ("MORWENNA TRESIZE\nTue 14 Apr 2026 09.30 BST", "Morwenna Tresize"),
        ("Morwenna Tresize\nThe Harbour Herald\n14 April 2026", "Morwenna Tresize"),
        ("Morwenna Tresize\nColumnist\n14 April 2026", "Morwenna Tresize"),
        ("Morwenna Tresize, Transport Editor\n14 April 2026", "Morwenna Tresize"),
        ("Morwenna Tresize and Idris Pughe\n14 April 2026", "Morwenna Tresize and Idris Pughe"),
    ],
)
def test_a_writers_name_over_the_date_without_by_is_the_byline(lines: str, shown: str) -> None:
    assert _byline(lines) == shown


@pytest.mark.parametrize(
    "lines",
    [
        "PENZANCE\n14 April 2026",
        "Reuters\n14 April 2026",
        "Associated Press\n14 April 2026",
        "The Harbour Herald\n14 April 2026",
        "Chief Reporter\n14 April 2026",
    ],
)
def test_a_place_an_agency_or_a_paper_over_the_date_is_no_byline(lines: str) -> None:
    assert _byline(lines) is None


def test_a_newsletters_masthead_over_the_date_above_the_headline_is_no_byline() -> None:
    text = "The Morning Brief\n14 April 2026\n\n" + STORY.format(byline="")
    assert article_from_bytes(text.encode(), source="bridge.txt", is_html=False).byline is None
