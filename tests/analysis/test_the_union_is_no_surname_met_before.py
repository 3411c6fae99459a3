""" "The union" opening the sentence after a one-word name is that name, a body, only when the
name is who the sentence before is about ("Aslef said …. The union said …"); a bare surname
someone met or spoke to ("Officials met Patel") stays a person, and "the union" a speaker of
its own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_union_after_a_surname_met_is_no_surname(analysis_nlp: Language) -> None:
    text = "Talks fail\n\nOfficials met Patel on Monday. The union said the talks had failed.\n"
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["The union"]
