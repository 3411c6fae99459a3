"""Fetching an article over http(s): one GET with a deadline, a redirect limit and a size cap."""

from __future__ import annotations

import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from http.client import HTTPMessage, HTTPResponse, InvalidURL
from typing import IO

from newslens import __version__
from newslens.errors import NewslensError
from newslens.sources import read_capped

USER_AGENT = f"newslens/{__version__} (terminal news reader; +https://pypi.org/project/newslens/)"
MAX_REDIRECTS = 5
TEXT_CONTENT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
# A news feed's media types (RSS, Atom), read as a feed file is; what is sent as plain XML is
# read only when it is a feed.
FEED_CONTENT_TYPES = ("application/rss+xml", "application/atom+xml")
XML_CONTENT_TYPES = ("text/xml", "application/xml")


@dataclass(frozen=True)
class Fetched:
    """A response body with what its Content-Type says of it."""

    body: bytes
    media_type: str  # "text/html" …
    charset: str | None  # as the server named it ("iso-8859-1"), if it did


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise NewslensError(f"{req.full_url}: redirected to a non-http(s) URL {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(url: str, max_bytes: int, timeout: float) -> Fetched:
    """GET the URL: its body, media type and declared charset, within ``timeout`` seconds
    all told (name lookup, connection, redirects and body).

    urllib's timeout bounds each read only, so a server sending a few bytes a second would
    hold it for ever. The GET runs in a thread of its own, waited for until the deadline
    and then left to stop at its next read.
    """
    deadline = time.monotonic() + timeout
    outcome: list[Fetched | BaseException] = []

    def get() -> None:
        try:
            outcome.append(_get(url, max_bytes, timeout, deadline))
        except BaseException as exc:  # raised again in the caller's thread
            outcome.append(exc)

    worker = threading.Thread(target=get, name=f"newslens GET {url}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive() or not outcome:
        raise NewslensError(f"{url}: timed out after {timeout:g} s")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


class _UntilDeadline:
    """A response read a piece at a time, that stops at the deadline."""

    def __init__(self, response: HTTPResponse, deadline: float) -> None:
        self._response = response
        self._deadline = deadline

    def read(self, size: int) -> bytes:
        if time.monotonic() >= self._deadline:
            raise TimeoutError
        # read1: one read from the socket, where read(size) waits for all ``size`` bytes.
        return self._response.read1(size)


def _get(url: str, max_bytes: int, timeout: float, deadline: float) -> Fetched:
    opener = urllib.request.build_opener(_LimitedRedirects())
    try:
        request = urllib.request.Request(
            url,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html, text/plain;q=0.9, application/rss+xml;q=0.8, "
                "application/atom+xml;q=0.8, text/xml;q=0.5, application/xml;q=0.5",
                "Accept-Encoding": "gzip, deflate",
            },
        )
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset() or None
            read = HTML_CONTENT_TYPES + TEXT_CONTENT_TYPES + FEED_CONTENT_TYPES + XML_CONTENT_TYPES
            if content_type not in read:
                raise NewslensError(f"{url}: sent {content_type}, not text, HTML or a news feed")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise NewslensError(
                    f"{url}: body is {int(length):,} bytes, over the {max_bytes:,}-byte limit"
                )
            body = read_capped(_UntilDeadline(response, deadline), max_bytes, url)
            body = _decompressed(body, response.headers.get("Content-Encoding", ""), max_bytes, url)
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise NewslensError(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
        raise NewslensError(f"{url}: server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise NewslensError(f"{url}: {_describe_url_error(exc.reason, timeout)}") from None
    except TimeoutError:
        raise NewslensError(f"{url}: timed out after {timeout:g} s") from None
    except (ConnectionError, OSError) as exc:
        raise NewslensError(f"{url}: connection failed: {exc}") from None
    except (ValueError, InvalidURL) as exc:
        # urllib's parsing: a bracket left open, a space in the host, a port not a number.
        raise NewslensError(f"{url}: not a URL newslens can fetch ({exc})") from None
    return Fetched(body, content_type, charset)


def _decompressed(body: bytes, encoding: str, max_bytes: int, url: str) -> bytes:
    """The body as the page was written, where the server compressed it (Content-Encoding),
    as some do whatever the request accepts; within the size cap once decompressed too."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise NewslensError(f"{url}: sent compressed as {encoding!r}, which newslens cannot read")
    # 32 + 15: a gzip or a zlib header, which zlib tells apart; then "deflate" sent raw, as
    # some servers send it.
    for window in (32 + zlib.MAX_WBITS, -zlib.MAX_WBITS):
        try:
            page = zlib.decompressobj(window).decompress(body, max_bytes + 1)
        except zlib.error:
            continue
        if len(page) > max_bytes:
            raise NewslensError(f"{url}: more than the {max_bytes:,}-byte limit")
        return page
    raise NewslensError(f"{url}: sent a body that is not the {encoding} data it says it is")


def _describe_url_error(reason: object, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return "cannot resolve the host name"
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    # OpenSSL's own words ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed:
    # self-signed certificate (_ssl.c:1006)") name its source file; what a reader needs is
    # why the site is not trusted ("certificate has expired") and that nothing was read.
    if isinstance(reason, ssl.SSLCertVerificationError):
        why = reason.verify_message or "it could not be verified"
        return f"the site's certificate is not trusted: {why}"
    if isinstance(reason, ssl.SSLError):
        why = (reason.reason or "unknown error").lower().replace("_", " ")
        return f"the secure connection failed: {why}"  # "WRONG_VERSION_NUMBER": plain HTTP
    return f"cannot fetch: {reason}"
