"""A local HTTP server on 127.0.0.1 that misbehaves on request, for URL loading tests."""

from __future__ import annotations

import ssl
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_HTML = b"""<!doctype html>
<html><head><title>Harbour dredging to resume</title>
<meta name="author" content="Ines Varga">
<meta name="date" content="2026-03-14">
</head><body>
<nav>Home | News | Sport</nav>
<article><h1>Harbour dredging to resume</h1>
<p>Dredging of the north harbour will resume in April after a two-year pause, the port authority said on Friday.</p>
<p>"The channel is now 40 centimetres shallower than it should be," said harbour master Tomas Lind. "Larger ferries cannot dock at low tide."</p>
<p>The work is expected to cost about 4.2 million euros and take nine weeks, according to the authority's annual report.</p>
</article><footer>Copyright Example Gazette</footer></body></html>
"""


Pages = Mapping[str, tuple[bytes, str]]  # path → (body, Content-Type)


class _Server(ThreadingHTTPServer):
    def __init__(self, pages: Pages) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.pages = pages
        self.released = threading.Event()  # set by GET /release: /held then answers

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gave up (a timeout under test) leaves a broken pipe: expected.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(
        self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8"
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # the test URLs are named after what they do
        routes = {
            "/article.html": lambda: self._send(200, ARTICLE_HTML),
            "/plain.txt": lambda: self._send(
                200, "Headline\n\nBody “quoted”.\n".encode(), "text/plain; charset=utf-8"
            ),
            "/not-found": lambda: self._send(404, b"gone"),
            "/server-error": lambda: self._send(500, b"oops"),
            "/image.png": lambda: self._send(200, b"\x89PNG\r\n\x1a\n", "image/png"),
            "/big": lambda: self._send(200, b"<html>" + b"a" * 5000 + b"</html>"),
            "/big-unannounced": self._stream_unannounced,
            "/slow": self._slow,
            "/held": self._held,
            "/release": self._release,
            "/trickle": self._trickle,
            "/trickle-headers": self._trickle_headers,
            "/loop": lambda: self._redirect("/loop"),
            "/to-ftp": lambda: self._redirect("ftp://127.0.0.1/file.txt"),
            "/redirect-once": lambda: self._redirect("/article.html"),
            "/user-agent": lambda: self._send(
                200, self.headers.get("User-Agent", "").encode(), "text/plain"
            ),
        }
        if self.path.startswith("/hops/"):
            self._slow_hop(int(self.path.removeprefix("/hops/")))
            return
        if self.path in self.server.pages:
            body, content_type = self.server.pages[self.path]
            self._send(200, body, content_type)
            return
        routes.get(self.path, lambda: self._send(404, b"no route"))()

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _held(self) -> None:
        # As long as the test wants a page under way, and no longer: no guessing at timing.
        self.server.released.wait(60)
        self._send(200, ARTICLE_HTML)

    def _release(self) -> None:
        self.server.released.set()
        self._send(200, b"released", "text/plain")

    def _slow(self) -> None:
        time.sleep(3)
        self._send(200, b"too late")

    # Each of these is quick between two pieces, and slow in all (3 s): only a deadline for
    # the whole fetch stops them, not a timeout for each read.
    def _trickle(self) -> None:
        body = b"Headline\n\nA piece at a time.\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self._dribble([body[n : n + 2] for n in range(0, len(body), 2)])

    def _trickle_headers(self) -> None:
        self._dribble(
            [
                b"HTTP/1.1 200 OK\r\n",
                *(b"X-Padding-%d: a\r\n" % n for n in range(13)),
                b"Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nlate\n",
            ]
        )

    def _slow_hop(self, left: int) -> None:
        time.sleep(0.6)
        if left:
            self._redirect(f"/hops/{left - 1}")
        else:
            self._send(200, ARTICLE_HTML)

    def _dribble(self, pieces: list[bytes]) -> None:
        try:
            for piece in pieces:
                self.wfile.write(piece)
                self.wfile.flush()
                time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _stream_unannounced(self) -> None:
        # No Content-Length: the cap must hold while reading, not only from headers.
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        for _ in range(10):
            self.wfile.write(b"b" * 1000)
        self.wfile.flush()


@contextmanager
def serve(pages: Pages | None = None, tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """Serve on an ephemeral port, with the test's own ``pages`` too, over ``tls`` if given;
    yields the base URL."""
    server = _Server(pages or {})
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"
    finally:
        # A request still held would keep its handler thread waiting for a minute after the
        # test; a test after it that needs this process to have one thread would not get it.
        server.released.set()
        server.shutdown()
        server.server_close()
