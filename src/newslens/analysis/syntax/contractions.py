"""A "’s" that is "has", which the parse reads as the "is" of a passive, or that it reads as
a noun (:func:`mend_perfects`); a contraction with a curly apostrophe given the attributes of
its straight twin (:class:`CurlyContractions`, the ``newslens_curly_contractions``
component).

"She’s urged voters to stay home" and "who’s called for a recount" are parsed as "she is
urged" and "who is called": the one who urged or called becomes what was urged, and the
report loses its speaker. A participle with an object of its own, or "called for", is active.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from newslens.analysis.lexicon import lexicons
from newslens.analysis.speakers import could_speak
from newslens.analysis.syntax.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_CONTRACTED = frozenset(["'s", "’s"])


CURLY_CONTRACTIONS = "newslens_curly_contractions"


class CurlyContractions:
    """The model's attribute rules, which compare the straight form only, for each contraction
    written with "’": "’re", "’s", "’ve" get "be" and "have" as their lemmas as "'re", "'s",
    "'ve" do, not "’re", "’s", "’ve".

    Runs after the model's attribute rules (its ruler, or ``newslens_word_rules`` in its
    place), and only around the words with a curly apostrophe: these rules added to the ruler
    were tried at every word, and cost a seventh of its time.
    """

    def __init__(self, nlp: Language) -> None:
        self.rules = AttributeRuler(nlp.vocab)
        self.reach = 1  # words a rule spans
        if "attribute_ruler" not in nlp.component_names:
            return
        ruler = cast("AttributeRuler", nlp.get_pipe("attribute_ruler"))
        for rule in ruler.patterns:
            patterns = cast("list[list[_Pattern]]", rule["patterns"])
            curly_patterns = [[_curly(token) for token in pattern] for pattern in patterns]
            if curly_patterns != patterns:
                self.rules.add(
                    curly_patterns, cast("dict[str, Any]", rule["attrs"]), cast(int, rule["index"])
                )
                self.reach = max(self.reach, *map(len, curly_patterns))

    def __call__(self, doc: Doc) -> Doc:
        found = set()
        for i in _curly_words(doc):
            around = doc[max(0, i - self.reach + 1) : i + self.reach]
            # The ruler's matcher reads a span as it reads a doc, its matches within the span.
            for rule, key, start, end in self.rules.match(cast("Doc", around)):
                found.add((rule, key, around.start + start, around.start + end))
        self.rules.set_annotations(doc, sorted(found))  # type: ignore[no-untyped-call]
        return doc


@Language.factory(CURLY_CONTRACTIONS, requires=["token.tag"])
def make_curly_contractions(nlp: Language, name: str) -> CurlyContractions:
    return CurlyContractions(nlp)


_Pattern = dict[int | str, Any]  # one token's pattern, as the attribute ruler keeps it


def _curly(token: _Pattern) -> _Pattern:
    """A token pattern matching the words written with "’" that ``token`` matches with "'"
    (and only those: the straight words of a list are the model's own rule's)."""
    lower = token.get("LOWER")
    if isinstance(lower, str):
        return {**token, "LOWER": lower.replace("'", "’")}
    if isinstance(lower, dict):
        return {
            **token,
            "LOWER": {
                op: [w.replace("'", "’") for w in words if op != "IN" or "'" in w]
                if isinstance(words, list)
                else words
                for op, words in lower.items()
            },
        }
    return token


def _curly_words(doc: Doc) -> list[int]:
    """The indices of the words with a curly apostrophe, read without making a Token of each
    word."""
    if "’" not in doc_text(doc):
        return []
    lower = doc.to_array(LOWER)
    curly = [w for w in numpy.unique(lower).tolist() if "’" in doc.vocab.strings[w]]
    return numpy.flatnonzero(numpy.isin(lower, curly)).tolist()


def mend_perfects(doc: Doc) -> None:
    """Relabel each "’s" of a present perfect that the parse read as a passive's "is", or
    gave the subject to: the "’s" an auxiliary, the subject the verb's own."""
    # Only the contractions are read as Tokens: reading every word so costs more than the rest.
    lower = doc.to_array(LOWER)
    ids = numpy.array([doc.vocab.strings[w] for w in _CONTRACTED], dtype=lower.dtype)
    for i in numpy.flatnonzero(numpy.isin(lower, ids)).tolist():
        word = doc[i]
        _mend_noun_subject(word)
        if word.dep_ not in ("aux", "auxpass"):
            continue
        verb = word.head
        subject = _perfect_subject(word, verb)
        if subject is not None:
            word.dep_ = "aux"
            subject.dep_ = "nsubj"
            subject.head = verb  # "She’s urged …", the parse hanging "She" on "’s"


def _mend_noun_subject(contraction: Token) -> None:
    """Relabel a "’s" the parse read as the subject of the verb after it (a noun, or a
    quotation mark), with the pronoun before hung on it: "It’s said that …" is "it is said",
    as the parse reads "It's said" with the straight mark; :func:`mend_perfects` then tells
    the "has" of "She’s said that …" from it."""
    verb, pronoun = contraction.head, contraction.nbor(-1) if contraction.i > 0 else None
    if (
        pronoun is None
        or contraction.dep_ not in ("nsubj", "nsubjpass")
        or pronoun.tag_ != "PRP"
        or pronoun.head != contraction
        or verb.i != contraction.i + 1
        or verb.tag_ not in ("VBD", "VBN")
    ):
        return
    pronoun.head, pronoun.dep_ = verb, "nsubjpass"
    contraction.dep_, contraction.tag_, contraction.pos_, contraction.lemma_ = (
        "auxpass",
        "VBZ",
        "AUX",
        "be",
    )
    verb.tag_ = "VBN"


def _perfect_subject(contraction: Token, verb: Token) -> Token | None:
    """The subject of a reporting verb after "’s" that is active: it has an object or a
    clause of its own ("’s urged voters to …", "’s said that …"), or is "called for", which
    as a passive is said only of what is needed ("a recount is called for"), never of who
    asks. Only one who can speak: "It’s said that …" is a passive all the same."""
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in lexicons()[0]:
        return None
    between = verb.doc[contraction.i + 1 : verb.i]
    if contraction.i > verb.i or not all(t.dep_ in ("advmod", "neg") for t in between):
        return None
    children = list(verb.children)
    if any(c.dep_ in ("agent", "auxpass") and c != contraction for c in children):
        return None  # "she’s been urged", "he’s called for by the members": a passive indeed
    subject = next(
        (c for c in [*children, *contraction.children] if c.dep_ in ("nsubj", "nsubjpass")),
        None,
    )
    if subject is None or not could_speak(subject) or subject.lower_ == "it":
        return None
    if contraction.dep_ == "aux" and subject.head == verb and subject.dep_ == "nsubj":
        return None  # read as a perfect already
    active = any(c.dep_ in ("dobj", "ccomp") for c in children) or (
        verb.lemma_.lower() == "call"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in children)
    )
    return subject if active else None
