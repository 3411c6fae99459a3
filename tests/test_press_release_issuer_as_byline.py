"""A press release has no byline; who issued it, told by its "About …" paragraph (which opens
with the issuer's name; not an "About …" of what it announces), stands in its place in the
header and in `extract`'s byline."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

RELEASE = """FOR IMMEDIATE RELEASE

Northwind Energy to build battery store at Kenley

LONDON, 3 March 2026 /PRNewswire/ -- Northwind Energy today announced plans to build a 40 MW battery storage site at Kenley at a cost of £32m.

"This is a big step for the grid in the south east," said Dana Pike, its chief executive.

About Northwind Energy

Northwind Energy plc is a renewable energy company based in London. It runs 14 wind and solar sites.

Media contact:
Sam Reed, press@northwind.example
"""


def test_a_pasted_press_release_is_signed_by_its_issuer(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    assert load_article(str(path)).byline == "Northwind Energy"


def test_a_press_release_page_without_an_author_is_signed_by_its_issuer(tmp_path: Path) -> None:
    page = tmp_path / "release.html"
    page.write_text(
        "<html><head><title>Northwind Energy to build battery store</title></head><body>"
        "<article><h1>Northwind Energy to build battery store</h1>"
        "<p>LONDON, 3 March 2026 /PRNewswire/ -- Northwind Energy today announced plans to "
        "build a 40 MW battery storage site at Kenley at a cost of £32m.</p>"
        "<h2>About Northwind Energy</h2><p>Northwind Energy plc is a renewable energy company "
        "based in London. It runs 14 wind and solar sites across the country.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert load_article(str(page)).byline == "Northwind Energy"


def test_a_story_s_about_section_names_no_issuer(tmp_path: Path) -> None:
    text = (
        "Half of drivers avoid the old bridge\n\n"
        "Half of the county's drivers now avoid the old bridge, a survey for the council found.\n\n"
        "About This Survey\n\nThe survey asked 2,000 drivers in January about their journeys.\n"
    )
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert load_article(str(path)).byline is None


def test_a_release_about_its_product_first_is_signed_by_who_announces(tmp_path: Path) -> None:
    release = RELEASE.replace(
        "Northwind Energy today announced", "Northwind Energy, Inc. (LSE: NWE) today announced"
    ).replace(
        "About Northwind Energy\n",
        "About Kenley Store\n\nKenley Store is a 40 MW battery site.\n\nAbout Northwind Energy\n",
    )
    path = tmp_path / "release.txt"
    path.write_text(release, encoding="utf-8")
    assert load_article(str(path)).byline == "Northwind Energy"
