"""A newsletter's post pasted from its web page: the publication's name, then the post's
headline, its subtitle and the writer and the date. The headline is the title and the
publication's name is dimmed; a headline over its standfirst, with no name over them, stays the
title."""

from __future__ import annotations

from newslens.boilerplate import byline_under_headline, title_past_furniture

from .dimmed import dimmed_passages

STORY = (
    "The council voted on Tuesday to raise the harbour levy by 12%, the first rise in six "
    "years.\n\nFishing crews say the change will cost each boat about £900 a year.\n"
)
HEAD = (
    "Why the harbour tax vote matters\nA look at the numbers behind Tuesday's decision\n"
    "Hannah Blake\nDec 04, 2026\n\n"
)


def test_the_headline_under_the_publications_name_is_the_title() -> None:
    text = "The Quayside Letter\n" + HEAD + STORY
    assert title_past_furniture(text) == "Why the harbour tax vote matters"
    assert byline_under_headline(text) == "Hannah Blake"
    assert dimmed_passages(text)[0] == "The Quayside Letter"


def test_blank_lines_between_the_name_the_headline_and_the_subtitle() -> None:
    text = (
        "Quayside Notes\n\nWhy the harbour tax vote matters\n\n"
        "A look at the numbers behind Tuesday's decision\n\nHannah Blake\nDec 04, 2026\n\n" + STORY
    )
    assert title_past_furniture(text) == "Why the harbour tax vote matters"
    assert dimmed_passages(text)[0] == "Quayside Notes"


def test_a_short_headline_over_its_standfirst_stays_the_title() -> None:
    text = (
        "Harbour Levy Rises\nA look at the numbers behind Tuesday's decision\n"
        + HEAD[HEAD.index("Hannah") :]
        + STORY
    )
    assert title_past_furniture(text) == "Harbour Levy Rises"
    assert "Harbour Levy Rises" not in "\n".join(dimmed_passages(text))
