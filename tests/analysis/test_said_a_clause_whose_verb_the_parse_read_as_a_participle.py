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
