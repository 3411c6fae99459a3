"""A short line in capitals set as a page's <h1> may head a section or a newsletter ("THE WEEK
AHEAD"), not the story: where the page's <title>, without the site's name, gives a headline of
its own that tells the story, that headline titles the page. A headline in capitals that the
<title> repeats, or that the <title> gives only the site's name beside, stays the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from .html_page import title_of_page

STORY = (
    "<p>The island ferry will keep its fares at this year's level until next spring, the "
    "operator said on Monday, after a winter in which passenger numbers fell.</p>"
    "<p>The harbour board said the freeze would cost it about £40,000 in lost income.</p>"
)


@pytest.mark.parametrize("heading", ["THE WEEK AHEAD", "WHAT'S ON", "LOCAL NEWS"])
def test_the_page_title_s_headline_wins_over_a_section_heading(
    tmp_path: Path, heading: str
) -> None:
    title = title_of_page(tmp_path, STORY, "Ferry fares frozen for a year | The Quayside", heading)
    assert title == "Ferry fares frozen for a year"


def test_the_section_the_page_title_names_is_kept(tmp_path: Path) -> None:
    page_title = "Ferry fares frozen for a year | Opinion | The Quayside"
    title = title_of_page(tmp_path, STORY, page_title, "THE WEEK AHEAD")
    assert title == "Ferry fares frozen for a year (Opinion)"


def test_a_headline_in_capitals_the_page_title_repeats_stays(tmp_path: Path) -> None:
    page_title = "Ferry fares frozen for a year | The Quayside"
    heading = "FERRY FARES FROZEN FOR A YEAR"
    assert title_of_page(tmp_path, STORY, page_title, heading) == heading


@pytest.mark.parametrize(
    "page_title", ["The Quayside", "The Quayside - News, sport and weather for Portmoor"]
)
def test_a_headline_in_capitals_beside_only_the_site_s_name_stays(
    tmp_path: Path, page_title: str
) -> None:
    assert title_of_page(tmp_path, STORY, page_title, "FARES FROZEN") == "FARES FROZEN"
