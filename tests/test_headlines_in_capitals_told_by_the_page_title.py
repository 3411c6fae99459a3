"""A headline in capitals that holds a word newsletters are named by ("DAILY COMMUTE CHAOS")
is the page's headline when the page's <title> tells the same story at more length: it titles
the page, where a newsletter's masthead gives way to the subject line."""

from __future__ import annotations

from pathlib import Path

import pytest

from .html_page import title_of_page

STORY = (
    "<p>Commuters into Ashby faced a third morning of delays on Wednesday after signal "
    "failures closed two lines, the rail operator said.</p>"
    "<p>A spokeswoman said engineers hoped to restore services before the evening rush.</p>"
)


def _title(tmp_path: Path, page_title: str, h1: str) -> str | None:
    return title_of_page(tmp_path, STORY, page_title, h1)


@pytest.mark.parametrize(
    "page_title",
    [
        "Daily commute chaos as signals fail | Ashby Echo",
        "Signal failures bring daily commute chaos - Ashby Echo",
        "Ashby Echo: Daily commute chaos as signals fail",
    ],
)
def test_a_headline_the_page_title_tells_at_more_length_titles_the_page(
    tmp_path: Path, page_title: str
) -> None:
    assert _title(tmp_path, page_title, "DAILY COMMUTE CHAOS") == "DAILY COMMUTE CHAOS"


def test_a_newsletter_s_name_in_the_subject_line_is_still_its_masthead(tmp_path: Path) -> None:
    title = _title(
        tmp_path, "Signal failures close two lines | The Daily Commute", "THE DAILY COMMUTE"
    )
    assert title == "Signal failures close two lines"
