"""Python decodes some labels no browser does: UTF-7, whose "+2AA-" is half a character,
and its own escape codecs, which turn a written "\\x1b" into an ESC. A page or a server
naming one is treated as naming an unknown charset, never read in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.errors import NewslensError
from newslens.sources import load_article
from tests.http_server import serve

LABELS = ["utf-7", "UTF7", "unicode_escape", "raw-unicode-escape"]
STORY = "The harbour +2AA- will reopen in May \\x1b[31m after repairs, the port said."


@pytest.mark.parametrize("label", LABELS)
def test_html_naming_such_a_charset_is_read_by_the_file_rules(tmp_path: Path, label: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f'<!doctype html><html><head><meta charset="{label}"><title>Harbour</title></head>'
        f"<body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>",
        encoding="utf-8",
    )
    assert STORY in load_article(str(page)).text


@pytest.mark.parametrize("label", LABELS)
def test_a_server_naming_such_a_charset_is_an_unknown_charset(label: str) -> None:
    page = {"/page.txt": (STORY.encode(), f"text/plain; charset={label}")}
    with serve(page) as base, pytest.raises(NewslensError, match="unknown charset"):
        load_article(f"{base}/page.txt")
