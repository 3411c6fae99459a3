"""Loading an article from files, URLs and stdin: what arrives, and every way it can fail."""

from __future__ import annotations

import codecs
import io
import os
import sys
from pathlib import Path

import pytest

from newslens.decoding import decode_text
from newslens.errors import NewslensError
from newslens.fetch import USER_AGENT
from newslens.sources import LoadOptions, load_article
from tests.cli_run import assert_one_line_error, run
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


BUDGET_HTML = b"""<!doctype html>
<html><head><title>Council passes 2026 budget</title></head><body>
<nav><table><tr><td><a href="/">Home</a></td><td><a href="/news">News</a></td>
<td><a href="/sport">Sport</a></td></tr></table></nav>
<header><table><tr><td>FTSE 100</td><td>7,512</td><td>+0.3%</td></tr>
<tr><td>Brent</td><td>82.10</td><td>-0.1%</td></tr></table></header>
<article><h1>Council passes 2026 budget</h1>
<p>The city council approved a budget of 412 million euros on Thursday, with spending on
schools rising by 6 percent.</p>
<table>
<caption>Spending by department, million euros</caption>
<thead><tr><th>Department</th><th>2025</th><th>2026</th><th>Change</th></tr></thead>
<tbody>
<tr><td>Schools<br>(incl. nurseries)</td><td>120.5</td><td>127.7</td><td>+6.0%</td></tr>
<tr><td>Transport</td><td></td><td>85.1</td><td>-3.3%</td></tr>
<tr><td><p>Housing</p><p>and planning</p></td><td><a href="/h">64.2</a></td>
<td><b>70.0</b></td><td>+9.0%</td></tr>
</tbody></table>
<p>"This is the largest investment in classrooms for a decade," said finance chair Oskar
Brandt.</p>
<table><tr><td><a href="/a">Read more: How the council works</a></td></tr>
<tr><td><a href="/b">Read more: Last year's budget</a></td></tr></table>
</article>
<aside><table><tr><th>Most read</th></tr><tr><td>1</td><td><a href="/c">Mayor resigns</a></td></tr>
<tr><td>2</td><td><a href="/d">Bridge closed</a></td></tr></table></aside>
<footer><table><tr><td>Copyright Example Gazette</td><td><a href="/privacy">Privacy</a></td>
<td><a href="/contact">Contact</a></td></tr></table></footer>
</body></html>
"""


def test_html_table_of_figures_is_kept_one_line_a_row(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "budget.html", BUDGET_HTML))
    assert article.text.splitlines() == [
        "The city council approved a budget of 412 million euros on Thursday, with spending on "
        "schools rising by 6 percent.",
        "Spending by department, million euros",
        "Department | 2025 | 2026 | Change",
        "Schools (incl. nurseries) | 120.5 | 127.7 | +6.0%",
        "Transport |  | 85.1 | -3.3%",
        "Housing and planning | 64.2 | 70.0 | +9.0%",
        '"This is the largest investment in classrooms for a decade," said finance chair Oskar '
        "Brandt.",
    ]


def test_html_laid_out_in_a_table_is_read_a_paragraph_at_a_time(tmp_path: Path) -> None:
    # The page's whole text in one table cell, its menu in another (as newsletters' web
    # versions and old sites are laid out): the story's paragraphs and its table of figures
    # are read as on any page, and the menu's cell is left out.
    page = b"""<!doctype html><html><head><title>Ferry fares rise</title></head><body>
<table><tr><td><a href="/">Home</a><br><a href="/news">News</a></td><td>
<h1>Ferry fares rise</h1>
<p>Ferry fares to the islands will rise by 8 percent in June, the operator said on Monday,
blaming the price of fuel.</p>
<p>"We held prices for two years," said chief executive Mona Berg.</p>
<table><tr><th>Route</th><th>Now</th><th>June</th></tr><tr><td>North</td><td>12.00</td>
<td>12.96</td></tr><tr><td>South</td><td>9.50</td><td>10.26</td></tr></table>
</td></tr></table></body></html>"""
    article = load_article(write(tmp_path, "layout.html", page))
    assert article.text.splitlines() == [
        "Ferry fares to the islands will rise by 8 percent in June, the operator said on Monday, "
        "blaming the price of fuel.",
        '"We held prices for two years," said chief executive Mona Berg.',
        "Route | Now | June",
        "North | 12.00 | 12.96",
        "South | 9.50 | 10.26",
    ]


def test_html_of_only_a_table_of_figures_has_no_article(tmp_path: Path) -> None:
    page = b"""<!doctype html><html><head><title>Fares</title></head><body>
<table><tr><th>Route</th><th>Now</th><th>June</th></tr><tr><td>North</td><td>12.00</td>
<td>12.96</td></tr><tr><td>South</td><td>9.50</td><td>10.26</td></tr></table></body></html>"""
    expect_error(write(tmp_path, "fares.html", page), "no article text found")


@pytest.mark.parametrize(
    "body",
    [
        "<nav>Home</nav>",
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>',
        '<a href="/">Home</a>',
    ],
)
def test_html_of_only_navigation_has_no_article(tmp_path: Path, body: str) -> None:
    page = f"<!doctype html><html><head><title>Kellbridge Echo</title></head><body>{body}"
    source = write(tmp_path, "home.html", f"{page}</body></html>".encode())
    assert_one_line_error(run("extract", source), "no article text found")


def test_html_of_a_menu_over_a_short_story_keeps_the_story(tmp_path: Path) -> None:
    page = b"""<!doctype html><html><body><nav>Home</nav>
<p>The ferry will run four crossings a day from December, the operator said.</p></body></html>"""
    article = load_article(write(tmp_path, "ferry.html", page))
    assert article.text == (
        "The ferry will run four crossings a day from December, the operator said."
    )


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


# A declared charset is what the server says the bytes mean: Latin-1 é is the byte 0xE9,
# which read as UTF-8 (or guessed as Windows-1252 only with a warning) would not be é.
LATIN_TEXT = "Caf\u00e9 au lait co\u00fbte 2,50 \u20ac \u00e0 Montr\u00e9al, dit-elle.\n"


@pytest.mark.parametrize(
    ("content_type", "body", "text"),
    [
        (
            "text/plain; charset=iso-8859-1",
            "Caf\u00e9 \u00e0 Montr\u00e9al.\n".encode("latin-1"),
            "Caf\u00e9 \u00e0 Montr\u00e9al.\n",
        ),
        ("text/plain; charset=windows-1252", LATIN_TEXT.encode("cp1252"), LATIN_TEXT),
        ('text/plain; charset="ISO-8859-15"', LATIN_TEXT.encode("iso-8859-15"), LATIN_TEXT),
        (
            "text/plain; charset=koi8-r",
            "\u0426\u0435\u043d\u044b.\n".encode("koi8-r"),
            "\u0426\u0435\u043d\u044b.\n",
        ),
        (
            "text/plain; charset=utf-16-le",
            "Prices \u201crose\u201d.\n".encode("utf-16-le"),
            "Prices \u201crose\u201d.\n",
        ),
    ],
)
def test_url_text_is_decoded_with_its_declared_charset(
    content_type: str, body: bytes, text: str
) -> None:
    warnings: list[str] = []
    with serve({"/page.txt": (body, content_type)}) as base:
        article = load_article(f"{base}/page.txt", warn=warnings.append)
    assert article.text == text
    assert warnings == []


def _html_page(title: str, first: str, second: str) -> str:
    # No <meta charset>: the header is all that says how to read the bytes.
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        "<nav>Home | News | Sport</nav><article>"
        f"<h1>{title}</h1><p>{first}</p><p>{second}</p>"
        "</article><footer>Copyright Example Gazette</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("charset", "title", "first", "second"),
    [
        (
            "windows-1252",
            "Caf\u00e9 prices",
            "A caf\u00e9 cr\u00e8me now costs 3,20 \u20ac in Montr\u00e9al, up by a fifth "
            "since the spring, the owners\u2019 association said on Monday.",
            "\u201cWe had no choice,\u201d said Am\u00e9lie Fortin, who runs a caf\u00e9 near "
            "the old port and has raised her prices twice this year.",
        ),
        (
            "iso-8859-1",
            "Caf\u00e9 prices",
            "A caf\u00e9 cr\u00e8me now costs 3,20 euros in Montr\u00e9al, up by a fifth "
            "since the spring, the owners' association said on Monday.",
            '"We had no choice," said Am\u00e9lie Fortin, who runs a caf\u00e9 near '
            "the old port and has raised her prices twice this year.",
        ),
        (
            "iso-8859-2",
            "\u0141\u00f3d\u017a tram fares",
            "Tram fares in \u0141\u00f3d\u017a will rise to 5 z\u0142oty in May, the city "
            "council said on Wednesday, the first rise since 2019.",
            '"It is unavoidable," said deputy mayor Ma\u0142gorzata Ko\u015bci\u0144ska, '
            "who is responsible for public transport in the city.",
        ),
    ],
)
def test_url_html_is_decoded_with_the_charset_of_its_header(
    charset: str, title: str, first: str, second: str
) -> None:
    warnings: list[str] = []
    body = _html_page(title, first, second).encode(charset)
    with serve({"/page.html": (body, f"text/html; charset={charset}")}) as base:
        article = load_article(f"{base}/page.html", warn=warnings.append)
    assert article.title == title
    assert first in article.text and second in article.text
    assert warnings == []


def test_url_labelled_latin1_is_read_as_browsers_do() -> None:
    # Pages labelled ISO-8859-1 are written in Windows-1252 (its curly quotes at 0x93/0x94);
    # 0x81 is undefined there, and shown as the C1 control ISO-8859-1 gives it.
    body = b"\x93Yes,\x94 he said \x81 twice.\n"
    with serve({"/page.txt": (body, "text/plain; charset=iso-8859-1")}) as base:
        article = load_article(f"{base}/page.txt")
    assert article.text == "\u201cYes,\u201d he said \x81 twice.\n"


def test_url_labelled_latin1_but_written_in_utf8_is_read_as_utf8_with_a_warning() -> None:
    warnings: list[str] = []
    with serve({"/page.txt": (CURLY.encode(), "text/plain; charset=ISO-8859-1")}) as base:
        article = load_article(f"{base}/page.txt", warn=warnings.append)
    assert article.text == CURLY
    assert len(warnings) == 1 and "UTF-8" in warnings[0]


def test_url_whose_bytes_do_not_fit_its_charset_is_read_by_the_usual_rules() -> None:
    warnings: list[str] = []
    body = "Caf\u00e9 \u201cprices\u201d.\n".encode("cp1252")
    with serve({"/page.txt": (body, "text/plain; charset=utf-8")}) as base:
        article = load_article(f"{base}/page.txt", warn=warnings.append)
    assert article.text == "Caf\u00e9 \u201cprices\u201d.\n"
    assert len(warnings) == 1 and "utf-8" in warnings[0] and "Windows-1252" in warnings[0]


def test_a_byte_order_mark_outweighs_the_declared_charset() -> None:
    body = codecs.BOM_UTF8 + CURLY.encode()
    with serve({"/page.txt": (body, "text/plain; charset=iso-8859-1")}) as base:
        assert load_article(f"{base}/page.txt").text == CURLY


# An HTML file says its charset in its head, and is read in it as a browser reads it.
POLISH = "Minister \u0141ukasz \u017b\u00f3\u0142\u0107 powiedzia\u0142, \u017ce bud\u017cet wzro\u015bnie o 4 procent."


def html_page(meta: str, paragraph: str = POLISH) -> str:
    return (
        f"<!doctype html><html><head>{meta}<title>Budget</title></head><body><article>"
        f"<p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="iso-8859-2">',
        "<META CHARSET=ISO-8859-2>",
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">',
        # past the first 1024 bytes, after a long style, where a browser still reads it
        "<style>" + "p.lede { margin: 0 0 1em; }" * 60 + '</style><meta charset="iso-8859-2">',
    ],
)
def test_html_file_is_read_in_the_charset_its_meta_tag_declares(tmp_path: Path, meta: str) -> None:
    warnings: list[str] = []
    path = write(tmp_path, "budzet.html", html_page(meta).encode("iso-8859-2"))
    article = load_article(path, warn=warnings.append)
    assert POLISH in article.text
    assert warnings == []


def test_html_file_with_a_long_head_and_no_meta_charset_is_read_as_utf_8(tmp_path: Path) -> None:
    # near miss: a long head with no declaration in it is read by the rules for files
    warnings: list[str] = []
    page = html_page("<style>" + "p.lede { margin: 0 0 1em; }" * 60 + "</style>")
    path = write(tmp_path, "budzet.html", page.encode())
    assert POLISH in load_article(path, warn=warnings.append).text
    assert warnings == []


def test_a_byte_order_mark_outweighs_the_meta_charset(tmp_path: Path) -> None:
    raw = codecs.BOM_UTF8 + html_page('<meta charset="iso-8859-2">').encode()
    assert POLISH in load_article(write(tmp_path, "budzet.html", raw)).text


def test_html_file_whose_bytes_do_not_fit_its_meta_charset_is_read_with_a_warning(
    tmp_path: Path,
) -> None:
    warnings: list[str] = []
    cafe = "Caf\u00e9 owners said prices rose \u201csharply\u201d this year."
    path = write(tmp_path, "cafe.html", html_page('<meta charset="utf-8">', cafe).encode("cp1252"))
    assert cafe in load_article(path, warn=warnings.append).text
    assert len(warnings) == 1
    assert "not valid utf-8 as declared; read as Windows-1252" in warnings[0]


@pytest.mark.parametrize("label", ["x-no-such-charset", "base64"])
def test_html_file_with_an_unknown_meta_charset_is_read_by_the_file_rules(
    tmp_path: Path, label: str
) -> None:
    path = write(tmp_path, "budzet.html", html_page(f'<meta charset="{label}">').encode())
    assert POLISH in load_article(path).text


def test_url_without_a_charset_header_is_read_in_its_meta_charset() -> None:
    page = (html_page('<meta charset="iso-8859-2">').encode("iso-8859-2"), "text/html")
    with serve({"/budzet.html": page}) as base:
        assert POLISH in load_article(f"{base}/budzet.html").text


# -- what fails, and how it says so ------------------------------------------


def expect_error(source: str, fragment: str, options: LoadOptions | None = None) -> None:
    with pytest.raises(NewslensError) as caught:
        load_article(source, options)
    message = str(caught.value)
    assert fragment in message
    assert "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    expect_error(str(tmp_path / "nope.txt"), "no such file")


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        ("www.example.com/news/flood", " (a web page? https://www.example.com/news/flood)"),
        ("www.example.com", " (a web page? https://www.example.com)"),
        ("bbc.co.uk/news/uk-123", " (a web page? https://bbc.co.uk/news/uk-123)"),
        ("notes.txt", ""),
        ("drafts/flood.txt", ""),
        ("v1.2/flood.txt", ""),
    ],
)
def test_a_missing_file_named_like_a_web_address_says_how_to_open_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str, hint: str
) -> None:
    # An address typed without https:// was "no such file" and nothing more.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NewslensError) as caught:
        load_article(given)
    assert str(caught.value) == f"{given}: no such file{hint}"


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


@pytest.mark.parametrize(
    ("name", "raw", "kind"),
    [
        (
            "report.pdf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 9 >>\nstream\n\x9c\xed",
            "a PDF",
        ),
        ("letter.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00word/document.xml", "a Word"),
        ("minutes.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "Word"),
    ],
)
def test_a_document_that_is_not_text_is_named_with_what_to_do(
    tmp_path: Path, name: str, raw: bytes, kind: str
) -> None:
    # "bad byte at 10" or "has NUL bytes" would leave a user with a PDF at a loss.
    path = write(tmp_path, name, raw)
    expect_error(path, kind)
    expect_error(path, "copy its text into a file")


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


# Each read of these is quick and the whole is slow: a body or headers sent a few bytes at a
# time, a chain of redirects each answered after a while.
@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers", "/hops/4"])
def test_url_timeout_is_a_deadline_for_the_whole_fetch(path: str) -> None:
    with serve() as base:
        expect_error(f"{base}{path}", "timed out after 1 s", LoadOptions(timeout=1))


def test_url_fetch_within_the_deadline_follows_its_redirects() -> None:
    with serve() as base:
        article = load_article(f"{base}/hops/1", LoadOptions(timeout=30))
    assert article.title == "Harbour dredging to resume"


def test_url_that_trickles_past_the_timeout_is_one_line_and_exit_2() -> None:
    with serve() as base:
        result = run("extract", f"{base}/trickle", "--timeout", "1")
    assert_one_line_error(result, "/trickle: timed out after 1 s")


@pytest.mark.parametrize(("path", "status"), [("/not-found", "404"), ("/server-error", "500")])
def test_url_error_status(path: str, status: str) -> None:
    with serve() as base:
        expect_error(f"{base}{path}", f"HTTP {status}")


def test_url_that_is_not_text() -> None:
    with serve() as base:
        expect_error(f"{base}/image.png", "image/png, not text, HTML or a news feed")


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


@pytest.mark.parametrize("charset", ["x-no-such-charset", "base64", "rot13"])
def test_url_in_an_unknown_charset(charset: str) -> None:
    with serve({"/page.txt": (b"Some text.\n", f"text/plain; charset={charset}")}) as base:
        expect_error(f"{base}/page.txt", f"unknown charset {charset!r}")


@pytest.mark.parametrize("url", ["ftp://example.com/a.txt", "file:///etc/passwd"])
def test_only_http_and_https(url: str) -> None:
    expect_error(url, "only http:// and https://")


def test_decoding_never_changes_characters_other_than_line_ends() -> None:
    text = "a\u2019b \u00ab c \u00bb \u201e d \u201c\t\u00a0e"
    assert decode_text(text.encode(), "x") == text
