"""An answer that tells of asking someone for a fund, a grant or a loan tells of a thing asked
to be given, no words; asking them to act ("asked ministers to pay for the wall") or asking
whether something holds is still what was asked."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

INTRO = (
    "The wall that keeps the sea out\n\n"
    "Ian Pascoe chairs the Mevagissey harbour trust. We spoke to him about the winter.\n\n"
    "Q: What have you done since the storm?\n\n"
)


def test_asking_for_a_fund_or_a_loan_reports_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        INTRO + "A: We asked ministers for a fund to rebuild the breakwater. The trust asked "
        "the bank for a loan as well.\n",
    )
    assert [cue for _, cue, _ in said(text, result)] == [None]


def test_asking_someone_to_act_or_whether_is_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        INTRO + "A: We asked ministers to pay for the breakwater. We asked whether the old "
        "wall would last another winter.\n",
    )
    assert [(s, w) for s, cue, w in said(text, result) if cue == "asked"] == [
        ("Ian Pascoe", "ministers to pay for the breakwater"),
        ("Ian Pascoe", "whether the old wall would last another winter"),
    ]
