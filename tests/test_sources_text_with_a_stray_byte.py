"""A UTF-8 text with one stray byte that is no Windows-1252 either (0x81, 0x8D, left by a
bad copy or a truncated upload) is still read as UTF-8: the stray byte shows as the
replacement character, every other character as written, with a warning. A file with NUL
bytes, or more stray bytes than text, is still no text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.errors import NewslensError
from newslens.sources import load_article

STORY = (
    "Caf\u00e9 owners in Porthaven said rents had \u201cdoubled\u201d since the spring.\n\n"
    "The council will review the leases{stray} in March, its leader said.\n"
)


@pytest.mark.parametrize("stray", [b"\x81", b"\x8d", b"\xe2\x80"])
def test_a_stray_byte_is_shown_as_a_replacement_character(tmp_path: Path, stray: bytes) -> None:
    path = tmp_path / "cafe.txt"
    before, after = STORY.encode().split(b"{stray}")
    path.write_bytes(before + stray + after)
    warnings: list[str] = []
    article = load_article(str(path), warn=warnings.append)
    assert article.text == STORY.replace("{stray}", "\ufffd")
    assert len(warnings) == 1 and "UTF-8 in 1 place" in warnings[0]


@pytest.mark.parametrize("stray", [b"\x93", b"\xe9", b"\x92\x93"])
def test_utf_8_text_keeps_its_characters_around_a_byte_windows_1252_reads(
    tmp_path: Path, stray: bytes
) -> None:
    path = tmp_path / "cafe.txt"
    before, after = STORY.encode().split(b"{stray}")
    path.write_bytes(before + stray + after)
    warnings: list[str] = []
    article = load_article(str(path), warn=warnings.append)
    assert article.text == STORY.replace("{stray}", "\ufffd" * len(stray))
    assert len(warnings) == 1 and "not valid UTF-8" in warnings[0]


def test_text_written_in_windows_1252_is_still_read_as_that(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes(STORY.replace("{stray}", "").encode("cp1252"))
    warnings: list[str] = []
    assert load_article(str(path), warn=warnings.append).text == STORY.replace("{stray}", "")
    assert len(warnings) == 1 and "not UTF-8; read as Windows-1252" in warnings[0]


def test_a_stray_byte_in_a_page_declared_as_utf_8(tmp_path: Path) -> None:
    paragraph = STORY.replace("\n\n", " ").strip()
    page = (
        '<!doctype html><html><head><meta charset="utf-8"><title>Rents double</title></head>'
        f"<body><article><h1>Rents double</h1><p>{paragraph}</p><p>{paragraph}</p>"
        "</article></body></html>"
    )
    before, after = page.encode().split(b"{stray}", 1)
    path = tmp_path / "cafe.html"
    path.write_bytes(before + b"\x8d" + after)
    assert "leases\ufffd in March" in load_article(str(path)).text


def test_bytes_with_nul_are_still_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(STORY.encode().replace(b"{stray}", b"\x81\x00"))
    with pytest.raises(NewslensError, match="binary"):
        load_article(str(path))
