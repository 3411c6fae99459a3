"""Loading an article from files, URLs and stdin: what arrives, and every way it can fail."""

from __future__ import annotations

import codecs
import io
import os
import sys
from pathlib import Path

import pytest

from newslens.errors import NewslensError
from newslens.fetch import USER_AGENT
from newslens.sources import LoadOptions, decode_text, load_article
from tests.http_server import serve

CURLY = "Headline here\n\n“Prices are up 4%,” she said. Don’t panic.\n"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# -- what arrives -----------------------------------------------------------


def test_utf8_text_keeps_its_characters(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.txt", CURLY.encode()))
    assert article.text == CURLY
    assert article.title == "Headline here"


def test_crlf_and_cr_become_newlines_and_nothing_else_changes(tmp_path: Path) -> None:
    raw = "Title\r\n\r\nLine one.\rLine  two\u00a0ends.\r\n".encode()
    article = load_article(write(tmp_path, "a.txt", raw))
    assert article.text == "Title\n\nLine one.\nLine  two\u00a0ends.\n"


def test_utf8_bom_is_dropped_so_offsets_match_the_text(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.txt", codecs.BOM_UTF8 + CURLY.encode()))
    assert article.text == CURLY


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    article = load_article(write(tmp_path, "a.txt", bom + CURLY.encode(encoding)))
    assert article.text == CURLY


def test_legacy_8bit_text_is_read_with_a_warning(tmp_path: Path) -> None:
    warnings: list[str] = []
    raw = "Caf\u00e9 prices \u201crose\u201d 5%.".encode("cp1252")
    article = load_article(write(tmp_path, "old.txt", raw), warn=warnings.append)
    assert article.text == "Caf\u00e9 prices \u201crose\u201d 5%."
    assert len(warnings) == 1 and "Windows-1252" in warnings[0]


def test_markdown_heading_becomes_the_title(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.md", b"# Rates held\n\nThe bank held rates.\n"))
    assert article.title == "Rates held"
    assert article.text.startswith("# Rates held")


def test_html_file_gives_main_text_and_metadata(tmp_path: Path) -> None:
    from tests.http_server import ARTICLE_HTML

    article = load_article(write(tmp_path, "page.html", ARTICLE_HTML))
    assert article.title == "Harbour dredging to resume"
    assert article.byline == "Ines Varga"
    assert article.date == "2026-03-14"
    assert "40 centimetres shallower" in article.text
    assert "Home | News" not in article.text


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CURLY.encode())))
    article = load_article("-")
    assert article.text == CURLY and article.source == "-"


def test_url_html_page() -> None:
    with serve() as base:
        article = load_article(f"{base}/article.html")
    assert article.title == "Harbour dredging to resume"
    assert article.source.endswith("/article.html")


def test_url_plain_text_and_one_redirect() -> None:
    with serve() as base:
        assert load_article(f"{base}/plain.txt").text == "Headline\n\nBody “quoted”.\n"
        assert "harbour" in load_article(f"{base}/redirect-once").text.lower()


def test_url_request_names_newslens_as_user_agent() -> None:
    with serve() as base:
        assert load_article(f"{base}/user-agent").text == USER_AGENT


# -- what fails, and how it says so ------------------------------------------


def expect_error(source: str, fragment: str, options: LoadOptions | None = None) -> None:
    with pytest.raises(NewslensError) as caught:
        load_article(source, options)
    message = str(caught.value)
    assert fragment in message
    assert "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    expect_error(str(tmp_path / "nope.txt"), "no such file")


def test_directory(tmp_path: Path) -> None:
    expect_error(str(tmp_path), "is a directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"text")
    os.chmod(path, 0)
    expect_error(path, "permission denied")


def test_unreadable_file_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path(write(tmp_path, "secret.txt", b"text"))

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    expect_error(str(path), "permission denied")


def test_empty_file(tmp_path: Path) -> None:
    expect_error(write(tmp_path, "empty.txt", b""), "is empty")


def test_whitespace_only_file(tmp_path: Path) -> None:
    expect_error(write(tmp_path, "blank.txt", b" \n\n\t \n"), "is empty")


def test_binary_file(tmp_path: Path) -> None:
    expect_error(write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"), "binary")


def test_file_over_the_size_cap(tmp_path: Path) -> None:
    path = write(tmp_path, "long.txt", b"word " * 300)
    expect_error(path, "over the 1,000-byte limit", LoadOptions(max_bytes=1000))


def test_undecodable_file(tmp_path: Path) -> None:
    # 0x81 and 0x8d are undefined in Windows-1252 and invalid as UTF-8.
    expect_error(write(tmp_path, "odd.txt", b"abc \x81\x8d\x81 def"), "cannot decode")


def test_url_that_does_not_resolve() -> None:
    expect_error("http://newslens-test.invalid/article", "cannot resolve")


def test_url_that_times_out() -> None:
    with serve() as base:
        expect_error(f"{base}/slow", "timed out", LoadOptions(timeout=0.5))


@pytest.mark.parametrize(("path", "status"), [("/not-found", "404"), ("/server-error", "500")])
def test_url_error_status(path: str, status: str) -> None:
    with serve() as base:
        expect_error(f"{base}{path}", f"HTTP {status}")


def test_url_that_is_not_text() -> None:
    with serve() as base:
        expect_error(f"{base}/image.png", "image/png, not text or HTML")


def test_url_body_over_the_cap_announced() -> None:
    with serve() as base:
        expect_error(f"{base}/big", "limit", LoadOptions(max_bytes=1000))


def test_url_body_over_the_cap_unannounced() -> None:
    with serve() as base:
        expect_error(f"{base}/big-unannounced", "limit", LoadOptions(max_bytes=1000))


def test_url_redirect_loop_is_cut_off() -> None:
    with serve() as base:
        expect_error(f"{base}/loop", "redirect")


def test_url_redirect_to_another_scheme_is_refused() -> None:
    with serve() as base:
        expect_error(f"{base}/to-ftp", "non-http(s)")


@pytest.mark.parametrize("url", ["ftp://example.com/a.txt", "file:///etc/passwd"])
def test_only_http_and_https(url: str) -> None:
    expect_error(url, "only http:// and https://")


def test_decoding_never_changes_characters_other_than_line_ends() -> None:
    text = "a\u2019b \u00ab c \u00bb \u201e d \u201c\t\u00a0e"
    assert decode_text(text.encode(), "x") == text
