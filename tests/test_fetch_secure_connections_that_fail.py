"""An address whose site cannot be trusted (a self-signed, expired or mismatched certificate)
is a one-line error that says why, in words: not OpenSSL's "[SSL: CERTIFICATE_VERIFY_FAILED]
… (_ssl.c:1006)"."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newslens.errors import NewslensError
from newslens.sources import load_article
from tests.http_server import ARTICLE_HTML, serve

# Made for these tests alone (openssl req -x509, valid for a century): no one trusts it.
SELF_SIGNED = Path(__file__).with_name("self_signed_127.0.0.1.pem")


@contextmanager
def serve_over_tls() -> Iterator[str]:
    class Page(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(ARTICLE_HTML)))
            self.end_headers()
            self.wfile.write(ARTICLE_HTML)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(SELF_SIGNED)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}/story"
    finally:
        server.shutdown()
        server.server_close()


def test_a_site_whose_certificate_is_not_trusted_says_why() -> None:
    with serve_over_tls() as place, pytest.raises(NewslensError) as caught:
        load_article(f"https://{place}")
    message = str(caught.value)
    assert (
        message
        == f"https://{place}: the site's certificate is not trusted: self-signed certificate"
    )


def test_a_secure_address_of_a_plain_server_names_the_failure_in_words() -> None:
    with serve() as base, pytest.raises(NewslensError) as caught:
        load_article(base.replace("http://", "https://") + "/article")
    message = str(caught.value)
    assert message.endswith(": the secure connection failed: wrong version number")
