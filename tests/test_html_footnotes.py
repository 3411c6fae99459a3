"""A post's footnotes (as Substack writes them) are the writer's words: each is kept at the end of
the text as "[1] …", and its mark in the story reads "[1]", not a digit run into the word."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The quiet end of the county bus</title>
</head><body><article class="newsletter-post post">
<h1 class="post-title">The quiet end of the county bus</h1>
<div class="available-content"><div class="body markup" dir="auto">
<p>When the number 44 stopped running through the village last spring, nobody from the council
came to explain why the timetable had gone.</p>
<p>In 2016 there were 61 supported routes across the county<a class="footnote-anchor"
id="footnote-anchor-1" href="#footnote-1">1</a>; this year there are 29, the figures show.</p>
<p>Next week I will look at the one district that reversed the trend, and at what it cost.</p>
<p class="button-wrapper"><a class="button primary" href="?action=share"><span>Share</span></a></p>
<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a>
<div class="footnote-content"><p>The figures leave out routes that bus companies run without
any support from the council.</p></div></div>
</div></div></article></body></html>
"""


def test_a_footnote_is_kept_at_the_end_with_its_mark_in_the_story(tmp_path: Path) -> None:
    page = tmp_path / "post.html"
    page.write_text(PAGE, encoding="utf-8")
    lines = load_article(str(page)).text.splitlines()
    assert lines[1].startswith("In 2016 there were 61 supported routes across the county[1];")
    assert lines[-1] == (
        "[1] The figures leave out routes that bus companies run without any support from the "
        "council."
    )
