"""The token table: the attributes the features read, of every token of a doc, each read once
(``_Parse``), and what they read of one span (``_read``).

It also settles what a token is before the features read it: the "got" of "have got" is a
present ("We've got two hospitals"), a "has" or "had" written short before a participle is a
"have" ("She's cut the budget", "they'd spent it"), a past that an "if" supposes is no past
("If I were mayor, I would …"); which words are numbers ("one" and ranks such as "the
twenty-first century" are not), and which names open an entity (not a person spoken to: "Jim,
you voted for it").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LIKE_NUM,
    LOWER,
    POS,
    TAG,
)
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from newslens.analysis.figures import counted_points
from newslens.analysis.figures.numbers import TENS
from newslens.analysis.syntax.negation import is_negated
from newslens.analysis.syntax.text import doc_text
from newslens.analysis.syntax.words import SUBJECTS

_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "LAW", "EVENT", "FAC", "PRODUCT"}
# The relations of a child to its head that the features read.
_CHILD_RELATIONS = frozenset(["aux", "auxpass", "nsubj", "xcomp", "acomp", "attr", "ccomp"])
_ENTITY_BEGINS = Token.iob_strings().index("B")  # ENT_IOB's value for an entity's first token

# The tag ``_Parse`` gives the "got" of "have got": a present verb, as "have" is.
_PRESENT_GOT = "VBP"


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


# "has", "had" and "have" written short, and the tag ``_Parse`` gives a "'d" that is "had".
_SHORT_HAVE = ("'s", "’s", "'d", "’d", "'ve", "’ve")
_HAD = "VBD"
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
# The tag ``_Parse`` gives the past form of a supposition: no past, as in "If I were …".
_SUPPOSED = "VBP"
# Modals of what would follow from a supposition: "If I were mayor, I would …".
_WOULD = frozenset(["would", "'d", "could", "might"])


def _supposed(verb: Token) -> bool:
    """Whether ``verb``, in a past form, is what an "if" or "unless" supposes, not what happened:
    "If I were mayor, I would close it", "we could cut the deficit if we had the will" (but "If
    they closed it in May, they broke the law" tells of a past act)."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in _WOULD for c in verb.head.children
    )


class _Parse:
    """The attributes the features read, of every token of one doc, each read once.

    A spaCy Token attribute builds a new Python object on every read, and the features read
    the same few attributes in some twenty passes over each sentence and each quote's words
    (which overlap the sentences): ``find_claims`` reads the doc's tokens once, here, and
    scores all its spans from these lists, indexed by token.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        # One array of hashes and flags, not a Token object per token and attribute; tokens
        # of a kind are found in it by their hashes.
        strings = doc.vocab.strings
        lower, lemma, tag, pos, dep, ent_type, ent_iob, like_num, is_space, is_punct = doc.to_array(
            [LOWER, LEMMA, TAG, POS, DEP, ENT_TYPE, ENT_IOB, LIKE_NUM, IS_SPACE, IS_PUNCT]
        ).T
        self.lower = _strings(strings, lower)
        # Lower-cased, as the word lists are.
        self.lemma = _strings(strings, lemma, str.lower)
        self.tag = _strings(strings, tag)
        # "We've got two hospitals", "has got to stop": present, though tagged as a past.
        for i in _positions(_is_any(lower, strings, ("got",))):
            if _has_got(doc[i]):
                self.tag[i] = _PRESENT_GOT
        # "She's cut the budget", "it's been closed", "they'd spent it", "we’ve cut": a "has" or
        # "had" written short before a past participle, which the small model reads as "is" or
        # "would", or leaves as written.
        for i in _positions(_is_any(lower, strings, _SHORT_HAVE)):
            if _short_have(doc[i]):
                self.lemma[i] = "have"
                if self.tag[i] == "MD":
                    self.tag[i] = _HAD
        # "If we had more troops, we would …": a supposition, no past act.
        for i in _positions(_is_any(tag, strings, ("VBD",))):
            if _supposed(doc[i]):
                self.tag[i] = _SUPPOSED
        self.pos = _strings(strings, pos)
        self.dep = _strings(strings, dep)
        self.is_space: list[int] = is_space.tolist()
        self.spaces = _positions(is_space != 0)
        # Sorted positions of the words (not whitespace) of a kind, a span's found by bisection.
        words = is_space == 0
        # "Number two, we must …": a speaker counting their points states no number and names
        # no measure; the words after it are the point's.
        points = numpy.zeros(len(doc), dtype=bool)
        for start, end in counted_points(self.text):
            counted = doc.char_span(start, end, alignment_mode="expand")
            if counted is not None:
                points[counted.start : counted.end] = True
        self.points = set(_positions(points))
        self.content = _positions(words & (is_punct == 0) & ~points)
        self.subjects = _positions(words & _is_any(dep, strings, SUBJECTS))
        self.roots = _positions(words & _is_any(dep, strings, ("ROOT",)))
        # "one" is mostly a pronoun or an article ("one thing", "no one"), not a count; "first",
        # "second", "21st" rank ("in the first place", "the 21st century"), and are numbers
        # only as a share ("a third of", tagged a noun).
        numbers = _positions(words & (like_num != 0) & ~points & ~_is_any(lower, strings, ("one",)))
        ranks = _compound_ranks(self.lower, numbers)
        self.numbers = {
            i
            for i in numbers
            if (self.tag[i] == "NN" or _ORDINAL.fullmatch(self.lower[i]) is None) and i not in ranks
        }
        # The words of names: "the Great Depression" judges nothing.
        self.names = set(_positions(_is_any(ent_type, strings, _ENTITY_LABELS)))
        # Entity starts, read from the tokens: ``Span.ents`` scans the whole doc each time.
        self.entity_starts = {
            i
            for i in numpy.flatnonzero(ent_iob == _ENTITY_BEGINS).tolist()
            if strings[int(ent_type[i])] in _ENTITY_LABELS
            and not (strings[int(ent_type[i])] == "PERSON" and _addressed(doc[i]))
        }
        # HEAD is the offset to the head, a negative one wrapped round in the unsigned array.
        offsets = doc.to_array(HEAD).astype(numpy.int64).tolist()
        self.head = [i + offset for i, offset in enumerate(offsets)]
        # ``Token.children`` (the tokens whose head is this one; a root is its own head) by
        # their relation, for the relations the features read.
        self._children: dict[tuple[int, str], list[int]] = {}
        for i in _positions(_is_any(dep, strings, _CHILD_RELATIONS)):
            if self.head[i] != i:
                self._children.setdefault((self.head[i], self.dep[i]), []).append(i)
        # "did not vote", "has never met": a past act denied. is_negated reads Tokens, so it
        # reads only the words that can be past: tagged so, or the head of a "did".
        did = {self.head[i] for i in _positions(_is_any(lower, strings, ("did",)))}
        past = did.union(_positions(_is_any(tag, strings, ("VBD", "VBN"))))
        self.denied_past = {
            i for i in past if (self.is_past(i) or self.has_aux(i, ("did",))) and is_negated(doc[i])
        }

    def tokens(self, words: Span) -> Sequence[int]:
        """The positions of the tokens of ``words`` but for whitespace: a range when it has none."""
        start, end = words.start, words.end
        if bisect.bisect_left(self.spaces, start) == bisect.bisect_left(self.spaces, end):
            return range(start, end)
        return [i for i in range(start, end) if not self.is_space[i]]

    def text_of(self, words: Span) -> str:
        """``words.text``, sliced from the doc's text instead of joined from its tokens."""
        return self.text[words.start_char : words.end_char]

    def children(self, i: int, relation: str) -> list[int]:
        """The children of token ``i`` in ``relation`` to it, one of ``_CHILD_RELATIONS``."""
        return self._children.get((i, relation), [])

    def has_aux(self, i: int, words: tuple[str, ...]) -> bool:
        return any(self.lower[c] in words for c in self.children(i, "aux"))

    def has_modal(self, i: int) -> bool:
        """ "will cut", "would do", "must go": token ``i`` has a modal auxiliary."""
        return any(self.tag[c] == "MD" for c in self.children(i, "aux"))

    def has_subject(self, i: int, words: set[str]) -> bool:
        return any(self.lower[c] in words for c in self.children(i, "nsubj"))

    def has_perfect(self, i: int) -> bool:
        """ "has cut", "had closed", "’ve seen", "it's been": token ``i`` has a "have" as its
        auxiliary."""
        return any(
            self.lemma[c] == "have"
            for relation in ("aux", "auxpass")
            for c in self.children(i, relation)
        )

    def is_past(self, i: int) -> bool:
        """A verb in the past tense or the perfect: "cut", "has cut", "was cut"."""
        return self.tag[i] == "VBD" or (
            self.tag[i] == "VBN" and self.has_aux(i, ("have", "has", "had", "was", "were"))
        )

    def is_intent(self, i: int) -> bool:
        """A verb of future, wish or duty: "will cut", "would do", "going to", "want to", "need to"."""
        if self.has_modal(i):
            return True
        return self.lemma[i] in ("go", "want", "need", "plan", "intend", "have") and bool(
            self.children(i, "xcomp")
        )


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


def _strings(
    strings: StringStore, hashes: numpy.ndarray, spelling: Callable[[str], str] = str
) -> list[str]:
    """The strings of ``hashes`` in ``spelling``, each distinct one looked up once."""
    distinct, at = numpy.unique(hashes, return_inverse=True)
    names = numpy.array([spelling(strings[key]) for key in distinct.tolist()], dtype=object)
    spelt: list[str] = names[at].tolist()
    return spelt


def _is_any(hashes: numpy.ndarray, strings: StringStore, words: Iterable[str]) -> numpy.ndarray:
    """Whether each of ``hashes`` is that of one of ``words``."""
    found = numpy.zeros(len(hashes), dtype=bool)
    for word in words:
        found |= hashes == strings[word]
    return found


def _positions(found: numpy.ndarray) -> list[int]:
    positions: list[int] = numpy.flatnonzero(found).tolist()
    return positions


def _within(positions: list[int], words: Span) -> list[int]:
    """The ``positions`` (sorted) of tokens of ``words``."""
    return positions[
        bisect.bisect_left(positions, words.start) : bisect.bisect_left(positions, words.end)
    ]


@dataclass(frozen=True)
class _Read:
    """What the features read of one span, read once: its tokens (a speaker's list points left
    out), their words, lemmas and tags, and its content words, subjects and root."""

    parse: _Parse
    tokens: Sequence[int]
    counting: bool
    lowers: list[str]
    lemmas: list[str]
    tags: set[str]
    words_used: set[str]
    lemmas_used: set[str]
    text: str
    content: list[int]
    subjects: list[int]
    root: int | None
    be_root: int | None


def _read(parse: _Parse, words: Span) -> _Read:
    tokens = parse.tokens(words)
    counting = not parse.points.isdisjoint(tokens)
    if counting:
        tokens = [i for i in tokens if i not in parse.points]
    lowers = _at(parse.lower, tokens)
    lemmas = _at(parse.lemma, tokens)
    roots = _within(parse.roots, words)
    root = roots[0] if roots else None
    return _Read(
        parse=parse,
        tokens=tokens,
        counting=counting,
        lowers=lowers,
        lemmas=lemmas,
        tags=set(_at(parse.tag, tokens)),
        words_used=set(lowers),
        lemmas_used=set(lemmas),
        text=parse.text_of(words),
        content=_within(parse.content, words),
        subjects=_within(parse.subjects, words),
        root=root,
        # The lemma as the parse spells it, not lowered as the word lists' are.
        be_root=root if root is not None and parse.doc[root].lemma_ == "be" else None,
    )


def _at(values: list[str], tokens: Sequence[int]) -> list[str]:
    """The values of ``tokens``: a slice when they are a range."""
    if isinstance(tokens, range):
        return values[tokens.start : tokens.stop]
    return [values[i] for i in tokens]
