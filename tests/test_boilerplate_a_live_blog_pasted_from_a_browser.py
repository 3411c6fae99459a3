"""A live blog copied from a browser brings the site's menu (its own links among the
sections: "Skip to main content", "Sign in", "The Guardian - Back to homepage"), the "Live"
badge under the headline, a note to turn on JavaScript and a "Most viewed" list under the
entries. All are dimmed; the headline titles the text and the entries stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

from .dimmed import dimmed_passages

HEADLINE = "Storm Imogen live: thousands without power as 90mph gusts hit west coast"
MENU = """Skip to main content
Print subscriptions
Sign in
Search jobs
Search
UK edition
The Guardian - Back to homepage
News
Opinion
Sport
Culture
Climate crisis
Football
Business"""
BLOG = f"""{MENU}

{HEADLINE}
Live

Rail services cancelled across Wales; Met Office amber warning in force until 9pm

Key events
3h ago
Ferry crossings suspended
Show key events only
Please turn on JavaScript to use this feature

15.42 GMT
Ferry crossings suspended
Ferry crossings from Pembroke Dock have been suspended for the rest of the day, the operator said.
Share

15.10 GMT
About 41,000 homes were without electricity by mid-afternoon, the network operator said.
Share

Most viewed
Council tax to rise by 5% in most of England
Man arrested after fire at Plymouth warehouse
"""


def test_the_menu_with_its_own_links_is_dimmed_and_the_headline_titles_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "live.txt"
    path.write_text(BLOG, encoding="utf-8")
    assert load_article(str(path)).title == HEADLINE
    dimmed = dimmed_passages(BLOG)
    assert dimmed[0] == MENU
    assert "Live" in dimmed


def test_the_javascript_note_and_the_most_viewed_list_are_dimmed() -> None:
    dimmed = "\n".join(dimmed_passages(BLOG))
    assert "Please turn on JavaScript" in dimmed
    assert "Council tax to rise" in dimmed
    assert "Pembroke Dock" not in dimmed and "41,000 homes" not in dimmed


OPENING_ENTRY = (
    "Good evening. We'll be following the count in Kelsford North through the night, ward by ward."
)
FIRST_ENTRIES = f"""Kelsford North by-election: count under way – live

23.05 GMT
Turnout put at 38%
Returning officers say turnout was 38%, down from 51% at the general election.

22.40 GMT
Welcome to our coverage
{OPENING_ENTRY}
"""


def test_a_greeting_that_goes_on_to_report_opens_an_entry_and_stays() -> None:
    dimmed = "\n".join(dimmed_passages(FIRST_ENTRIES))
    assert "Kelsford North through the night" not in dimmed


def test_a_newsletters_greeting_that_opens_the_issue_is_still_dimmed() -> None:
    greeting = "Good evening. Here are the results you need to know tonight."
    assert dimmed_passages(FIRST_ENTRIES.replace(OPENING_ENTRY, greeting))[-1] == greeting


STRIKE_HEADLINE = "Bus strike live: drivers walk out as pay talks collapse"
STRIKE_ENTRIES = """14.48 GMT
The mayor said she was "deeply frustrated" that talks had ended without a deal.

14.20 GMT
Queues for the few buses still running stretched along Market Street this morning."""


def _blog(stamp: str) -> str:
    return f"{STRIKE_HEADLINE}\nMegan Pryce\n{stamp}\n\n{STRIKE_ENTRIES}\n"


def test_a_blogs_stamps_that_name_the_day_date_it_under_its_writer(tmp_path: Path) -> None:
    for stamp in (
        "First published on Tue 3 Mar 2026 09.12 GMT",
        "Updated at 15.02 GMT · First published on Tue 3 Mar 2026 09.12 GMT",
    ):
        path = tmp_path / "strike.txt"
        path.write_text(_blog(stamp), encoding="utf-8")
        article = load_article(str(path))
        assert (article.title, article.byline, article.date) == (
            STRIKE_HEADLINE,
            "Megan Pryce",
            "2026-03-03",
        ), stamp


def test_a_blogs_writer_over_its_time_of_update_is_its_byline(tmp_path: Path) -> None:
    for stamp in ("Updated at 15.02 GMT", "Updated 15.02 GMT"):
        path = tmp_path / "strike.txt"
        path.write_text(_blog(stamp), encoding="utf-8")
        article = load_article(str(path))
        assert (article.title, article.byline) == (STRIKE_HEADLINE, "Megan Pryce"), stamp
        assert dimmed_passages(_blog(stamp))[0] == f"Megan Pryce\n{stamp}"


def test_a_name_over_an_entrys_time_of_day_is_no_byline(tmp_path: Path) -> None:
    # "14.48 GMT" heads the first entry, no stamp of the page's: the name over it is no writer's.
    text = f"{STRIKE_HEADLINE}\n\nMegan Pryce\n{STRIKE_ENTRIES}\n"
    path = tmp_path / "strike.txt"
    path.write_text(text, encoding="utf-8")
    assert load_article(str(path)).byline is None
    assert "Megan Pryce" not in "".join(dimmed_passages(text))


def test_a_blogs_time_of_update_alone_gives_no_date(tmp_path: Path) -> None:
    # A time with no day says nothing of which day: the header shows no date rather than guess.
    for stamp in ("Updated at 15.02 GMT", "Updated 15.02 GMT"):
        path = tmp_path / "strike.txt"
        path.write_text(_blog(stamp), encoding="utf-8")
        article = load_article(str(path))
        assert (article.title, article.date) == (STRIKE_HEADLINE, None), stamp
        assert stamp in dimmed_passages(_blog(stamp))[0]


STRIKE_STANDFIRST = (
    "Drivers at three depots walked out at dawn after talks with the operator broke down.\n\n"
    "The union says the strike will last until Friday unless a new pay offer is made."
)


def test_a_blogs_stamp_under_its_standfirst_of_two_paragraphs_dates_it(tmp_path: Path) -> None:
    for stamp in (
        "First published on Tue 3 Mar 2026 09.12 GMT",
        "Updated at 15.02 GMT · First published on Tue 3 Mar 2026 09.12 GMT",
    ):
        text = f"{STRIKE_HEADLINE}\n\n{STRIKE_STANDFIRST}\n\n{stamp}\n\n{STRIKE_ENTRIES}\n"
        path = tmp_path / "strike.txt"
        path.write_text(text, encoding="utf-8")
        assert load_article(str(path)).date == "2026-03-03", stamp


def test_a_date_heading_the_story_under_two_paragraphs_gives_no_date(tmp_path: Path) -> None:
    # Under the head, a date alone heads a part of the story: what happened that day.
    text = f"{STRIKE_HEADLINE}\n\n{STRIKE_STANDFIRST}\n\n2 March 2026\n\n{STRIKE_ENTRIES}\n"
    path = tmp_path / "strike.txt"
    path.write_text(text, encoding="utf-8")
    assert load_article(str(path)).date is None


def test_a_name_over_the_stamp_under_a_standfirst_of_paragraphs_is_the_byline(
    tmp_path: Path,
) -> None:
    for name, byline in (
        ("Megan Pryce", "Megan Pryce"),
        ("By Megan Pryce", "Megan Pryce"),
        ("Megan Pryce and Tom Hale", "Megan Pryce and Tom Hale"),
    ):
        stamp = "First published on Tue 3 Mar 2026 09.12 GMT"
        text = f"{STRIKE_HEADLINE}\n\n{STRIKE_STANDFIRST}\n\n{name}\n{stamp}\n\n{STRIKE_ENTRIES}\n"
        path = tmp_path / "strike.txt"
        path.write_text(text, encoding="utf-8")
        article = load_article(str(path))
        assert (article.title, article.byline, article.date) == (
            STRIKE_HEADLINE,
            byline,
            "2026-03-03",
        ), name
        assert dimmed_passages(text) == [f"{name}\n{stamp}"]


def test_a_name_over_a_stamp_under_the_storys_fourth_paragraph_is_no_byline(
    tmp_path: Path,
) -> None:
    # Past a standfirst's three paragraphs the story has begun: the stamp and the name over it
    # are an entry's, which the page's byline and date are not read from.
    more = "Commuters were advised to work from home where they could, the council said."
    opening = f"{STRIKE_STANDFIRST}\n\n{more}\n\n{more}"
    stamp = "First published on Tue 3 Mar 2026 09.12 GMT"
    text = f"{STRIKE_HEADLINE}\n\n{opening}\n\nMegan Pryce\n{stamp}\n\n{STRIKE_ENTRIES}\n"
    path = tmp_path / "strike.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(str(path))
    assert (article.byline, article.date) == (None, None)
    assert "Megan Pryce" not in "".join(dimmed_passages(text))


@pytest.mark.parametrize("heading", ["Summary", "Key points", "At a glance"])
def test_a_headline_right_over_its_summary_of_points_titles_the_blog(
    tmp_path: Path, heading: str
) -> None:
    path = tmp_path / "blog.txt"
    path.write_text(
        f"Home\nNews\nSport\nWeather\n{HEADLINE}\n{heading}\nAmber warning until 21:00 GMT\n"
        "Ferries cancelled across the Irish Sea\n14:32\nPower cuts spread to Wales\n"
        "Northern Powergrid says 12,000 homes have lost power in the past hour.\n",
        encoding="utf-8",
    )
    assert load_article(str(path)).title == HEADLINE


def test_a_line_of_the_story_over_a_heading_of_its_summary_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "Home\nNews\nSport\nWeather\nThe council met on Tuesday and made two decisions.\nSummary\n"
        "Fares frozen\nBridge to close\n",
        encoding="utf-8",
    )
    assert load_article(str(path)).title is None
