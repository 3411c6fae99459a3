"""Exports: pure functions from (document, annotations) to text, one module per format.

File handling lives in ``files``; everything else here returns strings, so the
reader can export a single article and tests can parse the result directly.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from newslens.annotations.model import Annotation, Document, TargetKind
from newslens.control_pictures import PICTURES, replacer
from newslens.sentences import sentence_around

if TYPE_CHECKING:
    from newslens.annotations.anchoring import OrphanReason

Item = tuple[Document, list[Annotation]]

FORMATS = ("jsonl", "w3c", "claimreview", "csv", "brat", "html", "markdown")

# An article known only from `newslens import` until it is opened: the formats that
# need its text say so, on the page and on the command line alike.
NO_TEXT = (
    "its text is not in the store (its annotations were imported without it; "
    "open the article in newslens once to add it)"
)


def why_orphaned(document: Document, annotation: Annotation) -> OrphanReason | None:
    """Why an orphan has no place in its article's stored text; None for a placed
    annotation, or for an article whose text the store lacks (nothing to look in)."""
    if not annotation.orphan or document.text is None:
        return None
    # Imported here: anchoring is needed only by an export with orphans in it, and every
    # launch of newslens imports this module for the names of the formats.
    from newslens.annotations.anchoring import orphan_reason

    return orphan_reason(document.text, annotation)


def stating_sentence(document: Document, annotation: Annotation) -> tuple[int, int] | None:
    """Where the sentence stating a figure runs in its article: a verdict on "nearly 19,000"
    alone says nothing a reader could check. None for any other annotation, an orphan (its
    offsets are stale) or an article whose text the store lacks."""
    if annotation.kind != TargetKind.FIGURE or annotation.orphan or document.text is None:
        return None
    return sentence_around(document.text, annotation.start, annotation.end)


def byline_and_date(document: Document) -> str:
    """What the reader shows under the title ("Hannah Kettle · 2026-11-18"); "" if neither."""
    return " · ".join(part for part in (document.byline, document.date) if part)


def reason_line(reason: OrphanReason) -> str:
    """The reason in one line of plain text, with what the passage reads now if it is there."""
    if reason.passage is None:
        return str(reason)
    return f"{reason}; it now reads “{reason.passage}”"


def printable(text: str, limit: int | None = None) -> str:
    """Untrusted text made safe for a terminal: one line, no control characters."""
    flat = "".join(ch if ch.isprintable() else " " for ch in text)
    flat = " ".join(flat.split())
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return flat


# Control characters but tab, newline and carriage return, shown as pictures
# (newslens.control_pictures): HTML does not allow them, and a terminal would act on them.
_visible = replacer(
    {code: picture for code, picture in PICTURES.items() if chr(code) not in "\t\n\r"}
)


def visible_controls(text: str) -> str:
    """``text`` with each control character but tab, newline and CR shown as a picture."""
    return _visible(text)


def page_breaks_as_line_ends(text: str) -> str:
    """``text`` with each form feed (a PDF's page break: layout, not words) a line end, one
    character for one, as the reader shows it: a blank line after the page's last line."""
    return text.replace("\f", "\n")


def source_iri(document: Document) -> str:
    """An IRI for the article: its URL, a file: URI, or a URN naming its text."""
    source = document.source
    if source.startswith(("http://", "https://")):
        return source
    if source.startswith("/"):
        return PurePosixPath(source).as_uri()
    return f"urn:newslens:sha256:{document.fingerprint}"
