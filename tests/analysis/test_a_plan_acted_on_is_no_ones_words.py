"""A plan, proposal or decision that someone approves, funds or scraps is a thing dealt
with, not anyone's words; its figures stay in one whole numeric claim. A plan made known
("set out a plan to …") and a warning are still reported."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_an_approved_plan_reports_nothing(analysis_nlp: Language) -> None:
    text = (
        "Councillors have approved a £9 million plan to knock down and rebuild the old library.\n"
    )
    result = run(analysis_nlp, text)
    assert result.quotes == ()
    assert [text[c.start : c.end] for c in result.claims] == [text.strip()]


def test_scrapped_and_funded_plans_report_nothing(analysis_nlp: Language) -> None:
    text = (
        "Ministers scrapped plans to raise the levy on holiday homes.\n\n"
        "The trust will fund a proposal to repair the chapel roof.\n"
    )
    assert run(analysis_nlp, text).quotes == ()


def test_a_warning_beside_an_approved_plan_is_still_reported(analysis_nlp: Language) -> None:
    text = (
        "Councillors have approved a plan to rebuild the old library, despite warnings that "
        "the town will lose its archive.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        (None, "warnings", "that the town will lose its archive")
    ]


def test_a_plan_set_out_is_still_reported(analysis_nlp: Language) -> None:
    text = "The governor set out a plan to cut bus fares by a third.\n"
    assert [q.cue for q in run(analysis_nlp, text).quotes] == ["plan"]
