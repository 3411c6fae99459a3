"""Turning a source (file path, URL or ``-`` for stdin) into an Article.

I/O lives here and nowhere else in the loading path; what the bytes mean is
decided by small pure functions below.
"""

from __future__ import annotations

import codecs
import re
import sys
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from newslens.article import STDIN, Article, source_label
from newslens.boilerplate import (
    byline_under_headline,
    date_under_headline,
    headline_and_date,
    press_release_issuer,
    subject_title,
    title_past_furniture,
    written_date,
)
from newslens.config import DEFAULT_MAX_BYTES
from newslens.errors import NewslensError
from newslens.feeds import article_from_feed, looks_like_feed
from newslens.html_pages import article_from_html
from newslens.wording import counted
from newslens.wrapping import reply_marks_dropped

Warn = Callable[[str], None]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
EMAIL_SUFFIX = ".eml"
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class LoadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 20.0


def _ignore(_: str) -> None:
    pass


def load_article(source: str, options: LoadOptions | None = None, warn: Warn = _ignore) -> Article:
    """Load one source into an Article, or raise NewslensError saying what is wrong."""
    options = options or LoadOptions()
    if source == STDIN:
        raw = read_capped(sys.stdin.buffer, options.max_bytes, source_label(STDIN))
        return article_from_bytes(raw, source=STDIN, is_html=looks_like_html(raw), warn=warn)
    if is_url(source):
        # Imported here: urllib.request and http.client cost every launch ~10 ms otherwise.
        from newslens.fetch import (
            FEED_CONTENT_TYPES,
            HTML_CONTENT_TYPES,
            XML_CONTENT_TYPES,
            fetch_url,
        )

        page = fetch_url(source, options.max_bytes, options.timeout)
        return article_from_bytes(
            page.body,
            source=source,
            is_html=page.media_type in HTML_CONTENT_TYPES,
            warn=warn,
            charset=page.charset,
            feed_only=page.media_type in FEED_CONTENT_TYPES + XML_CONTENT_TYPES,
        )
    if "://" in source:
        raise NewslensError(f"{source}: only http:// and https:// URLs can be opened")
    path = Path(source)
    raw = read_file(path, options.max_bytes)
    if path.suffix.lower() == EMAIL_SUFFIX:
        return article_from_email(raw, source=source, warn=warn)
    is_html = path.suffix.lower() in HTML_SUFFIXES or looks_like_html(raw)
    return article_from_bytes(raw, source=source, is_html=is_html, warn=warn)


def article_from_email(raw: bytes, *, source: str, warn: Warn = _ignore) -> Article:
    """The article an email saved as a .eml file carries: its body, its text part if it has
    one (its HTML part else) decoded from the transfer encoding it was sent in, titled by
    its subject and dated by when it was sent."""
    # Imported here: the email package costs every launch a few milliseconds otherwise.
    import email
    import email.policy

    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not message.keys():
        return article_from_bytes(raw, source=source, is_html=looks_like_html(raw), warn=warn)
    body = message.get_body(preferencelist=("plain", "html"))
    content = None if body is None else body.get_payload(decode=True)
    if body is None or not isinstance(content, bytes):
        raise NewslensError(f"{source_label(source)}: an email with no text or HTML part")
    article = article_from_bytes(
        content,
        source=source,
        is_html=body.get_content_subtype() == "html",
        warn=warn,
        charset=body.get_content_charset(),
    )
    subject = subject_title(str(message.get("subject") or ""))
    sent = written_date(str(message.get("date") or ""))
    return replace(article, title=subject or article.title, date=sent or article.date)


def is_url(source: str) -> bool:
    """Whether the source is one newslens fetches (http or https), not a file."""
    return urllib.parse.urlsplit(source).scheme.lower() in ("http", "https")


def read_file(path: Path, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise NewslensError(f"{path}: is a directory, not an article")
        size = path.stat().st_size
        if size > max_bytes:
            raise NewslensError(
                f"{path}: file is {size:,} bytes, over the {max_bytes:,}-byte limit "
                "(raise it with --max-bytes or [loading] max_bytes in config.toml)"
            )
        with path.open("rb") as handle:
            return read_capped(handle, max_bytes, str(path))
    except FileNotFoundError:
        raise NewslensError(f"{path}: no such file{_address_hint(str(path))}") from None
    except PermissionError:
        raise NewslensError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise NewslensError(f"{path}: is a directory, not an article") from None
    except OSError as exc:
        raise NewslensError(f"{path}: cannot read: {exc.strerror or exc}") from None


# A web host where a file's name was expected: "www.…", or a name ending in a top-level domain
# with a path after it ("bbc.co.uk/news/…"); "v1.2/notes.txt" is a folder.
_WEB_ADDRESS = re.compile(r"www\.[^/\s]+(/\S*)?|[\w-]+(\.[\w-]+)*\.[a-z]{2,}/\S*", re.IGNORECASE)


def _address_hint(name: str) -> str:
    """An address typed without https:// is no file: say how it opens as a page."""
    return f" (a web page? https://{name})" if _WEB_ADDRESS.fullmatch(name) else ""


class Readable(Protocol):
    def read(self, size: int, /) -> bytes: ...


def read_capped(handle: Readable, max_bytes: int, name: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while chunk := handle.read(_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise NewslensError(f"{name}: more than the {max_bytes:,}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def looks_like_html(raw: bytes) -> bool:
    head = raw[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:200]


def decode_text(raw: bytes, name: str, warn: Warn = _ignore, charset: str | None = None) -> str:
    """Decode by BOM, then the declared charset, then UTF-8, then Windows-1252, then UTF-8
    with its few stray bytes replaced (either of the last two with a warning).

    Characters are kept as they are: only the BOM goes and line endings become
    ``\\n``, so offsets into the result are offsets into the file's text.
    """
    kind = _document_kind(raw)
    if kind is not None:
        raise NewslensError(f"{name}: {kind}, not text; copy its text into a file and open that")
    if raw.startswith(codecs.BOM_UTF8):
        text = _decode_utf_8(raw[len(codecs.BOM_UTF8) :], name, warn)
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(raw, "utf-16", name)
    elif charset is not None:
        text = _decode_declared(raw, charset, name, warn)
    else:
        if b"\x00" in raw:
            raise NewslensError(f"{name}: looks like a binary file (it has NUL bytes)")
        text, used = _decode_undeclared(raw, name, warn)
        if used == _CP1252:
            warn(f"{name}: not UTF-8; read as {used}")
    if "\x00" in text:
        raise NewslensError(f"{name}: looks like a binary file (it has NUL characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CP1252 = "Windows-1252 (Western European)"

# The documents users bring that newslens does not read, told by the bytes they open with: a
# user given "has NUL bytes" or "bad byte at 10" for a PDF would not know what to do instead.
_DOCUMENT_KINDS = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (a Word, OpenDocument or EPUB file is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Office document"),
)


def _document_kind(raw: bytes) -> str | None:
    return next((kind for magic, kind in _DOCUMENT_KINDS if raw.startswith(magic)), None)


# What browsers decode (the WHATWG Encoding Standard) where a server names a narrower
# legacy charset: pages labelled ISO-8859-1 or ASCII are written in Windows-1252 (curly
# quotes at 0x93/0x94), GB2312 pages in GBK, and so on.
_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}
# Windows-1252 as browsers read it: the five bytes Python's cp1252 leaves undefined are
# the C1 controls of ISO-8859-1 (shown as placeholders in the reader), not an error.
_WINDOWS_1252 = {
    code: bytes([code]).decode("cp1252", errors="ignore") or chr(code) for code in range(0x80, 0xA0)
}


def _decode_declared(raw: bytes, charset: str, name: str, warn: Warn) -> str:
    """Decode by the charset a server declared; bytes that do not fit it mean the
    declaration is wrong, and the text is read as if none had been made."""
    try:
        codec = _codec_browsers_read(charset)
        codec = _SUPERSETS.get(codec, codec)
        if codec == "cp1252":
            return _decode_windows_1252(raw, charset, name, warn)
        return raw.decode(codec)
    except LookupError:  # no such codec, or one that is not a text encoding ("base64")
        raise NewslensError(f"{name}: sent in an unknown charset {charset!r}") from None
    except UnicodeDecodeError:
        text, used = _decode_undeclared(raw, name, warn)
        if used == _CP1252:
            warn(f"{name}: not valid {charset} as declared; read as {used}")
        return text


# <meta charset="…"> and <meta http-equiv="Content-Type" content="text/html; charset=…">, which
# a page must write within its first 1024 bytes (the WHATWG "prescan").
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# An XML file's declaration, which must open it: <?xml version="1.0" encoding="ISO-8859-1"?>.
_XML_ENCODING = re.compile(rb"""\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']""")


def _declared_charset(raw: bytes, is_html: bool) -> str | None:
    """The charset an HTML page declares in its head, or an XML file (a news feed) in its
    declaration, as browsers take it, or None.

    Like browsers, a label that names no text encoding is passed over, and UTF-16 is read
    as UTF-8: a file whose declaration could be read at all is not in UTF-16.
    """
    found = _META_CHARSET.search(raw[:1024]) if is_html else _XML_ENCODING.match(raw, 0, 1024)
    if found is None:
        return None
    label = found.group(1).decode("ascii")
    try:
        "".encode(label)  # LookupError for a name no codec has, or one like "base64"
        codec = _codec_browsers_read(label)
    except LookupError:
        return None
    return "utf-8" if codec.startswith(("utf-16", "utf-32")) else label


# Codecs Python has for labels no browser reads: UTF-7 ("+2AA-" decodes to half a character,
# which nothing can write out again) and Python's escape codecs (a written "\x1b" as an ESC).
_NO_BROWSER_READS = frozenset({"utf-7", "unicode-escape", "raw-unicode-escape"})


def _codec_browsers_read(label: str) -> str:
    """The name of the codec ``label`` names; LookupError if none, or none a browser reads."""
    codec = codecs.lookup(label).name
    if codec in _NO_BROWSER_READS:
        raise LookupError(label)
    return codec


def _decode_windows_1252(raw: bytes, charset: str, name: str, warn: Warn) -> str:
    # Servers long labelled every page ISO-8859-1 by default, UTF-8 ones too; bytes that are
    # valid UTF-8 beyond ASCII are practically never Western European text.
    if not raw.isascii():
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            warn(f"{name}: declared {charset}, but the text is UTF-8; read as UTF-8")
            return text
    return raw.decode("latin-1").translate(_WINDOWS_1252)


def _decode_undeclared(raw: bytes, name: str, warn: Warn) -> tuple[str, str]:
    """The text, and the encoding that read it: UTF-8, else Windows-1252, else UTF-8 with
    the bytes that are neither shown as replacement characters."""
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    replaced = raw.decode("utf-8", errors="replace")
    if not _mostly_utf_8(replaced):
        try:
            return raw.decode("cp1252"), _CP1252
        except UnicodeDecodeError:
            pass
    return _with_strays(raw, replaced, first_bad, name, warn), "UTF-8"


def _mostly_utf_8(replaced: str) -> bool:
    """Whether text read as UTF-8, its bad bytes replaced, holds more well-formed characters
    beyond ASCII than replacements: curly quotes and accents written in UTF-8 around one
    stray byte 0x93. Read as Windows-1252, every one of them would be garbled ("â€œ") for one
    stray byte; a file written in Windows-1252 has next to none."""
    marks = replaced.count("\ufffd")
    beyond_ascii = len(replaced) - len(replaced.encode("ascii", errors="ignore"))
    return beyond_ascii - marks > marks


# A byte Windows-1252 leaves undefined (0x81, 0x8D) in UTF-8 text is a stray left by a bad
# copy: a few of them are shown as replacement characters, the rest of the text as written.
# More than this share of them, and the bytes are no text in any encoding newslens reads.
_MAX_STRAY_SHARE = 0.05


def _decode_utf_8(raw: bytes, name: str, warn: Warn) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    return _with_strays(raw, raw.decode("utf-8", errors="replace"), first_bad, name, warn)


def _with_strays(raw: bytes, replaced: str, first_bad: int, name: str, warn: Warn) -> str:
    """``replaced``, the UTF-8 reading of ``raw`` with its bad bytes replaced, if they are few
    (with a warning); else the error for bytes that are no text."""
    stray = replaced.count("\ufffd") - raw.count("\ufffd".encode())
    if stray > _MAX_STRAY_SHARE * len(replaced):
        raise _undecodable(name, first_bad)
    warn(f"{name}: not valid UTF-8 in {counted(stray, 'place')}, shown as U+FFFD; read as UTF-8")
    return replaced


def _decode(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(name, exc.start) from None


def _undecodable(name: str, bad_byte: int) -> NewslensError:
    return NewslensError(
        f"{name}: cannot decode the text (not UTF-8, UTF-16 or Windows-1252; "
        f"bad byte at {bad_byte})"
    )


def article_from_bytes(
    raw: bytes,
    *,
    source: str,
    is_html: bool,
    warn: Warn = _ignore,
    charset: str | None = None,
    feed_only: bool = False,
) -> Article:
    """The article in ``raw``; ``feed_only`` for XML a server sent, which is read only when it
    is a news feed (a page of XML otherwise, no story written as text)."""
    name = source_label(source)
    if not raw.strip():
        raise NewslensError(f"{name}: is empty")
    if charset is None:
        charset = _declared_charset(raw, is_html)
    text = decode_text(raw, name, warn, charset)
    if is_html:
        return article_from_html(text, source, warn)
    if not text.strip():
        raise NewslensError(f"{name}: is empty")
    if looks_like_feed(text):
        item = article_from_feed(text, source, warn)
        if item is not None:
            return item
    if feed_only:
        raise NewslensError(f"{name}: sent XML that is not a news feed newslens can read")
    head = reply_marks_dropped(text)
    title, dated = headline_and_date(title_past_furniture(head))
    return Article(
        text=text,
        title=title,
        byline=byline_under_headline(head) or press_release_issuer(head),
        date=date_under_headline(head) or dated,
        source=source,
    )
