"""Charges denied by someone ("The charges were denied by both men") are their words, as
"Both men denied the charges" are; one denied a thing ("He was denied bail") says nothing,
and charges denied by no one named are no one's words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said, words


def test_charges_denied_by_someone_are_reported(analysis_nlp: Language) -> None:
    text = (
        "Brothers on trial\n\n"
        "Carl and Dean Ashby appeared at Hull Crown Court on Monday. The charges were "
        "denied by both men.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.cue, words(text, q)) for q in quotes] == [("denied", "The charges")]
    assert quotes[0].speaker is not None


def test_bail_denied_or_charges_denied_by_no_one_is_no_quote(analysis_nlp: Language) -> None:
    text = (
        "Brothers on trial\n\n"
        "Carl and Dean Ashby appeared at Hull Crown Court on Monday. Carl Ashby was denied "
        "bail. The charges were denied.\n"
    )
    assert said(text, run(analysis_nlp, text)) == []
