"""A reporting noun with a relative clause that says who made it ("the report that the clerk
filed") reports nothing: the clause is not the report's content, however the parse hung it."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_clause_saying_who_filed_a_report_is_not_reported(analysis_nlp: Language) -> None:
    text = (
        "The inquiry into the flooded depot opened on Tuesday.\n\n"
        "The report that the clerk filed on Monday was two pages long.\n\n"
        "The statement that the firm released was short.\n"
    )
    assert [words(text, q) for q in run(analysis_nlp, text).quotes] == []


def test_a_claim_that_holds_a_clause_is_still_reported(analysis_nlp: Language) -> None:
    text = "Despite official pronouncements that the line was safe, the trains stayed put.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(words(text, q), q.cue) for q in quotes] == [
        ("that the line was safe", "pronouncements")
    ]
