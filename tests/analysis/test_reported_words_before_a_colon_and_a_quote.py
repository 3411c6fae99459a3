"""Reported speech that ends at a colon before a quote ('A spokesperson said engineers were
waiting for parts: "We expect …"') is reported as well as the quote after it, both by the
same speaker."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_the_clause_before_the_colon_is_reported_too(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Trains cancelled\n\n"
        "A spokesperson said engineers were waiting for parts: "
        '"We expect the line to reopen by Wednesday morning."\n',
    )
    assert [(who, words) for who, _, words in said(text, result)] == [
        ("A spokesperson", "engineers were waiting for parts"),
        ("A spokesperson", '"We expect the line to reopen by Wednesday morning."'),
    ]


def test_a_quote_after_a_colon_alone_stays_one_quote(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        'Trains cancelled\n\nA spokesperson said: "We expect the line to reopen soon."\n',
    )
    assert [words for _, _, words in said(text, result)] == ['"We expect the line to reopen soon."']
