"""The token table: the attributes the features read, of every token of a doc, each read once
(``_Parse``), and what they read of one span (``_read``).

It also settles what a token is before the features read it, by ``token_kinds``: the "got" of
"have got" is a present, a "has" or "had" written short before a participle is a "have", a past
that an "if" supposes is no past; which words are numbers, and which names open an entity.
"""

from __future__ import annotations

import bisect
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

from newslens.analysis.claims.token_kinds import (
    _addressed,
    _counts,
    _has_got,
    _short_have,
    _supposed,
)
from newslens.analysis.figures import counted_points
from newslens.analysis.syntax.negation import is_negated
from newslens.analysis.syntax.text import doc_text
from newslens.analysis.syntax.words import SUBJECTS

_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "LAW", "EVENT", "FAC", "PRODUCT"}
# The relations of a child to its head that the features read.
_CHILD_RELATIONS = frozenset(["aux", "auxpass", "nsubj", "xcomp", "acomp", "attr", "ccomp"])
_ENTITY_BEGINS = Token.iob_strings().index("B")  # ENT_IOB's value for an entity's first token

# The tag ``_Parse`` gives the "got" of "have got": a present verb, as "have" is.
_PRESENT_GOT = "VBP"

# "has", "had" and "have" written short, and the tag ``_Parse`` gives a "'d" that is "had".
_SHORT_HAVE = ("'s", "’s", "'d", "’d", "'ve", "’ve")
_HAD = "VBD"
# The tag ``_Parse`` gives the past form of a supposition: no past, as in "If I were …".
_SUPPOSED = "VBP"


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
        self._read_verb_forms_as_meant(lower, tag)
        self.pos = _strings(strings, pos)
        self.dep = _strings(strings, dep)
        self.is_space: list[int] = is_space.tolist()
        self.spaces = _positions(is_space != 0)
        # Sorted positions of the words (not whitespace) of a kind, a span's found by bisection.
        words = is_space == 0
        points = _counted_points(doc, self.text)
        self.points = set(_positions(points))
        self.content = _positions(words & (is_punct == 0) & ~points)
        self.subjects = _positions(words & _is_any(dep, strings, SUBJECTS))
        self.roots = _positions(words & _is_any(dep, strings, ("ROOT",)))
        # "one" is mostly a pronoun or an article ("one thing", "no one"), not a count; "first",
        # "second", "21st" rank ("in the first place", "the 21st century"), and are numbers
        # only as a share ("a third of", tagged a noun).
        numbers = _positions(words & (like_num != 0) & ~points & ~_is_any(lower, strings, ("one",)))
        self.numbers = _counts(self.lower, self.tag, numbers)
        # The words of names: "the Great Depression" judges nothing.
        self.names = set(_positions(_is_any(ent_type, strings, _ENTITY_LABELS)))
        self.entity_starts = _entity_starts(doc, ent_iob, ent_type)
        # HEAD is the offset to the head, a negative one wrapped round in the unsigned array.
        offsets = doc.to_array(HEAD).astype(numpy.int64).tolist()
        self.head = [i + offset for i, offset in enumerate(offsets)]
        self._children = _children_by_relation(
            self.head, self.dep, _positions(_is_any(dep, strings, _CHILD_RELATIONS))
        )
        self.denied_past = self._denied_past(lower, tag)

    def _read_verb_forms_as_meant(self, lower: numpy.ndarray, tag: numpy.ndarray) -> None:
        """Set in ``self.tag`` and ``self.lemma`` what the small model misreads of a verb's form,
        found by the hashes ``lower`` and ``tag`` of the words as parsed."""
        strings = self.doc.vocab.strings
        # "We've got two hospitals", "has got to stop": present, though tagged as a past.
        for i in _positions(_is_any(lower, strings, ("got",))):
            if _has_got(self.doc[i]):
                self.tag[i] = _PRESENT_GOT
        # "She's cut the budget", "it's been closed", "they'd spent it", "we’ve cut": a "has" or
        # "had" written short before a past participle, which the small model reads as "is" or
        # "would", or leaves as written.
        for i in _positions(_is_any(lower, strings, _SHORT_HAVE)):
            if _short_have(self.doc[i]):
                self.lemma[i] = "have"
                if self.tag[i] == "MD":
                    self.tag[i] = _HAD
        # "If we had more troops, we would …": a supposition, no past act.
        for i in _positions(_is_any(tag, strings, ("VBD",))):
            if _supposed(self.doc[i]):
                self.tag[i] = _SUPPOSED

    def _denied_past(self, lower: numpy.ndarray, tag: numpy.ndarray) -> set[int]:
        """The past acts denied, found by the hashes ``lower`` and ``tag`` of the words as
        parsed, read once the table's tags, heads and children are."""
        strings = self.doc.vocab.strings
        # "did not vote", "has never met": a past act denied. is_negated reads Tokens, so it
        # reads only the words that can be past: tagged so, or the head of a "did".
        did = {self.head[i] for i in _positions(_is_any(lower, strings, ("did",)))}
        past = did.union(_positions(_is_any(tag, strings, ("VBD", "VBN"))))
        return {
            i
            for i in past
            if (self.is_past(i) or self.has_aux(i, ("did",))) and is_negated(self.doc[i])
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


def _counted_points(doc: Doc, text: str) -> numpy.ndarray:
    """Whether each token of ``doc`` (whose text is ``text``) counts a speaker's points."""
    # "Number two, we must …": a speaker counting their points states no number and names
    # no measure; the words after it are the point's.
    points = numpy.zeros(len(doc), dtype=bool)
    for start, end in counted_points(text):
        counted = doc.char_span(start, end, alignment_mode="expand")
        if counted is not None:
            points[counted.start : counted.end] = True
    return points


def _entity_starts(doc: Doc, ent_iob: numpy.ndarray, ent_type: numpy.ndarray) -> set[int]:
    """The first tokens of the entities of ``doc`` the features count, of ``_ENTITY_LABELS``
    but for a person spoken to; ``ent_iob`` and ``ent_type`` are the doc's columns."""
    strings = doc.vocab.strings
    # Entity starts, read from the tokens: ``Span.ents`` scans the whole doc each time.
    return {
        i
        for i in numpy.flatnonzero(ent_iob == _ENTITY_BEGINS).tolist()
        if strings[int(ent_type[i])] in _ENTITY_LABELS
        and not (strings[int(ent_type[i])] == "PERSON" and _addressed(doc[i]))
    }


def _children_by_relation(
    head: list[int], dep: list[str], related: list[int]
) -> dict[tuple[int, str], list[int]]:
    """The children of the tokens by (head, relation), of the tokens ``related``: those whose
    relation ``dep`` to their ``head`` the features read."""
    # ``Token.children`` (the tokens whose head is this one; a root is its own head) by
    # their relation, for the relations the features read.
    children: dict[tuple[int, str], list[int]] = {}
    for i in related:
        if head[i] != i:
            children.setdefault((head[i], dep[i]), []).append(i)
    return children


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
