"""A story by several reporters is signed as a reader writes it, "A and B", "A, B and C",
however the page lists them: the same on a wire service's page as on any other."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Storm closes mountain pass</title>{head}
</head><body>
<main><div class="Page-content">
<h1 class="Page-headline">Storm closes mountain pass</h1>
{byline}
<div class="RichTextStoryBody">
<p>SNOW RIDGE, Colo. (AP) — A late-season storm closed the only road over the pass on Monday,
stranding dozens of drivers overnight, state officials said.</p>
<p>Crews expected to reopen one lane by Tuesday afternoon if the wind dropped, a spokesperson
for the transportation department said.</p>
</div></div></main>
</body></html>
"""


def _byline(tmp_path: Path, byline: str = "", head: str = "") -> str | None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(byline=byline, head=head), encoding="utf-8")
    return load_article(str(page)).byline


def _linked(*names: str) -> str:
    links = " and ".join(f'<a class="Link" href="/author/{i}">{n}</a>' for i, n in enumerate(names))
    return f'<div class="Page-byline"><div class="Page-authors">By {links}</div></div>'


def test_two_wire_reporters_in_capitals_are_signed_a_and_b(tmp_path: Path) -> None:
    assert _byline(tmp_path, _linked("NORA QUILL", "OWEN PRATT")) == "Nora Quill and Owen Pratt"


@pytest.mark.parametrize(
    ("names", "signed"),
    [
        (["Nora Quill", "Owen Pratt"], "Nora Quill and Owen Pratt"),
        (["Nora Quill", "Owen Pratt", "Lena Brooks"], "Nora Quill, Owen Pratt and Lena Brooks"),
    ],
)
def test_authors_named_one_by_one_in_the_head_are_signed_as_a_list(
    tmp_path: Path, names: list[str], signed: str
) -> None:
    head = "".join(f'<meta name="author" content="{name}">' for name in names)
    assert _byline(tmp_path, head=head) == signed


def test_a_single_author_is_signed_as_they_are(tmp_path: Path) -> None:
    head = '<meta name="author" content="Nora Quill">'
    assert _byline(tmp_path, head=head) == "Nora Quill"
