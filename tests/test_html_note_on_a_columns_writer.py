"""A column ends with a note on its writer set in italics ("Renata Osei is a landscape
architect …"): it is left out of the text, as a page's bio box is, so its words are not read
as the column's; the column's own paragraphs, in italics or not, are kept."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Opinion | Stop selling our parks - The Herald</title>
<meta name="author" content="Renata Osei"></head><body>
<article><h1>Stop selling our parks</h1>
<p>Last month the council sold its fourth park in five years, a strip of green beside the
railway where children have played for as long as anyone can remember.</p>
<p>The council says the £2.1 million it raised will go into road repairs.</p>
{closing}
</article></body></html>
"""


def text_of(tmp_path: Path, closing: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(closing=closing), encoding="utf-8")
    return load_article(str(page)).text


def test_a_note_in_italics_on_the_writer_is_left_out(tmp_path: Path) -> None:
    text = text_of(
        tmp_path,
        "<p><em>Renata Osei is a landscape architect and a former member of the parks "
        "committee.</em></p>",
    )
    assert "landscape architect" not in text
    assert text.rstrip().endswith("road repairs.")


def test_the_columns_own_paragraphs_are_kept(tmp_path: Path) -> None:
    italic = "<p><em>We should ask our councillors one question before the next sale.</em></p>"
    plain = "<p>Renata Osei is a landscape architect who has sat on the parks committee.</p>"
    text = text_of(tmp_path, italic + plain)
    assert "one question before the next sale" in text
    assert "who has sat on the parks committee" in text
