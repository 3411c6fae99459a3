"""On a letters page each letter greets the editor ("Sir, …") and is signed on the line under
it with a name and a place: the letter is its signer's words, and the "I" in it is the signer,
not the paper; so is a column's "I" the one writer its byline names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.pipeline import analyze
from newslens.article import Article
from tests.analysis.helpers import run_with_text, said

PAGE = (
    "Letters: parking and a thank you\n\n"
    "Sir, The new parking charges at the station will drive shoppers out of town.\n"
    "Alan Drew, Hythe\n\n"
    "Sir, I want to thank the nurses on Ward 4, who cared for my father in his last days.\n"
    "Rita Shah, Folkestone, Kent\n"
)


def test_each_letter_is_its_signer_s(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, PAGE)
    assert said(text, result) == [
        (
            "Alan Drew",
            None,
            "The new parking charges at the station will drive shoppers out of town.",
        ),
        (
            "Rita Shah",
            None,
            "I want to thank the nurses on Ward 4, who cared for my father in his last days.",
        ),
    ]


_COLUMN = (
    "Our towns deserve better\n\nBy Jane Roe\n\nI believe the high street can be saved. "
    "The council says it has no money.\n"
)


@pytest.mark.parametrize(
    ("byline", "writer"),
    [
        # a column's "I" is the one person its byline names, as a letter's is its signer
        ("Jane Roe", "Jane Roe"),
        # a byline of two writers or of an agency says no one "I" is
        ("Jane Roe and Tom Hill", "I"),
        ("Reuters", "I"),
    ],
)
def test_a_columns_i_is_the_writer_its_byline_names(
    analysis_nlp: Language, byline: str, writer: str
) -> None:
    result = analyze(Article(text=_COLUMN, byline=byline), nlp=analysis_nlp)
    assert [q.speaker for q in result.quotes] == [writer, "The council"]
    assert {c.claimant for c in result.claims} == {writer, "The council"}
    assert {s.name for s in result.speakers} == {writer, "The council"}
