"""A page that sets its section's label over its headline (a kicker, "Explainer") where the
story's text keeps both: the headline is shown once, in the header, with the label after it,
and the text opens with the story."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body><main><article>
<p class="kicker">{kicker}</p>
<h1>What the new water meter rules mean for your bill</h1>
<p>From next April, the water company will start fitting meters to the 41,000 homes in its
area that still pay a flat rate.</p>
<p>The company says most single-person households will pay less, while campaigners warn that
large families could pay far more.</p>
</article></main></body></html>
"""
HEADLINE = "What the new water meter rules mean for your bill"


@pytest.mark.parametrize(
    ("page_title", "kicker", "shown"),
    [
        (f"EXPLAINER: {HEADLINE} | Westvale Times", "Explainer", f"{HEADLINE} (Explainer)"),
        (f"{HEADLINE} | Westvale Times", "Analysis", f"{HEADLINE} (Analysis)"),
    ],
    ids=["label-in-the-page-title-too", "label-only-over-the-headline"],
)
def test_the_kicker_and_headline_go_to_the_header(
    tmp_path: Path, page_title: str, kicker: str, shown: str
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(title=page_title, kicker=kicker), encoding="utf-8")
    article = load_article(str(page))
    assert article.title == shown
    assert article.text.startswith("From next April")
