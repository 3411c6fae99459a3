""" "Waiting times have doubled; the trust admits this": a bare "this" after a clause of its own
sentence points back to that clause, not to the sentence before. One who denies it says
nothing of their own: "Critics claim …; the minister denies this" is the critics' words alone.
"""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Hospital review delayed\n\nThe review of the county's hospitals began in May. "


def test_denying_this_after_a_semicolon_gives_the_denier_no_words(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Critics claim the review is a delaying tactic; the minister denies this.\n",
    )
    assert said(text, result) == [("Critics", "claim", "the review is a delaying tactic")]
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}The review is a delaying tactic; the minister denies this.\n"
    )
    assert said(text, result) == []


def test_admitting_this_after_a_clause_admits_that_clause(analysis_nlp: Language) -> None:
    for join in ("; ", ", and "):
        text, result = run_with_text(
            analysis_nlp,
            f"{HEAD}Waiting times have doubled since then{join}the trust admits this.\n",
        )
        assert said(text, result) == [
            ("the trust", "admits", "Waiting times have doubled since then")
        ], join


def test_ruling_that_out_reports_nothing_before_it(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Some hoped the review would close a ward. The minister ruled that out.\n",
    )
    assert [(s, cue) for s, cue, _ in said(text, result)] == [("Some", "hoped")]


def test_ruling_that_a_clause_holds_is_still_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}The judge ruled that the review was unlawful.\n"
    )
    assert said(text, result) == [("The judge", "ruled", "that the review was unlawful")]
