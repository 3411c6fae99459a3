"""'Marsh said the findings held after the team accounted for smoking' reports what the
findings did, though the parser reads "held" as a participle describing them; "said a prayer
written after the flood" reports nothing, "written" being a participle and no past tense."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_a_clause_with_a_time_clause_after_its_verb_is_reported(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Walking and the heart\n\n"
        "Marsh said the findings held after the team accounted for smoking, weight and "
        "income.\n",
    )
    assert said(text, result) == [
        (
            "Marsh",
            "said",
            "the findings held after the team accounted for smoking, weight and income",
        )
    ]


def test_a_prayer_written_after_an_event_is_no_report(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "A quiet service\n\n"
        "The vicar said a prayer written after the village flooded.\n\n"
        "The vicar said a prayer written for the village.\n",
    )
    assert said(text, result) == []


def test_a_contract_agreed_this_year_is_no_one_agreeing(analysis_nlp: Language) -> None:
    # "agreed" is a participle on the contract, though the parse made it a clause of "pointed"
    text, result = run_with_text(
        analysis_nlp,
        "Pharmacies close\n\n"
        "The Department of Health pointed to a new contract agreed this year that raises the "
        "fee for each prescription.\n",
    )
    assert [cue for _, cue, _ in said(text, result)] == ["pointed"]


def test_a_council_that_agreed_is_still_reported(analysis_nlp: Language) -> None:
    # near miss: the clause has its own subject
    text, result = run_with_text(
        analysis_nlp, "Pharmacies close\n\nThe minister said the council agreed to pay.\n"
    )
    assert [who for who, _, _ in said(text, result)][:1] == ["The minister"]
