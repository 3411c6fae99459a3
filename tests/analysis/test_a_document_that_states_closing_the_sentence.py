""" "He fired six shots, the affidavit states.": the tagger reads "affidavit states" as a noun,
as in "member states"; "states" is the cue, the affidavit who states, and the clause before
the comma what it states."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Man charged after shooting\n\nA man was charged on Tuesday after a shooting.\n\n"


def test_the_affidavit_states_the_clause_before(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Camera footage shows him firing at least six shots before driving away in a "
        "grey car, the affidavit states.\n",
    )
    assert said(text, result) == [
        (
            "the affidavit",
            "states",
            "Camera footage shows him firing at least six shots before driving away in a grey car",
        )
    ]


def test_member_states_are_no_cue(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}The deal was backed by France, Italy and the other member states.\n"
    )
    assert said(text, result) == []
