"""A reporter saying what a body does not disclose as a rule reports no words held back, as
"did not say" or "declined to say" does."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_a_practice_of_not_disclosing_reports_nothing(analysis_nlp: Language) -> None:
    text = "The retailer does not disclose the salaries of its warehouse workers.\n"
    assert run(analysis_nlp, text).quotes == ()


def test_a_refusal_to_say_is_still_reported(analysis_nlp: Language) -> None:
    text = "The retailer did not disclose the salaries of its warehouse workers.\n"
    assert [q.cue for q in run(analysis_nlp, text).quotes] == ["did not disclose"]
