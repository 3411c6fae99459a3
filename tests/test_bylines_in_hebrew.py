"""A Hebrew byline, "מאת" ("by") and the writers' names, signs the story as an English "By …"
line does: in the header and `extract`'s byline its names without the "מאת", the role or the
date beside them, in plain text and in a page, and the line is dimmed as a byline. Hebrew has no
capitals to tell a name from prose, so a sentence that opens with "מאת" signs nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import article_from_bytes, load_article

from .dimmed import dimmed_passages

HEADLINE = "המועצה אישרה קו אוטובוס חדש לעמק"
STORY = (
    "מועצת העמק אישרה אתמול קו אוטובוס חדש שיחבר את הכפרים לתחנת הרכבת, ועלותו 3.2 מיליון שקל"
    " בשנה.\n\n"
    '"חיכינו לזה שנים," אמרה תושבת הכפר, רות שגיא.\n'
)


def _plain_text(byline: str) -> str:
    return f"{HEADLINE}\n\n{byline}\n\n{STORY}"


def _byline(byline: str) -> str | None:
    text = _plain_text(byline)
    return article_from_bytes(text.encode(), source="bus.txt", is_html=False).byline


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("מאת נועה ברק", "נועה ברק"),
        ("מאת: נועה ברק", "נועה ברק"),
        ('מאת ד"ר נועה ברק-שחר', 'ד"ר נועה ברק-שחר'),
        ("מאת נועה וייס", "נועה וייס"),
        ("מאת נועה ברק ואיתי גל", "נועה ברק and איתי גל"),
        ("מאת נועה ברק, איתי גל ומאיה רון", "נועה ברק, איתי גל and מאיה רון"),
        ("מאת נועה ברק, כתבת התחבורה", "נועה ברק"),
        ("מאת נועה ברק | 14.11.2026", "נועה ברק"),
        ("מאת נועה ברק\u200f", "נועה ברק"),
    ],
)
def test_a_hebrew_byline_names_the_writers(line: str, shown: str) -> None:
    assert _byline(line) == shown


def test_a_hebrew_byline_is_dimmed_and_the_story_is_not() -> None:
    dimmed = dimmed_passages(_plain_text("מאת נועה ברק"))
    assert "מאת נועה ברק" in dimmed
    assert not any("מועצת העמק" in passage for passage in dimmed)


@pytest.mark.parametrize(
    "line",
    [
        "מאת השר נמסר כי הקו ייפתח בחודש הבא.",  # "The minister said the line opens next month."
        "מאת משרד התחבורה נמסר:",  # "The transport ministry said:"
    ],
)
def test_a_sentence_that_opens_with_the_hebrew_by_is_no_byline(line: str) -> None:
    assert _byline(line) is None


PAGE = """<!doctype html>
<html lang="he" dir="rtl"><head><meta charset="utf-8"><title>{headline}</title>{head}</head>
<body><article><h1>{headline}</h1>{byline}{paragraphs}</article></body></html>
"""


def _page_byline(tmp_path: Path, byline: str, head: str = "") -> str | None:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in STORY.split("\n\n"))
    page = tmp_path / "bus.html"
    page.write_text(
        PAGE.format(headline=HEADLINE, head=head, byline=byline, paragraphs=paragraphs),
        encoding="utf-8",
    )
    return load_article(str(page)).byline


def test_a_pages_printed_hebrew_byline_names_the_writers(tmp_path: Path) -> None:
    assert _page_byline(tmp_path, "<p>מאת נועה ברק ואיתי גל</p>") == "נועה ברק and איתי גל"


def test_a_hebrew_byline_in_a_pages_markup_is_the_writers_name(tmp_path: Path) -> None:
    author = '<meta name="author" content="מאת נועה ברק">'
    assert _page_byline(tmp_path, "", head=author) == "נועה ברק"
