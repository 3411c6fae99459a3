"""When an aside of saying stands between a clause and a phrase without a verb ("…, the
weather service said, the highest in the region"), what was said is the clause before it,
not the phrase alone."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_clause_before_the_aside_is_reported(analysis_nlp: Language) -> None:
    text = (
        "A gust of 88mph was recorded at Kilmory at 9am, the weather service said, the "
        "highest in the region so far today.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [text[q.parts[0][0] : q.parts[0][1]] for q in quotes] == [
        "A gust of 88mph was recorded at Kilmory at 9am"
    ]
