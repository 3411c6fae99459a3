"""Whether names joined by "and" are one name: a body named for two places ("Devon and
Cornwall Police") or for its founders ("Moore & Van Allen", "Marks and Spencer"), not two
people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.speakers.names import _entity_of, name_start
from newslens.given_names import GIVEN_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslens.analysis.speakers.phrases import Mention


def _one_body_of_two_names(head: Token, partner: Token, mention: Mention) -> bool:
    """Whether two surnames joined by "and" or "&" are one body's name, a firm named for its
    founders: "Moore & Van Allen" (an ampersand joins no two people), or "Marks and Spencer"
    when the story names it as a body ("the retailer Marks and Spencer", "Marks and Spencer
    says", or named whole as a body elsewhere); "Tom Hale and Ann Ruiz", "Hale and Ruiz said"
    stay two people."""
    doc = head.doc
    if name_start(head) != head.i or head.lower_ in GIVEN_NAMES:
        return False
    if doc[head.i + 1].text == "&":
        return True
    if name_start(partner) != partner.i or partner.lower_ in GIVEN_NAMES:
        return False
    verb = head.head
    singular = head.dep_ == "nsubj" and (
        verb.tag_ == "VBZ" or any(c.dep_ == "aux" and c.tag_ == "VBZ" for c in verb.children)
    )
    pair = f"{head.lower_} and {partner.lower_}"
    named_whole = any(
        e.label_ == "ORG" and " ".join(e.text.lower().replace("&", "and").split()) == pair
        for e in doc.ents
    )
    return singular or bool(mention.called) or named_whole


def _named_with(partner: Token, head: Token) -> bool:
    """Whether a name joined to ``head`` by "and" is one name with it: "Devon and Cornwall
    Police", a force named for two places."""
    entity = _entity_of(partner)
    return entity is not None and entity.start <= head.i
