"""A text that ends on the comma after a cue set between commas (", he said,") is read
without error: no words follow the aside for it to report."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_a_text_ending_on_the_comma_after_an_aside(analysis_nlp: Language) -> None:
    text = ", according to officials, he said,"
    result = run(analysis_nlp, text)
    assert all(0 <= a < b <= len(text) for q in result.quotes for a, b in q.parts)
