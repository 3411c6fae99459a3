"""In "When Ortiz asked about the fares, the spokeswoman said …" the spokeswoman is someone
other than Ortiz; "When Ortiz arrived, she said …" is still Ortiz."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_role_after_an_asker_is_someone_else(analysis_nlp: Language) -> None:
    text = "When Ortiz asked about the fares, the spokeswoman said prices would rise in April.\n"
    said = [q for q in run(analysis_nlp, text).quotes if q.cue == "said"]
    assert [q.speaker for q in said] == ["the spokeswoman"]


def test_a_pronoun_after_the_clause_is_still_its_subject(analysis_nlp: Language) -> None:
    text = "Maria Ortiz chairs the board.\n\nWhen Ortiz arrived, she said prices would rise.\n"
    said = [q for q in run(analysis_nlp, text).quotes if q.cue == "said"]
    assert [q.speaker_key for q in said] == ["maria ortiz"]
