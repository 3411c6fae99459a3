"""schema.org ClaimReview JSON-LD: one review per annotation with a verdict tag.

The verdict is the most recently added verdict tag (``verified``, ``disputed``,
``false``, ``misleading`` or a configured tag with ``verdict = true``); the
claim's author is the claimant, typed by what the analysis saw it to be, and its
appearance the article. A verdict on a figure reviews the sentence that states it:
"nearly 19,000" alone says nothing a reader of the review could check.
"""

from __future__ import annotations

from typing import Any

from newslens import json_text
from newslens.analysis.model import SpeakerKind
from newslens.annotations.exports import Item, stating_sentence
from newslens.annotations.model import Annotation, Document, TagSet

# schema.org's ``author`` expects a Person or an Organization (Google's Fact Check
# tools too describe the claimant as "a person or organization"), so each kind we know
# maps to one of the two:
# - a group ("residents", "the rebels") is several people acting together; schema.org has
#   no Group type, and Organization ("a school, NGO, corporation, club, etc.") is nearer
#   than Person, which would claim a single human said it;
# - a place that speaks ("Ukraine said", "Moscow denied") is its government or authorities
#   speaking: an Organization. GovernmentOrganization would be more exact, but a reader
#   that checks for the two expected types may not know the subtype.
# An unknown kind (or none recorded, as for annotations saved before kinds were) gets no
# type at all: a bare name says only what is known, where a guessed Person was wrong for
# every organisation and schema.org's Thing lies outside the author property's range.
AUTHOR_TYPES = {
    SpeakerKind.PERSON: "Person",
    SpeakerKind.ORGANISATION: "Organization",
    SpeakerKind.GROUP: "Organization",
    SpeakerKind.PLACE: "Organization",
}


def verdict(annotation: Annotation, tagset: TagSet) -> str | None:
    verdicts = [t for t in annotation.tags if tagset.is_verdict(t)]
    return verdicts[-1] if verdicts else None


def author(name: str, kind: SpeakerKind | None) -> dict[str, str]:
    schema_type = AUTHOR_TYPES.get(kind) if kind is not None else None
    return {"@type": schema_type, "name": name} if schema_type else {"name": name}


def claim_reviewed(document: Document, annotation: Annotation) -> str:
    """What the review is of: the annotated words, or for a figure the sentence stating it."""
    sentence = stating_sentence(document, annotation)
    if sentence is None or document.text is None:
        return annotation.exact
    return document.text[slice(*sentence)]


def claim_review(document: Document, annotation: Annotation, rating: str) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if document.source.startswith(("http://", "https://")):
        appearance["url"] = document.source
    if document.title:
        appearance["headline"] = document.title
    claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if annotation.claimant:
        claim["author"] = author(annotation.claimant, annotation.claimant_kind)
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim_reviewed(document, annotation),
        "reviewRating": {
            "@type": "Rating",
            "alternateName": rating.replace("-", " ").capitalize(),
        },
        "itemReviewed": claim,
    }
    if annotation.updated:
        # Empty for an annotation imported without its times; schema.org wants a Date or none.
        review["datePublished"] = annotation.updated[:10]
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
    return json_text.dumps(reviews, indent=2) + "\n"
