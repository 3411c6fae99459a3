"""Words said in a writing ("said in a letter to parents that …", "in a statement that …")
are the sayer's, though the parse may read the "that" as opening a relative clause on the
letter; a clause saying which letter it was ("a letter that the BBC has seen", "that it
sent to fans") is no part of the words, and whoever saw or sent the letter said nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import QuoteKind
from tests.analysis.helpers import run, run_with_text, said


@pytest.mark.parametrize(
    ("text", "sender", "words"),
    [
        (
            "The school said in a letter to parents that Ms Ames had retired after 31 years.\n",
            "The school",
            "that Ms Ames had retired after 31 years",
        ),
        (
            "The club said in a letter that the BBC has seen that Lowe had left.\n",
            "The club",
            "that Lowe had left",
        ),
        (
            "The club said in a letter that it sent to fans that the ground would close.\n",
            "The club",
            "that the ground would close",
        ),
    ],
)
def test_the_words_after_the_letter_are_the_senders(
    analysis_nlp: Language, text: str, sender: str, words: str
) -> None:
    assert said(text, run(analysis_nlp, text)) == [(sender, "said", words)]


def test_a_quoted_fragment_in_words_said_in_a_letter_is_mixed(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, 'The club said in a letter to fans that Lowe had gone "with our thanks".\n'
    )
    assert said(text, result) == [("The club", "said", 'that Lowe had gone "with our thanks"')]
    assert [q.kind for q in result.quotes] == [QuoteKind.MIXED]


def test_a_letter_sent_with_no_one_saying_anything_reports_nothing(
    analysis_nlp: Language,
) -> None:
    text = "Lowe was thanked in a letter that the club sent to fans on Monday.\n"
    assert said(text, run(analysis_nlp, text)) == []
