"""Reported words that open a bracket keep the bracket that closes it ("the strike hit shortly
after 2am (0000 GMT)"), however the parse ends them."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_the_closing_bracket_is_part_of_the_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Strike on school\n\nResidents said the strike hit shortly after 2am (0000 GMT).\n",
    )
    assert said(text, result) == [
        ("Residents", "said", "the strike hit shortly after 2am (0000 GMT)")
    ]
