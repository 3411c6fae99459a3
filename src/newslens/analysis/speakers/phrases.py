"""A ``Mention``: one phrase that names (or stands for) a speaker, with its name, kind and key;
a common-noun phrase's key (``_phrase_key``) and a share's (``_share_key``); a mention written
over two lines, named as one (``_unwrapped``); and whether a phrase is "the" and its head
alone, or a trade's (``_the_one``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.words import _ORGANISATION_NOUNS, _PERSON_NOUNS
from newslens.article import Span
from newslens.wrapping import LINE_BREAK_HYPHEN, REPLY_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


@dataclass
class Mention:
    """One phrase that names (or stands for) a speaker."""

    span: Span
    head: Token
    name: str
    kind: SpeakerKind
    key: str
    resolved: bool = True  # False for pronouns and role nouns until resolved
    # False for a name that only lends its surname ("Deepa Sharma was woken …" makes a
    # later "Sharma" her) and is no antecedent for a pronoun.
    antecedent: bool = True
    # False for a person named outside any subject ("the speakers included Margaret Ellison"):
    # an antecedent only when no subject before is compatible.
    salient: bool = True
    # For names joined by "and", each one: "Jon Tester" in "Jon Tester and Ron Wyden said"
    # is who a later "Tester" is.
    members: tuple[Mention, ...] = ()
    # The noun a body's name was given ("operator" of "grid operator E-Redes", "union" of
    # "Union Usdaw"): what a later "the operator" or "the company" may stand for.
    called: str = ""
    # The words a description gives its role ("ohio" of "the Ohio senator"): it stands only
    # for someone named in that role whom the words fit.
    description: tuple[str, ...] = ()
    # "f" or "m" for a name whose given name either sex bears, told by the "she" or "he" that
    # speaks right after it ("Jean Morris said …. '…,' she said"); "" until then.
    sex_told: str = ""

    def stand_for(self, other: Mention) -> None:
        """Key this mention to whom ``other`` names: it is the same speaker from now on."""
        self.key, self.name, self.kind = other.key, other.name, other.kind


def _unwrapped(mention: Mention) -> Mention:
    """A mention written over two lines, named as one: "Mayor Ana\nRuiz" is "Mayor Ana Ruiz",
    "the admin-\nistration" is "the administration", an organisation as "the army" is; one
    spaced out by the Markdown marks the analysis reads past ("The **mayor**") likewise."""
    name = " ".join(LINE_BREAK_HYPHEN.sub("", REPLY_MARKS.sub("\n", mention.name)).split())
    key = " ".join(re.sub(r"(?<=\w)-\s+(?=[a-z])", "", REPLY_MARKS.sub("\n", mention.key)).split())
    kind = mention.kind
    if kind is SpeakerKind.UNKNOWN:
        word = name.rsplit(" ", 1)[-1].lower()
        if word in _ORGANISATION_NOUNS:
            kind = SpeakerKind.ORGANISATION
        elif word in _PERSON_NOUNS:
            kind = SpeakerKind.PERSON
    return replace(mention, name=name, key=key, kind=kind)


def _phrase_key(words: Iterable[Token]) -> str:
    """A common-noun phrase's key: its words lower-cased, without articles and punctuation
    ("the plant manager" → "plant manager"); "no" is kept, as "No one" is not "one"."""
    return " ".join(
        t.lower_ for t in words if (t.dep_ != "det" or t.lower_ == "no") and not t.is_punct
    )


# "per cent" and "percent" are the "%" of a share, as the key of a share writes it.
_PER_CENT = re.compile(r" ?(?:%|\bper ?cent\b)")


def _share_key(words: Iterable[Token]) -> str:
    """A share's key: its words lower-cased, without punctuation but its "%", which "per cent"
    is written as ("Some 68%" and "some 68 per cent" are "some 68%", not "8%")."""
    key = " ".join(t.lower_ for t in words if not t.is_space and (not t.is_punct or t.text == "%"))
    return _PER_CENT.sub("%", key)


def _the_one(phrase: SpacySpan, head: Token, *, of_a_trade: bool = False) -> bool:
    """Whether a phrase is "the" and its head alone, or, ``of_a_trade``, with the nouns of a
    trade between them: "the care worker", "the lorry driver"."""
    words = [t for t in phrase if not t.is_space and not t.is_punct]
    between = words[1:-1]
    return (
        len(words) >= 2
        and words[0].lower_ == "the"
        and words[-1].i == head.i
        and (
            not between
            or (
                of_a_trade
                and all(t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower for t in between)
            )
        )
    )
