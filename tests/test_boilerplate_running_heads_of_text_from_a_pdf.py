"""Text exported from a PDF (as pdftotext writes it) repeats the document's running head at
the top of each page, with the page's number ("Page 2 of 3", "2") at its foot. The repeats
and the numbers are dimmed. The first occurrence, at the top of the text over the first
paragraph, is the headline: it stays the story's and titles it. A journal's name over a
headline of its own is furniture each time."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

from .dimmed import dimmed_passages

HEAD = "Harbour Authority Annual Review 2026"
REVIEW = f"""{HEAD}

The authority spent the year rebuilding the north quay after the storms of last winter, and the work finished ahead of schedule.

Traffic through the port rose by a tenth, led by ferries to the islands and a timber trade.

Page 1 of 3
\f{HEAD}

The board approved a five-year plan for dredging the outer channel for larger ships.

Page 2 of 3
\f{HEAD}

Next year the authority will open a visitor centre on the old fish market site.

3
"""

JOURNAL = "Journal of Coastal Studies 12(3)"
PAPER = f"""{JOURNAL}
Silt budgets of small estuaries
The authority spent the year rebuilding the north quay after the storms of last winter, and the
work finished ahead of schedule.
2
{JOURNAL}
The board approved a five-year plan for dredging the outer channel for larger ships.
3
"""


def _load(tmp_path: Path, text: str) -> tuple[str | None, list[str]]:
    path = tmp_path / "review.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(str(path))
    return article.title, dimmed_passages(article.text)


def test_the_running_head_atop_the_first_page_is_the_title(tmp_path: Path) -> None:
    title, dimmed = _load(tmp_path, REVIEW)
    assert title == HEAD
    assert not REVIEW.startswith(dimmed[0])
    assert sum(passage.count(HEAD) for passage in dimmed) == 2
    assert "Page 1 of 3" in dimmed[0] and dimmed[-1] == "3"
    assert not any("authority" in passage for passage in dimmed)


def test_a_journals_name_over_the_headline_is_dimmed_each_time(tmp_path: Path) -> None:
    title, dimmed = _load(tmp_path, PAPER)
    assert title == "Silt budgets of small estuaries"
    assert sum(passage.count(JOURNAL) for passage in dimmed) == 2


LAID_OUT = f"""{HEAD}

The authority spent the year rebuilding the north quay after the storms of last
winter, and the work finished ahead of schedule.

\f2                                    {HEAD}

The board approved a five-year plan for dredging the outer channel for larger
ships.

\f{HEAD}                                    3

Next year the authority will open a visitor centre on the old fish market site.
"""


def test_a_running_head_with_its_page_number_on_its_line(tmp_path: Path) -> None:
    # pdftotext -layout keeps the number on the head's line, on the page's outer side.
    title, dimmed = _load(tmp_path, LAID_OUT)
    assert title == HEAD
    assert [" ".join(passage.split()) for passage in dimmed] == [f"2 {HEAD}", f"{HEAD} 3"]


def test_a_running_head_numbered_on_the_first_page_titles_without_its_number(
    tmp_path: Path,
) -> None:
    # The first page's head has its number beside it too: it titles the text all the same.
    first = f"{HEAD}                                    1"
    pages = LAID_OUT.replace(f"{HEAD}\n\nThe authority", f"{first}\n\nThe authority")
    title, dimmed = _load(tmp_path, pages)
    assert title == HEAD
    assert " ".join(dimmed[0].split()) == f"{HEAD} 1"


FOOTER = "Harbour Authority — Annual Review 2026"
FOOTED = f"""Quay rebuilt ahead of schedule

The authority spent the year rebuilding the north quay after the storms of last
winter, and the work finished ahead of schedule.

{FOOTER}                              Page 1 of 2

\fThe board approved a five-year plan for dredging the outer channel for larger
ships.

{FOOTER}                              Page 2 of 2
"""


def test_a_running_foot_with_its_page_named_beside_it(tmp_path: Path) -> None:
    title, dimmed = _load(tmp_path, FOOTED)
    assert title == "Quay rebuilt ahead of schedule"
    assert [" ".join(passage.split()) for passage in dimmed] == [
        f"{FOOTER} Page 1 of 2",
        f"{FOOTER} Page 2 of 2",
    ]


def test_a_contents_list_that_names_each_page_once_is_the_storys(tmp_path: Path) -> None:
    contents = (
        "Chair's statement                              Page 2\n"
        "The year in figures                            Page 3\n"
        "Dredging the outer channel                     Page 5\n"
    )
    text = FOOTED.replace("\n\nThe authority", f"\n\n{contents}\nThe authority", 1)
    dimmed = _load(tmp_path, text)[1]
    assert len(dimmed) == 2 and not any("Page 3" in passage for passage in dimmed)
