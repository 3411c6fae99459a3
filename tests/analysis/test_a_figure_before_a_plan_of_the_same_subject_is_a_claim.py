""" "The company will pay a dividend of 8.4p a share, and plans to open 30 stores": the plan is
the company's reported statement, but the dividend before it is the reporter's own clause,
sharing only its subject, and states a figure a fact-checker checks: it is a claim too."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import ClaimKind

from .helpers import run_with_text

STORY = (
    "Supermarket profits jump\n\n"
    "Shares in Marlow's closed up 6% at 287p. The company will pay a final dividend of 8.4p a "
    "share, and plans to open 30 new convenience stores over the next two years.\n\n"
    "The union said it would press for a pay rise, and urged members to vote in the ballot."
)


def _claims(nlp: Language) -> dict[str, ClaimKind]:
    text, result = run_with_text(nlp, STORY)
    return {text[c.start : c.end]: c.kind for c in result.claims}


def test_the_figure_before_the_plan_is_a_claim_of_its_own(analysis_nlp: Language) -> None:
    claims = _claims(analysis_nlp)
    assert claims.get("The company will pay a final dividend of 8.4p a share") is (
        ClaimKind.NUMERIC
    )
    assert any(
        words.startswith("to open 30 new") and kind is ClaimKind.ATTRIBUTED
        for words, kind in claims.items()
    )


def test_two_reports_of_one_subject_leave_no_clause_of_the_reporters(
    analysis_nlp: Language,
) -> None:
    claims = _claims(analysis_nlp)
    assert not any(words.startswith("The union") for words in claims)
