"""A section's label in front of a headline ("Opinion | …", "ANALYSIS: …", "Letters: …"): the
title shows the headline first and keeps the label after it, so that an opinion still reads
as one; a headline that merely starts with such a word keeps its words as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.article import Article, title_from_first_line
from newslens.sources import load_article

BODY = (
    "<p>The old bridge over the Stour has carried traffic for 140 years, and it should not "
    "carry it for one more winter, whatever the council decides on Tuesday.</p>"
    "<p>Engineers found cracks in two of its piers last spring, and the patches the council "
    "paid for have cracked again.</p>"
)


def _page(tmp_path: Path, head: str, headline: str) -> Article:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head>{head}</head><body><article><h1>{headline}</h1>{BODY}</article>"
        "</body></html>",
        encoding="utf-8",
    )
    return load_article(str(page))


def test_a_web_page_s_opinion_label_follows_its_headline(tmp_path: Path) -> None:
    article = _page(
        tmp_path,
        "<title>Opinion | Why the bridge must close</title>"
        '<meta property="og:title" content="Opinion | Why the bridge must close">',
        "Why the bridge must close",
    )
    assert article.title == "Why the bridge must close (Opinion)"
    # The headline the page repeats over its story is no longer taken for the story's start.
    assert not article.text.startswith("Why the bridge must close")


def test_a_label_in_capitals_with_a_colon_is_read_the_same(tmp_path: Path) -> None:
    article = _page(
        tmp_path,
        "<title>OPINION: Why the bridge must close</title>",
        "OPINION: Why the bridge must close",
    )
    assert article.title == "Why the bridge must close (Opinion)"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Analysis | Why the bridge must close", "Why the bridge must close (Analysis)"),
        ("Editorial: The council must decide", "The council must decide (Editorial)"),
        ("Letters: The bridge can be saved", "The bridge can be saved (Letters)"),
        ("Comment – Save the bridge", "Save the bridge (Comment)"),
        ("COLUMN-Why the bridge must close", "Why the bridge must close (Column)"),
    ],
)
def test_a_pasted_headline_s_label_follows_it(first_line: str, title: str) -> None:
    text = f"{first_line}\n\nThe old bridge over the Stour has carried traffic for 140 years.\n"
    assert title_from_first_line(text) == title


@pytest.mark.parametrize(
    "headline",
    [
        "Opinion polls show voters split on the bridge",
        "Analysis shows the bridge is unsafe",
        "Letters reveal council knew of cracks",
    ],
)
def test_a_headline_that_starts_with_such_a_word_is_left_as_it_is(headline: str) -> None:
    text = f"{headline}\n\nThe old bridge over the Stour has carried traffic for 140 years.\n"
    assert title_from_first_line(text) == headline


def test_a_label_only_the_page_s_title_carries_follows_the_headline(tmp_path: Path) -> None:
    article = _page(
        tmp_path,
        "<title>Opinion | Why the bridge must close - The Kent Herald</title>",
        "Why the bridge must close",
    )
    assert article.title == "Why the bridge must close (Opinion)"


STORY = (
    "The council has spent £4m on the old bridge since 2019, and it is still unsafe.\n\n"
    "Engineers found cracks in two of its piers last spring.\n"
)


@pytest.mark.parametrize(
    "above",
    ["OPINION\n\n", "Opinion\n", "## Analysis\n\n"],
    ids=["capitals-then-blank-line", "line-over-the-headline", "markdown-heading"],
)
def test_a_label_on_a_line_of_its_own_over_a_pasted_headline_follows_it(
    tmp_path: Path, above: str
) -> None:
    label = above.strip("#\n ").capitalize()
    source = tmp_path / "piece.txt"
    source.write_text(f"{above}Why the bridge must close now\n\n{STORY}", encoding="utf-8")
    assert load_article(str(source)).title == f"Why the bridge must close now ({label})"


def test_a_label_over_the_piece_itself_stays_its_title(tmp_path: Path) -> None:
    source = tmp_path / "piece.txt"
    source.write_text(f"Opinion\n\n{STORY}", encoding="utf-8")
    assert load_article(str(source)).title == "Opinion"
