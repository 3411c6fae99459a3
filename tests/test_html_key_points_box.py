"""A box of key points near the top of a story ("Key points", then a line a point) is told
once: not taken for the story's standfirst as well, with its points run into one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bus fares to be capped across the county</title>
</head><body><main><article>
<h1>Bus fares to be capped across the county</h1>
<p class="byline">By Sam Ortega</p>
<div class="article-body">
{box}
<p>Single bus fares on every route in the county will be capped at £2 from June, the council
announced on Tuesday.</p>
<p>The scheme will cost the council £3.1m a year, paid for from its transport budget and a
government grant.</p>
<p>Operators welcomed the cap but warned that some rural routes may still be cut because too
few people use them.</p>
</div>
</article></main></body></html>
"""

POINTS = (
    "Single fares on every route will be capped at £2 from June.",
    "The scheme will cost the council £3.1m a year.",
    "Operators say some rural routes may still be cut.",
)
PARAGRAPHS = "".join(f"<p>{point}</p>" for point in POINTS)


def _text(tmp_path: Path, box: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(box=box), encoding="utf-8")
    return load_article(str(page)).text


@pytest.mark.parametrize(
    "box",
    [
        f'<div class="story-summary"><h2>Key points</h2>{PARAGRAPHS}</div>',
        f'<div class="story-summary"><p><strong>Key points</strong></p>{PARAGRAPHS}</div>',
    ],
    ids=["under-a-heading", "under-a-bold-line"],
)
def test_each_key_point_is_in_the_text_once(tmp_path: Path, box: str) -> None:
    text = _text(tmp_path, box)
    assert [text.count(point) for point in POINTS] == [1, 1, 1]
    assert text.count("Key points") == 1


def test_the_story_still_opens_after_its_key_points(tmp_path: Path) -> None:
    text = _text(tmp_path, f'<div class="story-summary"><h2>Key points</h2>{PARAGRAPHS}</div>')
    assert text.splitlines()[:2] == ["Key points", POINTS[0]]
