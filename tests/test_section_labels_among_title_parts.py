"""A page's <title> may put its section between the headline and the site's name ("… | Opinion
| The Kent Herald") or in front of both ("Local News - … - Kent Herald"): the page is titled by
the headline, a kind of piece's label after it, whether trafilatura took the headline from the
<h1>, the og:title, or a part of the <title> (the site's name, when the headline has a figure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .html_page import title_of_page

BODY = (
    "<p>The old bridge over the Stour has carried traffic for 140 years, and it should not "
    "carry it for one more winter, whatever the council decides on Tuesday.</p>"
    "<p>Engineers found cracks in two of its piers last spring, and the patches the council "
    "paid for have cracked again.</p>"
)
HEADLINE = "Bridge repairs to cost £4.2m"


def _title(
    tmp_path: Path, page_title: str, h1: str | None = HEADLINE, head: str = ""
) -> str | None:
    return title_of_page(tmp_path, BODY, page_title, h1, head)


@pytest.mark.parametrize(
    ("page_title", "title"),
    [
        (f"{HEADLINE} | Opinion | The Kent Herald", f"{HEADLINE} (Opinion)"),
        (f"{HEADLINE} - Analysis - The Kent Herald", f"{HEADLINE} (Analysis)"),
        (f"Opinion - {HEADLINE} - The Kent Herald", f"{HEADLINE} (Opinion)"),
        (f"Local News - {HEADLINE} - Kent Herald", HEADLINE),
    ],
)
@pytest.mark.parametrize("h1", [HEADLINE, None])
def test_the_section_in_a_page_title_is_read_around_the_headline(
    tmp_path: Path, page_title: str, title: str, h1: str | None
) -> None:
    assert _title(tmp_path, page_title, h1) == title


def test_an_og_title_with_its_section_and_site_is_read_the_same(tmp_path: Path) -> None:
    og_title = f"{HEADLINE} | Opinion | The Kent Herald"
    head = f'<meta property="og:title" content="{og_title}">'
    assert _title(tmp_path, og_title, head=head) == f"{HEADLINE} (Opinion)"


def test_a_longer_h1_than_the_page_title_s_headline_stays(tmp_path: Path) -> None:
    h1 = f"{HEADLINE} - and the council must find it"
    title = _title(tmp_path, f"{HEADLINE} | Opinion | The Kent Herald", h1)
    assert title == f"{h1} (Opinion)"


def test_a_headline_with_a_section_s_word_in_it_keeps_it(tmp_path: Path) -> None:
    h1 = "Opinion polls split on the bridge"
    assert _title(tmp_path, f"{h1} | The Kent Herald", h1) == h1
