"""The claim features read each token once, into a per-doc table: it must say what spaCy's
Token attributes say, whitespace tokens, entities, children and denials included."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from newslens.analysis.claims.parse import _CHILD_RELATIONS, _ENTITY_LABELS, _Parse
from newslens.analysis.syntax.negation import is_negated

TEXT = (
    "LONDON (Newswire) - The Harbour Board did not  approve the new jetty in March.\n\n"
    "Councillor Mara Quint has never met the builders, and nobody has said why.\n"
    "We will need to   find 2.5 million pounds, she said, and it was the largest bill ever.\n"
    "Did the mayor vote?  I think he didn't, though he had promised one of them to."
)


def _denies_past(token: Token) -> bool:
    past = token.tag_ == "VBD" or (
        token.tag_ == "VBN"
        and any(
            c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "was", "were")
            for c in token.children
        )
    )
    did = any(c.dep_ == "aux" and c.lower_ == "did" for c in token.children)
    return (past or did) and is_negated(token)


def test_the_table_holds_each_tokens_attributes(nlp: Language) -> None:
    doc = nlp(TEXT)
    parse = _Parse(doc)
    assert any(t.is_space for t in doc)  # the text has whitespace tokens to skip
    for t in doc:
        i = t.i
        assert (parse.lower[i], parse.lemma[i]) == (
            t.lower_,
            t.lemma_.lower(),
        )
        assert (parse.tag[i], parse.pos[i], parse.dep[i], parse.head[i]) == (
            t.tag_,
            t.pos_,
            t.dep_,
            t.head.i,
        )
        assert bool(parse.is_space[i]) == t.is_space
        for relation in _CHILD_RELATIONS:
            assert parse.children(i, relation) == [c.i for c in t.children if c.dep_ == relation]
    words = [t for t in doc if not t.is_space]
    assert parse.spaces == [t.i for t in doc if t.is_space]
    assert parse.content == [t.i for t in words if not t.is_punct]
    assert parse.subjects == [t.i for t in words if t.dep_ in ("nsubj", "nsubjpass")]
    assert parse.roots == [t.i for t in words if t.dep_ == "ROOT"]
    assert parse.numbers == {t.i for t in words if t.like_num and t.lower_ != "one"}
    assert parse.entity_starts == {
        t.i for t in doc if t.ent_iob_ == "B" and t.ent_type_ in _ENTITY_LABELS
    }
    assert parse.denied_past == {t.i for t in doc if _denies_past(t)}
    assert parse.denied_past  # "did not approve", "has never met" …


def test_a_spans_tokens_and_text_are_spacys(nlp: Language) -> None:
    doc = nlp(TEXT)
    parse = _Parse(doc)
    for sent in doc.sents:
        assert list(parse.tokens(sent)) == [t.i for t in sent if not t.is_space]
        assert parse.text_of(sent) == sent.text


def test_an_empty_doc_has_an_empty_table(nlp: Language) -> None:
    parse = _Parse(nlp(""))
    assert parse.lower == [] and parse.entity_starts == set() and parse.denied_past == set()
