"""A magazine sets its story's first letter as a drop cap, an element of its own: the story
still opens with the whole word, whether the template leaves a space after the letter, sets
it in a block before the paragraph or draws it as a picture; "A" and "I" stay words."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>The last keepers | Meridian</title></head><body>
<article><h1>The last keepers</h1>
{opening}
<p>"They gave us a clock and a letter," Halloran said in the kitchen of the cottage his
grandfather built.</p>
<p>Within three years the automatic lamp had failed twice in winter storms.</p>
</article></body></html>
"""


def first_line(tmp_path: Path, opening: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(opening=opening), encoding="utf-8")
    return load_article(str(page)).text.splitlines()[0]


@pytest.mark.parametrize(
    "opening",
    [
        '<p><span class="dropcap">T</span>he wind had turned when Bram Halloran climbed the '
        "tower for the last time.</p>",
        '<p><span class="drop-cap"><span>T</span></span>\nhe wind had turned when Bram '
        "Halloran climbed the tower for the last time.</p>",
        '<div class="dropcap">T</div><p>he wind had turned when Bram Halloran climbed the '
        "tower for the last time.</p>",
        '<p><img class="dropcap" src="t.png" alt="T">he wind had turned when Bram Halloran '
        "climbed the tower for the last time.</p>",
    ],
)
def test_the_story_opens_with_the_whole_word(tmp_path: Path, opening: str) -> None:
    assert first_line(tmp_path, opening).startswith("The wind had turned when Bram Halloran")


def test_a_one_letter_word_keeps_its_space(tmp_path: Path) -> None:
    opening = (
        '<p><span class="dropcap">A</span> gale had turned when Bram Halloran climbed the '
        "tower for the last time.</p>"
    )
    assert first_line(tmp_path, opening).startswith("A gale had turned")
