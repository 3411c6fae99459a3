"""A speaker's name with a particle between its capitalised words (:func:`_name_with_a_particle`):
"Rhun ap Iorwerth MS said", which the recogniser may split at "ap" and call the rest a body,
is Rhun ap Iorwerth, a person, told by the name's shape whether or not the model knows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.roles import _role_word
from newslens.analysis.speakers.words import LETTERS_AFTER_NAMES, MEMBERS_AFTER_NAMES, TITLES
from newslens.analysis.syntax.text import words_text
from newslens.analysis.syntax.words import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Welsh, Irish, Scottish and Arabic particles of a person's name ("ap Iorwerth", "Ó Súilleabháin",
# "bin Salman", "al-Sisi"), and the Dutch, German and Romance pairs ("van der Vaart", "de la Vega").
_PARTICLES = frozenset(["ap", "ab", "ferch", "ó", "ní", "mac", "nic", "bin", "bint", "ibn", "al"])
_PARTICLE_PAIRS = frozenset([("van", "der"), ("van", "den"), ("von", "der"), ("de", "la")])
_IRISH = frozenset(["ó", "ní"])  # written with a capital: "Ó Súilleabháin"


def _name_with_a_particle(head: Token, span: tuple[int, int]) -> Mention | None:
    """The person a subject names whose name has a particle between capitalised words, without
    a member's letters after it: "Rhun ap Iorwerth" of "Rhun ap Iorwerth MS said"."""
    if head.dep_ not in SUBJECTS or head.i < 2:
        return None
    doc = head.doc
    last = head
    if head.lower_ in MEMBERS_AFTER_NAMES or head.lower_ in LETTERS_AFTER_NAMES:
        last = doc[head.i - 1]
    if not _name_word(last):
        return None
    particle = _particle_before(doc, last.i)
    if particle is None or particle == 0 or not _name_word(doc[particle - 1]):
        return None
    first = particle - 1
    if all(doc[i].ent_type_ == "PERSON" for i in range(first, last.i + 1)):
        return None  # "Prince Abdulaziz bin Salman": the recogniser's person, titles and all
    if particle < last.i - 1 and _a_body_to_the_recogniser(doc[first], last):
        return None  # "Banco de la Nación", "Casa de la Cultura": bodies, by the pair's shape
    while first > 0 and _name_word(doc[first - 1]) and doc[first - 1].pos_ == "PROPN":
        first -= 1  # "Abdel Fattah al-Sisi": all the given names
    name = words_text(doc, first, last.i + 1)
    return Mention(span, last, name, SpeakerKind.PERSON, name.lower())


def _particle_before(doc: Doc, i: int) -> int | None:
    """Where the particle just before the word ``i`` starts ("ap", "al-", "de la"), if one
    is there, in lower case but for the Irish ones ("Ó Súilleabháin")."""
    before = doc[i - 1]
    if before.text == "-" and not before.whitespace_:
        return i - 2 if doc[i - 2].lower_ == "al" else None  # "al-Sisi"
    if before.lower_ in _PARTICLES and (before.is_lower or before.lower_ in _IRISH):
        return i - 1
    if i < 3 or not (before.is_lower and doc[i - 2].is_lower):
        return None
    return i - 2 if (doc[i - 2].lower_, before.lower_) in _PARTICLE_PAIRS else None


_BODY_LABELS = frozenset(["ORG", "FAC", "GPE", "NORP"])


def _a_body_to_the_recogniser(first: Token, last: Token) -> bool:
    """Whether the recogniser read a name, from its first word to its last, as one body."""
    return first.ent_type_ in _BODY_LABELS and all(
        last.doc[i].ent_iob_ == "I" for i in range(first.i + 1, last.i + 1)
    )


def _name_word(word: Token) -> bool:
    """Whether a word may be one of a person's names: capitalised, no title or role."""
    return (
        word.is_title
        and word.is_alpha
        and word.lower_ not in TITLES
        and word.lower_ not in _PARTICLES
        and not _role_word(word.lower_)
    )
