"""A summary set under the headline in a block of its own ("lead-summary", "article-lede",
"intro") opens the story: it is kept as the text's first line, like a standfirst; a list of
key points there, or a picture's caption, is no summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Waiting lists hit a record high</title>
</head><body>
<main><article>
<h1>Waiting lists hit a record high</h1>
{top}
<figure class="lead-image"><img src="/ward.jpg"><figcaption>A ward at the city's main hospital,
where theatres now open at weekends</figcaption></figure>
<div class="article-body-text">
<p>The number of patients waiting more than a year for routine operations has risen for the
sixth month in a row, according to figures published on Thursday.</p>
<p>Hospitals in the two largest cities accounted for almost half of the long waits, the
figures show.</p>
</div>
</article></main>
</body></html>
"""

SUMMARY = "More than 900,000 people are now waiting for hospital treatment in the region."


def _lines(tmp_path: Path, top: str) -> list[str]:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(top=top), encoding="utf-8")
    return load_article(str(page)).text.splitlines()


@pytest.mark.parametrize(
    "top",
    [
        f'<section class="lead-summary"><p>{SUMMARY}</p></section>',
        f'<div class="article__lede">{SUMMARY}</div>',
        f'<div class="story-intro"><span>{SUMMARY}</span></div>',
    ],
)
def test_a_summary_under_the_headline_opens_the_text(tmp_path: Path, top: str) -> None:
    assert _lines(tmp_path, top)[0] == SUMMARY


def test_a_list_of_key_points_under_the_headline_is_no_summary(tmp_path: Path) -> None:
    top = (
        '<div class="summary-points"><ul><li>Waits rose for a sixth month</li>'
        "<li>Two cities hold half the longest waits</li></ul></div>"
    )
    assert _lines(tmp_path, top)[0].startswith("The number of patients waiting")
