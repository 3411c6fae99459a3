"""A newsletter's masthead in capitals as the page's <h1>, on a site whose name only the page's
<title> gives (no og:site_name): the page is titled by the <title>'s subject line without the
site's name, wherever the <title> puts it."""

from __future__ import annotations

from pathlib import Path

import pytest

from .html_page import title_of_page

STORY = (
    "<p>The island ferry will keep its fares at this year's level until next spring, the "
    "operator said on Monday, after a winter in which passenger numbers fell.</p>"
    "<h2>New lifeboat arrives</h2>"
    "<p>The station's new all-weather lifeboat reached the harbour on Sunday afternoon, "
    "escorted by the old one on its last trip out.</p>"
)
SUBJECT = "Ferry fares frozen for a year"


@pytest.mark.parametrize(
    "page_title",
    [
        f"{SUBJECT} | The Quayside",
        f"The Quayside - {SUBJECT}",
        f"{SUBJECT} – Quayside Newsletter",
    ],
)
def test_the_subject_line_without_the_site_s_name_titles_the_page(
    tmp_path: Path, page_title: str
) -> None:
    assert title_of_page(tmp_path, STORY, page_title, "THE MORNING BRIEF") == SUBJECT


def test_a_masthead_that_is_the_site_s_name_before_the_subject_line(tmp_path: Path) -> None:
    assert title_of_page(tmp_path, STORY, f"The Quayside - {SUBJECT}", "THE QUAYSIDE") == SUBJECT


def test_og_title_wins_over_a_title_that_is_only_the_site_s_name(tmp_path: Path) -> None:
    head = f'<meta property="og:title" content="{SUBJECT}">'
    assert title_of_page(tmp_path, STORY, "The Quayside", "THE MORNING BRIEF", head) == SUBJECT
