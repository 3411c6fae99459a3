"""Turning a source (file path, URL or ``-`` for stdin) into an Article.

I/O lives here and nowhere else in the loading path; what the bytes mean is
decided by small pure functions below.
"""

from __future__ import annotations

import re
import sys
import urllib.parse
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
from newslens.decoding import Warn, declared_charset, decode_text, ignore_warning
from newslens.errors import NewslensError, unreadable
from newslens.feeds import article_from_feed, looks_like_feed
from newslens.html_pages import article_from_html
from newslens.wrapping import reply_marks_dropped

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
EMAIL_SUFFIX = ".eml"
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class LoadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 20.0


def load_article(
    source: str, options: LoadOptions | None = None, warn: Warn = ignore_warning
) -> Article:
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


def article_from_email(raw: bytes, *, source: str, warn: Warn = ignore_warning) -> Article:
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
    try:
        scheme = urllib.parse.urlsplit(source).scheme
    except ValueError:  # "http://[::1": a URL still, whose fault the fetch names
        scheme = source.partition(":")[0]
    return scheme.lower() in ("http", "https")


def read_file(path: Path, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise IsADirectoryError(path)
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
    except OSError as exc:
        raise unreadable(path, exc, "an article") from None


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


def article_from_bytes(
    raw: bytes,
    *,
    source: str,
    is_html: bool,
    warn: Warn = ignore_warning,
    charset: str | None = None,
    feed_only: bool = False,
) -> Article:
    """The article in ``raw``; ``feed_only`` for XML a server sent, which is read only when it
    is a news feed (a page of XML otherwise, no story written as text)."""
    name = source_label(source)
    if not raw.strip():
        raise NewslensError(f"{name}: is empty")
    if charset is None:
        charset = declared_charset(raw, is_html)
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
