"""A Markdown newsletter or post sets its pictures on lines of their own ("![The ferry at
dawn](…/ferry.jpg)", a logo linked to the site): the picture's markup is no part of the story
and is dimmed, so a newsletter's logo never titles it, where a picture set inside a sentence
stays with it. So is the line that gives a reference link its address ("[1]: https://…"), not
a footnote's "[^1]: …"."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

from .dimmed import dimmed_inside_a_story


@pytest.mark.parametrize(
    "line",
    [
        "![The Portmoor ferry at dawn](https://quayside.example/ferry.jpg)",
        '![Quayside logo](https://quayside.example/logo.png "The Quayside")',
        "[![Quayside logo](https://quayside.example/logo.png)](https://quayside.example/)",
    ],
)
def test_a_picture_on_a_line_of_its_own_is_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "The new timetable ![ferry](https://quayside.example/icon.png) starts on 2 March.",
        "![](https://quayside.example/map.png) The map shows the route the ferry will take.",
    ],
)
def test_a_picture_inside_a_sentence_stays_with_it(line: str) -> None:
    assert not dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        '[1]: https://quayside.example/fares "Fares report"',
        "[fares]: <https://quayside.example/fares>",
    ],
)
def test_a_reference_link_s_address_on_a_line_of_its_own_is_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


def test_a_footnote_on_a_line_of_its_own_is_the_story_s() -> None:
    assert not dimmed_inside_a_story("[^1]: The fares were last raised in 2019.")


def test_a_newsletters_logo_under_its_masthead_is_no_title(tmp_path: Path) -> None:
    text = """# The Quayside Weekly — 3 March 2026

![Quayside logo](https://quayside.example/logo.png)

## Ferry fares frozen for a year

The harbour board voted on Tuesday to freeze ferry fares until next March, after a petition signed by 3,400 islanders.
"""
    path = tmp_path / "issue.md"
    path.write_text(text, encoding="utf-8")
    assert load_article(str(path)).title == "Ferry fares frozen for a year"
