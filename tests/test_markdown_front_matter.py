"""A Markdown post with front matter, YAML (Jekyll, Hugo, Eleventy) or TOML (Hugo), is titled,
signed and dated by it, and its fields are dimmed: they are the file's settings, not the story.
A block between two rules that is no front matter is read as the text it is."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

from .dimmed import dimmed_passages

FRONT = """---
layout: post
title: "Why the ferry timetable had to change"
author: Jo Price
date: 2026-09-14 08:30:00 +0100
tags: [transport, ferries]
---"""
POST = f"""{FRONT}

# Why the ferry timetable had to change

The island's ferry timetable was redrawn this month for the first time since 2009, and **two
sailings** a day were cut.

Harbour master Mark Lewis said the changes would save £1.2m a year. "We had no choice," he said.
"""


def test_the_front_matter_titles_signs_and_dates_the_post(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    article = load_article(str(path))
    assert article.title == "Why the ferry timetable had to change"
    assert article.byline == "Jo Price"
    assert article.date == "2026-09-14"


def test_the_front_matter_is_dimmed_and_the_story_is_not() -> None:
    dimmed = dimmed_passages(POST)
    assert dimmed[0] == FRONT
    assert not any("Harbour master" in passage for passage in dimmed)


def test_several_authors_listed_a_line_each_are_named_as_a_reader_writes_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        POST.replace("author: Jo Price", "authors:\n  - Jo Price\n  - Sam Hale"), encoding="utf-8"
    )
    assert load_article(str(path)).byline == "Jo Price and Sam Hale"


def test_prose_between_two_rules_is_no_front_matter() -> None:
    text = (
        "---\nThe island's ferry timetable was redrawn this month, the operator said.\n---\n\n"
        "Harbour master Mark Lewis said the changes would save £1.2m a year.\n"
    )
    assert not any("ferry timetable" in passage for passage in dimmed_passages(text))


TOML_FRONT = """+++
title = "Ferry timetable redrawn for the first time since 2009"
date = 2026-09-14T08:30:00+01:00
authors = ["Jo Price", "Sam Hale"]
tags = ["transport", "ferries"]

[params]
  author = "Site Desk"
+++"""
TOML_POST = POST.replace(FRONT, TOML_FRONT)


def test_toml_front_matter_titles_signs_and_dates_the_post(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(TOML_POST, encoding="utf-8")
    article = load_article(str(path))
    assert article.title == "Ferry timetable redrawn for the first time since 2009"
    assert article.byline == "Jo Price and Sam Hale"
    assert article.date == "2026-09-14"


def test_an_author_under_hugos_params_signs_the_post(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(TOML_POST.replace('authors = ["Jo Price", "Sam Hale"]\n', ""), "utf-8")
    article = load_article(str(path))
    assert article.byline == "Site Desk"
    assert article.title == "Ferry timetable redrawn for the first time since 2009"


def test_toml_front_matter_is_dimmed_and_the_story_is_not() -> None:
    dimmed = dimmed_passages(TOML_POST)
    assert dimmed[0] == TOML_FRONT
    assert not any("Harbour master" in passage for passage in dimmed)


def test_a_title_in_the_front_matter_wins_over_the_heading_under_it(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(POST.replace('title: "Why', 'title: "How'), encoding="utf-8")
    assert load_article(str(path)).title == "How the ferry timetable had to change"


def test_a_toml_block_that_does_not_parse_is_read_as_text(tmp_path: Path) -> None:
    broken = TOML_POST.replace('"Ferry timetable', '"Ferry timetable\n')
    path = tmp_path / "post.md"
    path.write_text(broken, encoding="utf-8")
    article = load_article(str(path))
    assert article.text == broken
    assert article.byline is None
    assert not any("authors =" in passage for passage in dimmed_passages(broken))


def test_prose_between_two_plus_rules_is_no_front_matter() -> None:
    text = (
        "+++\nThe island's ferry timetable was redrawn this month, the operator said.\n+++\n\n"
        "Harbour master Mark Lewis said the changes would save £1.2m a year.\n"
    )
    assert not any("ferry timetable" in passage for passage in dimmed_passages(text))
