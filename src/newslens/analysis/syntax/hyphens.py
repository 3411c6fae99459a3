"""Hyphens that join two words into one, which the tokenizer splits: "pre-orders", "E-Redes"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

HYPHENS = frozenset(["-", "‐"])


def glued_hyphen(hyphen: Token) -> bool:
    """Whether a hyphen joins the words either side of it, with no space between: "pre-orders",
    not "pre - orders", a dash."""
    doc, i = hyphen.doc, hyphen.i
    return (
        hyphen.text in HYPHENS
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not hyphen.whitespace_
    )
