"""What a token is, where the parse alone would mislead the features: the "got" of "have got"
is a present ("We've got two hospitals"), a "has" or "had" written short before a participle is
a "have" ("She's cut the budget", "they'd spent it"), a past that an "if" supposes is no past
("If I were mayor, I would …"); which words are numbers ("one" and ranks such as "the
twenty-first century" are not), and which names open an entity (not a person spoken to: "Jim,
you voted for it"). ``parse`` reads its token table by these.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from newslens.analysis.figures.numbers import TENS
from newslens.analysis.syntax.words import SUBJECTS


def _has_got(verb: Token) -> bool:
    """Whether ``verb`` is the "got" of a present "have got", what one has or must do ("We've
    got two hospitals", "The council has got to act", "She's got a plan"), no past act; "has got
    worse" and "had got" are."""
    return (
        verb.lower_ == "got"
        and any(
            c.dep_ in ("aux", "auxpass")
            and (c.lower_ in ("'s", "’s") or (c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")))
            for c in verb.children
        )
        and any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
        and not any(c.dep_ in ("acomp", "oprd") for c in verb.children)
    )


# Verbs whose passive is followed by a name: "He's called that", "She's named chair".
_NAMING = frozenset(["call", "name", "dub", "label", "term", "nickname", "title"])


def _short_have(aux: Token) -> bool:
    """Whether ``aux``, a "'s", "'d" or "'ve", is the "has", "had" or "have" of a perfect:
    "'ve" always; "'d" before a past participle, which "would" never takes ("they'd spent
    it"); "'s" before "been" ("it's been closed", "it's been a year") or before a participle
    with an object, which no passive has but of a verb that names ("She's cut the budget";
    "He's charged", "He's called that" are passive)."""
    verb = aux.head
    if aux.dep_ not in ("aux", "auxpass") or verb.tag_ != "VBN" or verb.i < aux.i:
        return False
    if aux.lower_ not in ("'s", "’s"):
        return True
    if verb.lower_ == "been" or aux.nbor().lower_ == "been":
        return True
    return (
        verb.lemma_ not in _NAMING
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") and c != aux for c in verb.children)
    )


# An ordinal number, in words or in digits: "first", "twenty-third", "12th", "200th".
_ORDINAL = re.compile(r"\d*(?:1st|2nd|3rd|\dth)|(?:\w+-)?(?:first|second|third|\w+th)")
# The ordinal of a scale, which a number before it multiplies: "two hundredth".
_SCALE_ORDINAL = re.compile(r"(?:hundred|thousand|million|billion)th")
# Modals of what would follow from a supposition: "If I were mayor, I would …".
_WOULD = frozenset(["would", "'d", "could", "might"])


def _supposed(verb: Token) -> bool:
    """Whether ``verb``, in a past form, is what an "if" or "unless" supposes, not what happened:
    "If I were mayor, I would close it", "we could cut the deficit if we had the will" (but "If
    they closed it in May, they broke the law" tells of a past act)."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in _WOULD for c in verb.head.children
    )


def _counts(lower: list[str], tag: list[str], numbers: list[int]) -> set[int]:
    """The ``numbers`` (positions of number words in words ``lower``, tagged ``tag``) that count:
    an ordinal only as a share, tagged a noun ("a third of"), and no part of a rank written in
    two numbers ("the twenty-first century")."""
    ranks = _compound_ranks(lower, numbers)
    return {
        i
        for i in numbers
        if (tag[i] == "NN" or _ORDINAL.fullmatch(lower[i]) is None) and i not in ranks
    }


def _compound_ranks(lower: list[str], numbers: list[int]) -> set[int]:
    """The ``numbers`` (positions of number words in words ``lower``) that rank with the
    number before or after them: "twenty-fifth", "the twenty-first century", "our two hundredth
    birthday", "its 500 millionth passenger"; not "one-third", "one hundredth of a second" (a
    share), "a thirty-second advert" (a length) nor "Twenty first-time buyers"."""
    ranks: set[int] = set()
    for i, j in itertools.pairwise(numbers):
        if j == i + 2 and lower[i] in TENS and lower[i + 1] == "-":
            ordinal = lower[j] != "second" and _ORDINAL.fullmatch(lower[j]) is not None
        else:
            ordinal = (
                j == i + 1
                and _SCALE_ORDINAL.fullmatch(lower[j]) is not None
                and lower[j + 1 : j + 2] != ["of"]
            )
        if ordinal:
            ranks.update((i, j))
    return ranks


def _addressed(name: Token) -> bool:
    """Whether the name that ``name`` opens is someone spoken to, set off by commas from a clause
    with a subject of its own: "Jim, you voted for it", "Well, Mr. Lee, we have", "Sander,
    that's a fair question" (a verb has one subject), inside a phrase ("those of us in office,
    Jim, have a duty") or before a clause without a tense ("Well, Mr. Nixon, to go back to
    1955"); no one it speaks of, as "Mr. Lee, as mayor, voted for it" is."""
    doc = name.doc
    end = name.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    head = doc[name.i : end].root
    last = head.right_edge.i
    while last > head.i and doc[last].is_punct:  # "Mr Lee," with its comma in its phrase
        last -= 1
    start, end = min(name.i, head.left_edge.i), max(end, last + 1)
    if not ((start == 0 or doc[start - 1].is_punct) and end < len(doc) and doc[end].is_punct):
        return False
    other_subject = any(c.dep_ in (*SUBJECTS, "expl") and c != head for c in head.head.children)
    if head.dep_ == "npadvmod":
        return other_subject or head.head.pos_ in ("NOUN", "PRON", "PROPN")
    if head.dep_ == "nsubj":
        return other_subject or any(c.tag_ == "TO" for c in head.head.children)
    return False
