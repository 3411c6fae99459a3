"""W3C Web Annotation Data Model, as JSON-LD: one AnnotationCollection.

Each annotation targets the article (its URL, a file: URI, or a URN of its text
fingerprint) through a TextQuoteSelector and a TextPositionSelector (offsets in
Unicode code points, which are Python string indices). Tags are ``tagging``
bodies, the note a ``commenting`` body, the claimant a ``describing`` one, and
what the target is (``claim``, ``quote``, ``figure``, or ``span`` for a free
selection) a ``classifying`` one. An orphan, whose target is its quote alone, has a
second ``describing`` body that says so and why ("Orphan: …", as the csv's
``orphan_reason``).
"""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import quote

from newslens import json_text
from newslens.annotations.exports import Item, reason_line, source_iri, why_orphaned
from newslens.annotations.model import Annotation, Document

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def annotation_jsonld(document: Document, annotation: Annotation) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation (its bodies as the module docstring says)."""
    body = _reader_bodies(annotation)
    # "classifying" is the model's purpose for saying what the target is. It is not the
    # reader's own content: a mark with no tag, note or claimant is still a highlight.
    highlight_only = not body
    body.append({"type": "TextualBody", "purpose": "classifying", "value": str(annotation.kind)})
    if annotation.orphan:
        # Its target has only a quote, no position: a consumer needs telling that the
        # article no longer has that passage, and why, which describes the target.
        body.append(_orphan_body(document, annotation))
    times = {"created": annotation.created, "modified": annotation.updated}
    result: dict[str, Any] = {
        "id": _iri(annotation.id),
        "type": "Annotation",
        # Empty for an annotation imported without its times: not an xsd:dateTime, so left out.
        **{key: time for key, time in times.items() if time},
        "body": body,
        "target": {"source": source_iri(document), "selector": _selectors(annotation)},
    }
    if highlight_only:
        result["motivation"] = "highlighting"
    return result


def _reader_bodies(annotation: Annotation) -> list[dict[str, Any]]:
    """What the reader wrote of the annotation: its tags, note and claimant."""
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in annotation.tags
    ]
    if annotation.note:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": annotation.note,
                "format": "text/plain",
            }
        )
    if annotation.claimant:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "describing",
                "value": f"Claimant: {annotation.claimant}",
            }
        )
    return body


def _orphan_body(document: Document, annotation: Annotation) -> dict[str, Any]:
    """An orphan's "Orphan: …" body, saying why its passage has no place in the article."""
    reason = why_orphaned(document, annotation)
    why = "its article's text is not in the store" if reason is None else reason_line(reason)
    return {
        "type": "TextualBody",
        "purpose": "describing",
        "value": f"Orphan: {why}",
        "format": "text/plain",
    }


def _selectors(annotation: Annotation) -> list[dict[str, Any]]:
    """The target's selectors: its quote, and its position unless it is an orphan."""
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": annotation.exact,
            "prefix": annotation.prefix,
            "suffix": annotation.suffix,
        }
    ]
    if not annotation.orphan:
        # An orphan's offsets point into a text that is gone; the quote is all it has.
        selectors.append(
            {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end}
        )
    return selectors


def render_w3c(items: list[Item]) -> str:
    entries = [annotation_jsonld(d, a) for d, marks in items for a in marks]
    collection = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "newslens annotations",
        "total": len(entries),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": entries},
    }
    return json_text.dumps(collection, indent=2) + "\n"


def _iri(annotation_id: str) -> str:
    """The annotation's id as the IRI the model requires: newslens's own ids are UUIDs; one
    an imported file gave may be any text ("note 7/b")."""
    try:
        return uuid.UUID(hex=annotation_id).urn
    except ValueError:
        return f"urn:newslens:annotation:{quote(annotation_id, safe='')}"
