"""A newsletter's web version opens with its masthead, the newsletter's name in large type
over the day's date: the page is titled by its subject line, not by the masthead, and the date
under the masthead is dimmed like other furniture."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

from .dimmed import dimmed_passages

LETTER = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body><table width="100%"><tr><td align="center"><table width="600">
<tr><td><a href="https://example.com/view">View this email in your browser</a></td></tr>
<tr><td><h1>{masthead}</h1><p>{date}</p></td></tr>
<tr><td><p>Good morning. Three things from the quayside today.</p>
<h2>Ferry fares frozen for a year</h2>
<p>The island ferry will keep its fares at this year's level until next spring, the operator
said on Monday, after a winter in which passenger numbers fell by a tenth.</p>
<h2>New lifeboat arrives</h2>
<p>The station's new all-weather lifeboat reached the harbour on Sunday afternoon, escorted
by the old one on its last trip out.</p>
</td></tr>
<tr><td><p>You are receiving this because you signed up at quayside.example.</p>
<p><a href="/unsub">Unsubscribe</a></p></td></tr>
</table></td></tr></table></body></html>
"""


def _letter(
    tmp_path: Path,
    title: str = "The Quayside Letter: Ferry fares frozen for a year",
    masthead: str = "THE QUAYSIDE LETTER",
    head: str = "",
    date: str = "Tuesday 3 March 2026",
) -> Path:
    page = tmp_path / "letter.html"
    page.write_text(
        LETTER.format(title=title, masthead=masthead, head=head, date=date), encoding="utf-8"
    )
    return page


def test_a_masthead_in_capitals_gives_way_to_the_subject_line(tmp_path: Path) -> None:
    # The subject line names the newsletter and its lead story, as the inbox showed it.
    article = load_article(str(_letter(tmp_path)))
    assert article.title == "The Quayside Letter: Ferry fares frozen for a year"


def test_a_masthead_named_as_the_site_gives_way_to_the_subject_line(tmp_path: Path) -> None:
    page = _letter(
        tmp_path,
        masthead="The Quayside Letter",
        head='<meta property="og:site_name" content="The Quayside Letter">',
    )
    assert load_article(str(page)).title == "The Quayside Letter: Ferry fares frozen for a year"


def test_the_site_s_name_after_the_subject_line_is_left_out(tmp_path: Path) -> None:
    page = _letter(tmp_path, title="Ferry fares frozen for a year | The Quayside Letter")
    assert load_article(str(page)).title == "Ferry fares frozen for a year"


def test_a_page_titled_only_by_the_masthead_is_titled_by_its_first_story(
    tmp_path: Path,
) -> None:
    page = _letter(tmp_path, title="The Quayside Letter")
    assert load_article(str(page)).title == "Ferry fares frozen for a year"


def test_the_date_under_the_masthead_isdimmed_passages(tmp_path: Path) -> None:
    article = load_article(str(_letter(tmp_path)))
    dimmed = dimmed_passages(article.text)
    assert any(span.startswith("Tuesday 3 March 2026") for span in dimmed)
    assert not any("Ferry fares frozen" in span for span in dimmed)


def test_a_date_under_a_masthead_pasted_as_text_isdimmed_passages() -> None:
    text = (
        "THE QUAYSIDE LETTER\nMarch 3, 2026\n\n"
        "The island ferry will keep its fares at this year's level until next spring.\n"
    )
    assert "March 3, 2026" in dimmed_passages(text)


def test_a_date_heading_a_story_s_timeline_is_notdimmed_passages() -> None:
    text = (
        "The harbour wall has failed twice in a year.\n\n"
        "Tuesday 3 March 2026\nThe first breach flooded the car park.\n\n"
        "Friday 6 November 2026\nThe second closed the road for a week.\n"
    )
    assert dimmed_passages(text) == []


def test_a_headline_set_in_capitals_is_not_taken_for_a_masthead(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Harbour Gazette</title></head><body><article>"
        "<h1>DOCKWORKERS VOTE TO STRIKE OVER PAY</h1>"
        "<p>Dockworkers have voted to strike over pay, the union said last night, in a ballot "
        "that drew a turnout of 78 per cent.</p></article></body></html>",
        encoding="utf-8",
    )
    assert load_article(str(page)).title == "DOCKWORKERS VOTE TO STRIKE OVER PAY"
