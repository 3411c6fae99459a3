"""schema.org ClaimReview JSON-LD: one review per annotation with a verdict tag.

The verdict is the most recently added verdict tag (``verified``, ``disputed``,
``false``, ``misleading`` or a configured tag with ``verdict = true``); the
claim's author is the claimant and its appearance the article.
"""

from __future__ import annotations

import json
from typing import Any

from newslens.annotations.exports import Item
from newslens.annotations.model import Annotation, Document, TagSet


def verdict(annotation: Annotation, tagset: TagSet) -> str | None:
    verdicts = [t for t in annotation.tags if tagset.is_verdict(t)]
    return verdicts[-1] if verdicts else None


def claim_review(document: Document, annotation: Annotation, rating: str) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if document.source.startswith(("http://", "https://")):
        appearance["url"] = document.source
    if document.title:
        appearance["headline"] = document.title
    claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if annotation.claimant:
        claim["author"] = {"@type": "Person", "name": annotation.claimant}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": annotation.exact,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": rating.replace("-", " ").capitalize(),
        },
        "itemReviewed": claim,
        "datePublished": annotation.updated[:10],
    }
    if annotation.note:
        review["reviewBody"] = annotation.note
    return review


def render_claimreview(items: list[Item], tagset: TagSet) -> str:
    reviews = [
        claim_review(document, annotation, rating)
        for document, marks in items
        for annotation in marks
        if (rating := verdict(annotation, tagset)) is not None
    ]
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
