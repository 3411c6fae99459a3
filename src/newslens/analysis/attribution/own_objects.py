"""Words before a cue that has an object of its own (:func:`_words_before_its_object_dropped`):
in "The line had stalled for years: the mayor announced a review" the mayor announced the
review, and reported nothing of the stall before it; "…, she told reporters" still tells them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicon
from newslens.analysis.speakers import could_speak
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

# Objects that say when it was said, not what: "…, the mayor added Tuesday".
_WHEN = frozenset(["DATE", "TIME"])


def _words_before_its_object_dropped(cue: Token, parts: list[Span]) -> list[Span]:
    """The words a cue reports, or none when they all come before it, its subject stands
    before it and after it stands its object, a thing it names and no one told, or a verb it
    governs: "We have seen this before: the council declared war on the buses" declares the
    war, not what came before; "The tram was late, as the mayor continued to say" says it."""
    if not parts or parts[-1][1] > cue.idx:
        # most words come after their cue or hold it, and "a teenager who they said robbed a
        # shop" joins the words before it to those after: no parse to read
        return parts
    verbs = lexicon()
    verb = verbs.get(cue.lemma_.lower())
    if verb is None or verb.addressee:
        return parts
    children = list(cue.children)
    subject_before = any(c.dep_ == "nsubj" and c.i < cue.i for c in children)
    own_object = any(
        c.i > cue.i
        and (
            # "regulars continued to stay away", "suggested looking at fares": what it does
            (c.dep_ == "xcomp" and c.lemma_.lower() not in verbs)
            or (
                c.dep_ == "dobj"
                and c.pos_ in ("NOUN", "PROPN")
                and c.ent_type_ not in _WHEN
                and not could_speak(c)
            )
        )
        for c in children
    )
    if not (subject_before and own_object):
        return parts
    return []
