"""Exports: pure functions from (document, annotations) to text, one module per format.

File handling lives in ``files``; everything else here returns strings, so the
reader can export a single article and tests can parse the result directly.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from newslens.annotations.model import Annotation, Document

Item = tuple[Document, list[Annotation]]

FORMATS = ("jsonl", "w3c", "claimreview", "csv", "brat", "html")

# An article known only from `newslens import` until it is opened: the formats that
# need its text say so, on the page and on the command line alike.
NO_TEXT = (
    "its text is not in the store (its annotations were imported without it; "
    "open the article in newslens once to add it)"
)


def printable(text: str, limit: int | None = None) -> str:
    """Untrusted text made safe for a terminal: one line, no control characters."""
    flat = "".join(ch if ch.isprintable() else " " for ch in text)
    flat = " ".join(flat.split())
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return flat


# C0 controls but tab, newline and carriage return become their Unicode "control pictures"
# (U+2400 + code: ESC → ␛, BEL → ␇), DEL becomes ␡ and C1 controls U+FFFD, one character
# for one: HTML does not allow them, and a terminal would act on them (colours, cursor
# moves, OSC 52 clipboard writes). Kept as characters, not dropped, so a reader sees them.
_PICTURES: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if chr(c) not in "\t\n\r"}
_PICTURES[0x7F] = "\u2421"
_PICTURES.update(dict.fromkeys(range(0x80, 0xA0), "\ufffd"))
_CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_PICTURES)) + "]")


def visible_controls(text: str) -> str:
    """``text`` with each control character but tab, newline and CR shown as a picture."""
    # Nearly every text has none: a search is far cheaper than translating it all.
    return text if _CONTROL.search(text) is None else text.translate(_PICTURES)


def source_iri(document: Document) -> str:
    """An IRI for the article: its URL, a file: URI, or a URN naming its text."""
    source = document.source
    if source.startswith(("http://", "https://")):
        return source
    if source.startswith("/"):
        return PurePosixPath(source).as_uri()
    return f"urn:newslens:sha256:{document.fingerprint}"
