"""A short headline set in capitals is the story's headline, not a newsletter's masthead: it
titles the page and is not dimmed, where a masthead is told by its name ("THE MORNING BRIEF",
"Issue 112"), by the place a page's <title> gives it, or by what follows its date."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

from .dimmed import dimmed_passages
from .html_page import title_of_page

STORY = (
    "<p>The river road between Ashford and Kenley was closed on Tuesday after the Stour burst "
    "its banks, the county council said.</p>"
    "<p>A spokesman said it would reopen as soon as the water dropped, which could take days.</p>"
)


def _title(tmp_path: Path, page_title: str, h1: str) -> str | None:
    return title_of_page(tmp_path, STORY, page_title, h1)


def test_a_short_headline_in_capitals_titles_the_page(tmp_path: Path) -> None:
    assert _title(tmp_path, "Kent Herald", "FLOODS CLOSE RIVER ROAD") == "FLOODS CLOSE RIVER ROAD"


def test_a_headline_in_capitals_is_not_replaced_by_the_site_s_name(tmp_path: Path) -> None:
    title = _title(tmp_path, "Floods close river road | Kent Herald", "FLOODS CLOSE RIVER ROAD")
    assert title == "FLOODS CLOSE RIVER ROAD"


def test_a_masthead_placed_as_the_site_s_name_gives_way_to_the_subject_line(
    tmp_path: Path,
) -> None:
    title = _title(tmp_path, "Ferry fares frozen for a year | The Quayside", "THE QUAYSIDE")
    assert title == "Ferry fares frozen for a year"


def test_a_masthead_named_as_a_newsletter_gives_way_to_the_subject_line(tmp_path: Path) -> None:
    title = _title(tmp_path, "Ferry fares frozen for a year", "THE MORNING BRIEF")
    assert title == "Ferry fares frozen for a year"


BODY = (
    "The river road between Ashford and Kenley was closed on Tuesday after the Stour burst its "
    "banks, the county council said.\n"
)


def test_a_dated_headline_in_capitals_over_its_story_is_notdimmed_passages(tmp_path: Path) -> None:
    text = f"FLOODS CLOSE RIVER ROAD | 3 March 2026\n\n{BODY}"
    assert dimmed_passages(text) == []
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(str(path))
    assert (article.title, article.date) == ("FLOODS CLOSE RIVER ROAD", "2026-03-03")


def test_a_dated_headline_over_its_byline_is_notdimmed_passages() -> None:
    text = f"FLOODS CLOSE RIVER ROAD – 3 March 2026\nBy Jane Moss\n\n{BODY}"
    assert dimmed_passages(text) == ["By Jane Moss"]


def test_a_dated_name_over_a_greeting_is_a_masthead() -> None:
    text = f"THE QUAYSIDE | 3 March 2026\n\nGood morning. Here is the news.\n\n{BODY}"
    assert dimmed_passages(text)[0].startswith("THE QUAYSIDE | 3 March 2026")


def test_a_dated_name_over_the_first_story_s_heading_is_a_masthead() -> None:
    text = f"THE QUAYSIDE | 3 March 2026\n\nRiver road closed\n\n{BODY}"
    assert dimmed_passages(text) == ["THE QUAYSIDE | 3 March 2026"]


def test_a_headline_with_a_figure_is_not_taken_for_the_site_s_name(tmp_path: Path) -> None:
    # trafilatura reads this <title>'s first part as the site's name, the same as the <h1>.
    headline = "Bridge repairs to cost £4.2m, council says"
    title = _title(tmp_path, f"{headline} | The Riverside Gazette", headline)
    assert title == headline
