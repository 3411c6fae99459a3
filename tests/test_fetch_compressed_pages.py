"""A server may compress a page (Content-Encoding: gzip or deflate) whatever the request
asks for: the page is read as it was written, within the size cap once decompressed; a
compression newslens cannot read is a one-line error."""

from __future__ import annotations

import gzip
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newslens.errors import NewslensError
from newslens.sources import LoadOptions, load_article
from tests.http_server import ARTICLE_HTML

COMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": lambda body: b"\x8b\x03\x80" + body,  # not read: the encoding's name is enough
}


@contextmanager
def serve_compressed(encoding: str, body: bytes = ARTICLE_HTML) -> Iterator[str]:
    data = COMPRESSORS[encoding](body)

    class Compressing(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Compressing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/story"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compressed_page_is_read_as_it_was_written(encoding: str) -> None:
    with serve_compressed(encoding) as url:
        article = load_article(url)
    assert article.title == "Harbour dredging to resume"
    assert "harbour master Tomas Lind" in article.text


def test_a_page_over_the_size_cap_once_decompressed_is_refused() -> None:
    page = ARTICLE_HTML + b" " * 50_000  # compresses to far fewer bytes than the cap
    with serve_compressed("gzip", page) as url, pytest.raises(NewslensError, match="limit"):
        load_article(url, LoadOptions(max_bytes=20_000))


def test_a_compression_newslens_cannot_read_is_named() -> None:
    with serve_compressed("br") as url, pytest.raises(NewslensError, match="'br'"):
        load_article(url)
