"""A page whose story is nested more than 256 elements deep (libxml2's default limit) is read
as a browser shows it, not refused as a page without a story; one nested deeper than newslens
reads in full is refused in one line that says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.errors import NewslensError
from newslens.sources import load_article

STORY = """<article><h1>Harbour wall to be rebuilt after winter storm</h1>
<p>The harbour wall at Porthleven will be rebuilt next spring after it was breached in last
month's storm, the council said on Monday.</p>
<p>Engineers estimate the work will cost about £2.1m and take five months to finish.</p>
</article>"""


def _nested(tmp_path: Path, depth: int) -> str:
    path = tmp_path / "deep.html"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour wall to be rebuilt"
        f" after winter storm</title></head><body>{'<div>' * depth}{STORY}{'</div>' * depth}"
        "</body></html>",
        encoding="utf-8",
    )
    return str(path)


def test_a_story_nested_hundreds_of_elements_deep_is_read(tmp_path: Path) -> None:
    article = load_article(_nested(tmp_path, 400))
    assert article.title == "Harbour wall to be rebuilt after winter storm"
    assert "about £2.1m" in article.text


def test_a_story_nested_thousands_of_elements_deep_is_refused_saying_why(
    tmp_path: Path,
) -> None:
    with pytest.raises(NewslensError, match="nests its elements too deep"):
        load_article(_nested(tmp_path, 3000))
