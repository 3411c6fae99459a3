"""A mail's header pasted on one line into a story ("From: … Sent: 3 March 2026 To: newsdesk")
names its sender and date: no words of whoever introduces it, and no claim for its date."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import ClaimKind
from tests.analysis.helpers import run, said

_HEADER = "From: Harwood Press Office Sent: 3 March 2026 To: newsdesk"


def test_a_header_line_after_said_and_a_colon_is_not_quoted(analysis_nlp: Language) -> None:
    text = (
        "Bridge to close for repairs\n\n"
        "The council said:\n\n"
        f"{_HEADER}\n\n"
        "Drivers have been told to use the ring road.\n"
    )
    assert [words for _, _, words in said(text, run(analysis_nlp, text))] == []


def test_a_paragraph_after_said_and_a_colon_is_still_quoted(analysis_nlp: Language) -> None:
    text = (
        "Bridge to close for repairs\n\n"
        "The council said:\n\n"
        "The bridge will close on 10 March for four weeks while the deck is replaced.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        (
            "The council",
            "said",
            "The bridge will close on 10 March for four weeks while the deck is replaced.",
        )
    ]


def test_a_header_line_is_no_claim_and_a_dated_sentence_is(analysis_nlp: Language) -> None:
    text = (
        "Bridge to close for repairs\n\n"
        "The bridge will close next month.\n\n"
        f"{_HEADER}\n\n"
        "The bridge will close on 10 March for four weeks.\n"
    )
    claims = [(text[c.start : c.end], c.kind) for c in run(analysis_nlp, text).claims]
    assert claims == [
        ("The bridge will close on 10 March for four weeks.", ClaimKind.NUMERIC),
    ]
