"""A page may write a control character as a character reference ("&#27;", "&#x1b;[31m",
"&#7;"), which XML, and so the extractor's tree, cannot hold: the story is still read, left
out as the raw character is, never lost for one such reference."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Ferry fares frozen{title}</title></head><body>
<article><h1>Ferry fares frozen</h1>
<p>Ferry fares will stay at this year's prices until next spring, the operator said.</p>
<p>"Nobody should pay more to get to work{reference}," said Mira Holt, who runs the line.</p>
</article></body></html>
"""


@pytest.mark.parametrize("reference", ["&#27;[31m", "&#x1B;]52;c;ZXZpbA==&#7;", "&#1;", "&#xFFFF;"])
def test_a_story_holding_a_reference_to_a_control_character_is_read(
    tmp_path: Path, reference: str
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(reference=reference, title=reference), encoding="utf-8")
    article = load_article(str(page))
    assert "said Mira Holt" in article.text
    assert article.title == "Ferry fares frozen"
    assert not any(ord(c) < 0x20 and c != "\n" for c in article.text)
