"""A newsletter pasted whole brings its issue line ("December 2026 | Issue 48"), a masthead in
capitals over the day's date (under its motto, or over a greeting) or over its motto and
issue line, a blog's "Like Loading..."
and a footer's "To unsubscribe from this bulletin, reply …": all dimmed. The story's own
sentences on unsubscribing, and a headline in capitals over its date, stay the story's."""

from __future__ import annotations

from newslens.boilerplate import title_past_furniture
from newslens.sources import article_from_bytes

from .dimmed import dimmed_passages

STORY = (
    "Library plans approved\n\n"
    "The council has approved plans for a new library on Station Road, with building work "
    "due to start in the spring.\n\n"
    "Residents can unsubscribe from the alerts, the council said.\n"
)


def test_an_issue_line_and_a_footer_s_unsubscribe_are_dimmed() -> None:
    text = (
        "The Eastgate Briefing\nDecember 2026 | Issue 48\n\n" + STORY + "\nLike Loading...\n\n"
        "To unsubscribe from this bulletin, reply with the word STOP.\n"
    )
    assert dimmed_passages(text) == [
        "The Eastgate Briefing\nDecember 2026 | Issue 48",
        "Like Loading...\n\nTo unsubscribe from this bulletin, reply with the word STOP.",
    ]
    assert title_past_furniture(text) == "Library plans approved"


def test_a_masthead_in_capitals_under_its_motto_is_dimmed_and_no_byline() -> None:
    text = "Sent to members every Friday\nTHE EASTGATE BRIEFING\n4 December 2026\n\n" + STORY
    assert dimmed_passages(text) == [
        "Sent to members every Friday\nTHE EASTGATE BRIEFING\n4 December 2026"
    ]
    article = article_from_bytes(text.encode(), source="brief.txt", is_html=False)
    assert article.title == "Library plans approved"
    assert article.byline is None


def test_a_masthead_in_capitals_over_its_date_and_a_greeting_is_dimmed() -> None:
    text = "THE EASTGATE BRIEFING\n4 December 2026\nGood morning, readers.\n\n" + STORY
    assert dimmed_passages(text) == [
        "THE EASTGATE BRIEFING\n4 December 2026\nGood morning, readers."
    ]
    assert title_past_furniture(text) == "Library plans approved"


def test_a_headline_in_capitals_over_its_date_and_story_stays_the_title() -> None:
    text = (
        "COUNCIL PUBLISHES WEEKLY BIN UPDATE\n4 December 2026\n\n"
        "The council has published its weekly update on bin collections, with changes to "
        "collection days over the holidays.\n\nResidents can unsubscribe from the alerts, "
        "the council said.\n"
    )
    assert dimmed_passages(text) == ["4 December 2026"]
    assert title_past_furniture(text) == "COUNCIL PUBLISHES WEEKLY BIN UPDATE"


def test_a_masthead_in_capitals_over_its_motto_and_issue_line_is_dimmed_and_dates_it() -> None:
    text = (
        "THE MARKET SQUARE\nYour weekly guide to the town hall\nIssue 52 · 4 December 2026\n\n"
        + STORY
    )
    assert dimmed_passages(text) == [
        "THE MARKET SQUARE\nYour weekly guide to the town hall\nIssue 52 · 4 December 2026"
    ]
    article = article_from_bytes(text.encode(), source="brief.txt", is_html=False)
    assert article.title == "Library plans approved"
    assert article.date == "2026-12-04"


def test_a_headline_in_capitals_over_its_standfirst_and_date_stays_the_title() -> None:
    text = (
        "LIBRARY PLANS APPROVED\nBuilding work on Station Road is due to start in the spring\n"
        "4 December 2026\n\n" + STORY.split("\n\n", 1)[1]
    )
    assert "LIBRARY PLANS APPROVED" not in "".join(dimmed_passages(text))
    assert title_past_furniture(text) == "LIBRARY PLANS APPROVED"
