"""A numbered list in a story keeps its numbers, as the browser shows them; a bulleted one its
bullets."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Council sets out its flood plan | Riverside Echo</title>
</head><body><article><h1>Council sets out its flood plan</h1>
<p>The council on Tuesday published its plan for the next flood, after the river burst its
banks twice this winter.</p>
<p>The plan sets out what happens when the water passes the warning mark at the weir:</p>
{listing}
<p>Residents can also do their part:</p>
<ul><li>Keep drains clear of leaves.</li><li>Sign up for the flood alerts.</li></ul>
<p>The council leader said the plan would be reviewed every year after the winter storms.</p>
</article></body></html>
"""
STEPS = "<li>Close the bridge to traffic.</li><li>Open the rest centre at the school.</li>"


def load(tmp_path: Path, listing: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(listing=listing), encoding="utf-8")
    return load_article(str(path)).text


def test_a_numbered_lists_items_keep_their_numbers(tmp_path: Path) -> None:
    text = load(tmp_path, f"<ol>{STEPS}</ol>")
    assert "\n1. Close the bridge to traffic.\n2. Open the rest centre at the school.\n" in text
    assert "\n- Keep drains clear of leaves.\n- Sign up for the flood alerts.\n" in text


def test_a_list_numbered_from_its_start_or_counting_down(tmp_path: Path) -> None:
    assert "\n4. Close the bridge to traffic.\n5. Open" in load(
        tmp_path, f'<ol start="4">{STEPS}</ol>'
    )
    assert "\n2. Close the bridge to traffic.\n1. Open" in load(
        tmp_path, f"<ol reversed>{STEPS}</ol>"
    )


def test_a_list_that_numbers_its_own_items_is_numbered_once(tmp_path: Path) -> None:
    listing = "<ol><li>1. Close the bridge to traffic.</li><li>2. Open the rest centre.</li></ol>"
    text = load(tmp_path, listing)
    assert "1. 1." not in text
    assert "Close the bridge to traffic." in text


def test_a_list_shown_without_numbers_keeps_its_bullets(tmp_path: Path) -> None:
    text = load(tmp_path, f'<ol style="list-style: none">{STEPS}</ol>')
    assert "\n- Close the bridge to traffic.\n- Open" in text


@pytest.mark.parametrize(
    ("listing", "marks"),
    [
        (f'<ol type="a">{STEPS}</ol>', ("a", "b")),
        (f'<ol type="A" start="3">{STEPS}</ol>', ("C", "D")),
        (f'<ol type="i">{STEPS}</ol>', ("i", "ii")),
        (f'<ol type="I" reversed>{STEPS}</ol>', ("II", "I")),
        (f'<ol style="list-style-type: lower-alpha">{STEPS}</ol>', ("a", "b")),
        (f'<ol type="1" style="list-style: upper-roman">{STEPS}</ol>', ("I", "II")),
    ],
)
def test_a_list_numbered_with_letters_or_roman_numerals_keeps_them(
    tmp_path: Path, listing: str, marks: tuple[str, str]
) -> None:
    text = load(tmp_path, listing)
    first, second = marks
    assert f"\n{first}. Close the bridge to traffic.\n{second}. Open the rest centre" in text
    assert "\n- Keep drains clear of leaves.\n- Sign up for the flood alerts.\n" in text


def test_a_lettered_list_that_letters_its_own_items_is_lettered_once(tmp_path: Path) -> None:
    listing = '<ol type="a"><li>a) Close the bridge.</li><li>b) Open the rest centre.</li></ol>'
    assert "\na) Close the bridge.\nb) Open the rest centre.\n" in load(tmp_path, listing)
