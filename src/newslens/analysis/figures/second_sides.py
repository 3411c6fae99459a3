"""The noun a number told after a second side counts, left out because the count before the
side names it: "Labour won 14 seats, the Tories eight", "The Democrats won 40 seats and the
Republicans 35"."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def _noun_of_a_second_side(doc: Doc, start: int, number: Token) -> str | None:
    """The noun counted before the side that the number starting at token ``start`` follows,
    else None; ``number`` is the number's last word, as the parse has it."""
    head = number.head
    # "Labour won 14 seats, the Tories eight": the parse sets the number beside the side, or
    # in apposition to it
    if (
        number.dep_ in ("nummod", "appos")
        and head.i < start
        and head.dep_ in ("appos", "conj")
        and _counted_before(head.head)
    ):
        return str(head.head.text)
    # "The Democrats won 40 seats and the Republicans 35": the parse hangs the number on the
    # verb the first count is the object of, with the side joined to that count
    side = doc[start - 1] if start > 0 else None
    if (
        side is not None
        and side.pos_ == "PROPN"
        and side.dep_ in ("appos", "conj")
        and number.dep_ in ("advmod", "npadvmod", "dobj")
        and side.head.head == head
        and head.pos_ == "VERB"
        and _counted_before(side.head)
    ):
        return str(side.head.text)
    return None


def _counted_before(noun: Token) -> bool:
    """Whether ``noun`` is a noun a number counts ("40 seats")."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in noun.children)
