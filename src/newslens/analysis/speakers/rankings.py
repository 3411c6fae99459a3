"""A ranking given a name: "world No 54 Alex Marsh", "the world number 54, Marsh", "Marsh, the
world No 54": its rank words and number, no part of the name."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Words that give a player's ranking before its number: "world No 54", "the world number 3".
_RANK_WORDS = frozenset(["no", "no.", "number"])


def _ranking(head: Token) -> list[Token]:
    """The words of a ranking given a name, "world No 54 Alex Marsh", "the world number 54,
    Marsh", "Marsh, the world No 54": rank words and the numbers after them."""
    near = [*head.lefts, *(t for c in head.rights if c.dep_ == "appos" for t in c.subtree)]
    if head.dep_ == "appos":
        near += list(head.head.subtree)
    found = []
    for t in near:
        number = _rank_number(t) if t.lower_ in _RANK_WORDS else None
        if number is not None:
            found += [t, number]
    return found


def _rank_number(word: Token) -> Token | None:
    """The number of the ranking a word is in, "world No 12", "No. 12", "number 12", if it
    is in one."""
    doc = word.doc

    def number_after(i: int) -> Token | None:
        if i < len(doc) and doc[i].text == ".":
            i += 1
        if i >= len(doc) or not doc[i].like_num:
            return None
        # "world number one" ranks, but "No one" after "no" is nobody: "No" ranks in digits.
        return doc[i] if doc[i - 1].lower_ == "number" or doc[i].is_digit else None

    lower = word.lower_  # read once: each read builds a new string
    if lower == "world" and word.i + 1 < len(doc) and doc[word.i + 1].lower_ in _RANK_WORDS:
        return number_after(word.i + 2)
    if lower in _RANK_WORDS:
        return number_after(word.i + 1)
    if not word.like_num:
        return None  # no number: most words a mention is asked about
    before = word.i - 2 if word.i > 1 and doc[word.i - 1].text == "." else word.i - 1
    return number_after(before + 1) if before >= 0 and doc[before].lower_ in _RANK_WORDS else None
