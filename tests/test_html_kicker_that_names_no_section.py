"""A kicker over the headline that names no section ("Press release", "Longform") goes with
the headline the story's text would repeat under it: the text opens with the story."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<title>Harbour line orders 12 electric ferries | Harbour Line Newsroom</title></head><body>
<main><article>
<p class="kicker">{kicker}</p>
<h1>Harbour line orders 12 electric ferries</h1>
<p>The Harbour Line today announced an order for 12 electric ferries worth £90 million, to
replace its diesel boats on the river by 2029.</p>
<p>Each ferry carries 150 passengers and charges at the pier in ten minutes, the company said.</p>
<p>The boats will be built at a yard in Appledore, supporting around 200 jobs.</p>
</article></main></body></html>
"""


def opened(tmp_path: Path, kicker: str) -> tuple[str, str | None]:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(kicker=kicker), encoding="utf-8")
    article = load_article(str(page))
    return article.text, article.title


def test_a_kicker_naming_no_section_goes_with_the_repeated_headline(tmp_path: Path) -> None:
    text, title = opened(tmp_path, "Press release")
    assert title == "Harbour line orders 12 electric ferries"
    assert text.startswith("The Harbour Line today announced")


def test_a_kicker_naming_a_section_is_still_shown_after_the_title(tmp_path: Path) -> None:
    text, title = opened(tmp_path, "Analysis")
    assert title == "Harbour line orders 12 electric ferries (Analysis)"
    assert text.startswith("The Harbour Line today announced")
