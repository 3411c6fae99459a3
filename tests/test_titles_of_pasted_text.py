"""The title of pasted text: its headline below a menu bar, menu lines or a cookie banner, a
newsletter's story rather than its masthead, a PDF's headline or else its running head, a
headline without its wire slug, a first line in capitals; a paragraph wrapped by hand is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.article import Article, title_from_first_line
from newslens.sources import load_article

from .dimmed import dimmed_passages


def _load(tmp_path: Path, html: str, name: str = "page.html") -> Article:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return load_article(str(path))


MENU_ABOVE = """Home | News | Sport | Weather | iPlayer | Sounds
UK | World | Business | Politics | Tech

Harbour wall to be rebuilt after winter storms

Published 3 hours ago

The harbour wall at Porthcawl will be rebuilt at a cost of £6m, the council has said.
"""


MENU_LINES_ABOVE = """Skip to content
Home
News
Sport
Weather
Harbour wall to be rebuilt after winter storms
The harbour wall at Porthcawl will be rebuilt at a cost of £6m, the council has said, after storms in January washed away a 40-metre section of the old stone wall.
"""


def test_pasted_text_with_a_menu_bar_on_top_is_titled_by_its_headline(tmp_path: Path) -> None:
    article = _load(tmp_path, MENU_ABOVE, "story.txt")
    title, dimmed = article.title, dimmed_passages(article.text)
    assert title == "Harbour wall to be rebuilt after winter storms"
    assert any("Home | News | Sport" in span and "Politics | Tech" in span for span in dimmed)
    assert not any("Harbour wall" in span for span in dimmed)


def test_pasted_text_with_menu_lines_and_no_blank_lines_is_titled_by_its_headline(
    tmp_path: Path,
) -> None:
    title = _load(tmp_path, MENU_LINES_ABOVE, "story.txt").title
    assert title == "Harbour wall to be rebuilt after winter storms"


COOKIES_ABOVE = """We use cookies to give you the best experience.
Accept all
Manage preferences

Chipmaker to build £2bn plant in Newport

A chipmaker will build a £2bn plant in Newport, the Welsh government said on Tuesday.
"""


def test_pasted_text_with_a_cookie_banner_on_top_is_titled_by_its_headline(
    tmp_path: Path,
) -> None:
    title = _load(tmp_path, COOKIES_ABOVE, "story.txt").title
    assert title == "Chipmaker to build £2bn plant in Newport"


COOKIE_BUTTONS_OVER_A_MENU = """We use cookies to improve your experience and to show you relevant ads.
Accept all
Manage preferences
The Quayside Post
News
Sport
Business
What's On
Sign in
Harbour wall to be rebuilt after winter storms
The harbour wall at Porthcawl will be rebuilt at a cost of £6m, the council has said, after storms in January washed away a 40-metre section of the old stone wall.
"""


def test_a_cookie_banners_buttons_over_a_menu_with_no_blank_line_leave_it_a_menu(
    tmp_path: Path,
) -> None:
    article = _load(tmp_path, COOKIE_BUTTONS_OVER_A_MENU, "story.txt")
    assert article.title == "Harbour wall to be rebuilt after winter storms"
    assert dimmed_passages(article.text)[0].endswith("What's On\nSign in")


def test_names_of_people_under_a_cookie_banners_buttons_are_no_menu(tmp_path: Path) -> None:
    names = "Mira Okafor\nTom Reyes\nInes Marlow\nDan Whitcombe\nNews"
    text = COOKIE_BUTTONS_OVER_A_MENU.replace(
        "The Quayside Post\nNews\nSport\nBusiness\nWhat's On\nSign in", names
    )
    dimmed = dimmed_passages(text)
    assert not any("Tom Reyes" in passage for passage in dimmed)


NEWSLETTER = """View in browser

THE HARBOUR BRIEF | Tuesday 3 March 2026

Good morning. Here is what you need to know today.

Dockworkers vote to strike

Dockworkers have voted to strike over pay, the union said last night, in a ballot that drew a turnout of 78 per cent.
"""


def test_a_newsletter_is_titled_by_its_story_not_its_masthead(tmp_path: Path) -> None:
    article = _load(tmp_path, NEWSLETTER, "brief.txt")
    assert article.title == "Dockworkers vote to strike"


PDF = """Annual Report 2025                          Harbour Authority
{headline}The harbour authority's income rose by 12 per cent
in 2025, driven by a record number of cruise ship vis-
its and higher mooring fees, the report says. Income
was £48.2m, compared with £43.0m the previous year.
                              14
Annual Report 2025                          Harbour Authority
Operating costs rose more slowly, by 6 per cent, as
energy prices fell in the second half of the year.
                              15
"""


def test_text_from_a_pdf_is_titled_by_its_headline(tmp_path: Path) -> None:
    text = PDF.format(headline="Income rises on record cruise season\n")
    assert _load(tmp_path, text, "report.txt").title == "Income rises on record cruise season"


def test_text_from_a_pdf_without_a_headline_is_titled_by_its_running_head(
    tmp_path: Path,
) -> None:
    title = _load(tmp_path, PDF.format(headline=""), "report.txt").title
    assert title == "Annual Report 2025 Harbour Authority"


def test_a_paragraph_wrapped_by_hand_is_no_title(tmp_path: Path) -> None:
    text = (
        "The harbour authority's income rose by 12 per cent\n"
        "In 2025, driven by a record number of cruise ship\n"
        "visits and higher mooring fees, the report says.\n"
        "Income was £48.2m, against £43.0m a year before.\n"
    )
    assert _load(tmp_path, text, "wrapped.txt").title is None


def test_a_wire_slug_is_not_part_of_the_title() -> None:
    text = "UPDATE 3-Ferry fares to rise in April\n\n(Adds detail)\n\nLONDON - Fares rise.\n"
    assert title_from_first_line(text) == "Ferry fares to rise in April"
    corrected = "CORRECTED-UPDATE 1-US-UK talks resume\n\nText.\n"
    assert title_from_first_line(corrected) == "US-UK talks resume"
    assert title_from_first_line("US-UK talks resume\n\nText.\n") == "US-UK talks resume"


def test_a_first_line_in_capitals_is_a_headline() -> None:
    text = "WESTBRIDGE PARISH COUNCIL\nMinutes of the meeting, 4 May\n\nPresent: five members.\n"
    assert title_from_first_line(text) == "WESTBRIDGE PARISH COUNCIL"


BLOG = """Kettle Lane Diary

Notes from a village that refuses to stay quiet

Home About Archive

Why the village hall roof costs more than the hall

Posted on 9 November 2026 by Owen Carrick · 6 Comments

The parish council has set aside £42,000 for the roof, more than the hall cost to build in 1961.

Quotes from three builders came in higher than the council expected.
"""


def test_a_pasted_blog_is_titled_by_the_headline_over_its_signed_time_stamp(
    tmp_path: Path,
) -> None:
    article = _load(tmp_path, BLOG, "post.txt")
    assert (article.title, article.byline, article.date) == (
        "Why the village hall roof costs more than the hall",
        "Owen Carrick",
        "2026-11-09",
    )


def test_a_pasted_blogs_name_tagline_and_menu_over_its_headline_are_dimmed() -> None:
    assert dimmed_passages(BLOG) == [
        "Kettle Lane Diary\n\nNotes from a village that refuses to stay quiet\n\n"
        "Home About Archive",
        "Posted on 9 November 2026 by Owen Carrick · 6 Comments",
    ]


@pytest.mark.parametrize(
    "standfirst",
    [
        "The council has budgeted for a new roof, but not for the scaffolding.",
        "The council budgeted for a new roof but not for the scaffolding it needs first",
    ],
)
def test_a_headline_and_its_standfirst_over_a_signed_time_stamp_stay_the_storys(
    tmp_path: Path, standfirst: str
) -> None:
    text = (
        f"Why the village hall roof costs more than the hall\n\n{standfirst}\n\n"
        "Posted on 9 November 2026 by Owen Carrick · 6 Comments\n\n"
        "The parish council has set aside £42,000 for the roof.\n"
    )
    article = _load(tmp_path, text, "post.txt")
    assert article.title == "Why the village hall roof costs more than the hall"
    assert dimmed_passages(text) == ["Posted on 9 November 2026 by Owen Carrick · 6 Comments"]
