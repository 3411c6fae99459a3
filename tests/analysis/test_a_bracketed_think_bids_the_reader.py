"""A verb of mind opening a bracket ("(think tariffs, for instance)") bids the reader think of
something: it reports nobody's belief, and the noun after it is no speaker."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Exporters wait\n\n"


def test_a_bracketed_think_reports_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Exporters may hold off on new plants until the trade rules settle (think "
        "tariffs, for instance) and prices calm.\n",
    )
    assert said(text, result) == []


def test_a_bracketed_belief_with_its_subject_is_still_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}Voters (we think) are angry.\n")
    assert [(s, c) for s, c, _ in said(text, result)] == [("we", "think")]
