"""A local paper's page pasted whole: its menu ("What's On", "Obituaries", "Classifieds"),
and under the story its listings, each under its heading to the next blank line, are
dimmed; a story's own paragraph under a heading such as "Jobs" is not."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

from .dimmed import dimmed_passages

PAGE = """The Porthaven Post
Home
News
Sport
What's On
Obituaries
Classifieds
Subscribe
Log in

Mellin school wins funding for new sports hall

By Dan Whitcombe
Published 2 December 2026

Mellin Community School has been awarded £1.8m to build a new sports hall, the department confirmed.

The school's current hall was built in 1962 and has been closed twice this year because of leaks.

Share this article

Obituaries
JENKINS, Margaret Ann. Peacefully at home on 24 November, aged 91.
PASCOE, Robert. Died 27 November. Funeral at St Brannock's Church.

Classifieds
For sale: oak dining table and six chairs, £150 ono. Call 01632 960 123.

Most read
Harbour taxi to run every 20 minutes
"""


def test_the_menu_and_the_listings_are_dimmed(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(str(path))
    assert article.title == "Mellin school wins funding for new sports hall"
    dimmed = dimmed_passages(PAGE)
    assert dimmed[0].endswith("Log in")
    listings = "\n".join(dimmed[1:])
    assert "JENKINS" in listings and "oak dining table" in listings
    assert "1962" not in listings


def test_a_storys_paragraph_under_a_heading_stays() -> None:
    text = (
        "Unemployment fell to 4.1% in the autumn, the county's figures show.\n\n"
        "Obituaries\n\nThe paper's obituaries editor, who retired this week, wrote 3,000 of them."
    )
    assert dimmed_passages(text) == []
