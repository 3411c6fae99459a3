"""Turning a source (file path, URL or ``-`` for stdin) into an Article.

I/O lives here and nowhere else in the loading path; what the bytes mean is
decided by small pure functions below.
"""

from __future__ import annotations

import codecs
import sys
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from newslens.article import Article, title_from_first_line
from newslens.config import DEFAULT_MAX_BYTES
from newslens.errors import NewslensError

Warn = Callable[[str], None]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
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
    if source == "-":
        raw = read_capped(sys.stdin.buffer, options.max_bytes, "standard input")
        return article_from_bytes(raw, source="-", is_html=looks_like_html(raw), warn=warn)
    scheme = urllib.parse.urlsplit(source).scheme.lower()
    if scheme in ("http", "https"):
        # Imported here: urllib.request and http.client cost every launch ~10 ms otherwise.
        from newslens.fetch import HTML_CONTENT_TYPES, fetch_url

        raw, content_type = fetch_url(source, options.max_bytes, options.timeout)
        return article_from_bytes(
            raw, source=source, is_html=content_type in HTML_CONTENT_TYPES, warn=warn
        )
    if "://" in source:
        raise NewslensError(f"{source}: only http:// and https:// URLs can be opened")
    path = Path(source)
    raw = read_file(path, options.max_bytes)
    is_html = path.suffix.lower() in HTML_SUFFIXES or looks_like_html(raw)
    return article_from_bytes(raw, source=source, is_html=is_html, warn=warn)


def read_file(path: Path, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise NewslensError(f"{path}: is a directory, not an article")
        size = path.stat().st_size
        if size > max_bytes:
            raise NewslensError(
                f"{path}: file is {size:,} bytes, over the {max_bytes:,}-byte limit "
                "(raise [loading] max_bytes in config.toml)"
            )
        with path.open("rb") as handle:
            return read_capped(handle, max_bytes, str(path))
    except FileNotFoundError:
        raise NewslensError(f"{path}: no such file") from None
    except PermissionError:
        raise NewslensError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise NewslensError(f"{path}: is a directory, not an article") from None
    except OSError as exc:
        raise NewslensError(f"{path}: cannot read: {exc.strerror or exc}") from None


def read_capped(handle: IO[bytes], max_bytes: int, name: str) -> bytes:
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


def decode_text(raw: bytes, name: str, warn: Warn = _ignore) -> str:
    """Decode by BOM, then UTF-8, then a legacy 8-bit code page (with a warning).

    Characters are kept as they are: only the BOM goes and line endings become
    ``\\n``, so offsets into the result are offsets into the file's text.
    """
    if raw.startswith(codecs.BOM_UTF8):
        text = _decode(raw[len(codecs.BOM_UTF8) :], "utf-8", name)
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(raw, "utf-16", name)
    else:
        if b"\x00" in raw:
            raise NewslensError(f"{name}: looks like a binary file (it has NUL bytes)")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode(raw, "cp1252", name)
            warn(f"{name}: not UTF-8; read as Windows-1252 (Western European)")
    if "\x00" in text:
        raise NewslensError(f"{name}: looks like a binary file (it has NUL characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise NewslensError(
            f"{name}: cannot decode the text (not UTF-8, UTF-16 or Windows-1252; "
            f"bad byte at {exc.start})"
        ) from None


def article_from_bytes(raw: bytes, *, source: str, is_html: bool, warn: Warn = _ignore) -> Article:
    if not raw.strip():
        raise NewslensError(f"{source}: is empty")
    text = decode_text(raw, source, warn)
    if is_html:
        return article_from_html(text, source)
    if not text.strip():
        raise NewslensError(f"{source}: is empty")
    return Article(text=text, title=title_from_first_line(text), source=source)


def article_from_html(html: str, source: str) -> Article:
    """The main text of an HTML page, with its title, author and date (trafilatura)."""
    # Imported here: trafilatura pulls in lxml and friends, ~0.2 s that plain text never needs.
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        raise NewslensError(f"{source}: no article text found in the HTML")
    return Article(
        text=text,
        title=getattr(document, "title", None) or title_from_first_line(text),
        byline=getattr(document, "author", None),
        date=getattr(document, "date", None),
        source=source,
    )
