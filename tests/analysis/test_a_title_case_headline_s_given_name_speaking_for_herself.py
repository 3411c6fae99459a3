"""A title-case headline's label that the recogniser reads as no one ("Ilse Varga: We Will Not
Back Down") names who speaks when it opens with a given name and its words are someone's own,
in the first person; a given name that opens a clause of the headline ("Hope Fades: …") is
no one."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said

BODY = "The union leader told members on Monday that the strike would go on.\n"


def test_a_given_name_and_a_surname_speaking_in_the_first_person(analysis_nlp: Language) -> None:
    text = "Ilse Varga: We Will Not Back Down\n\n" + BODY
    assert said(text, run(analysis_nlp, text))[0] == ("Ilse Varga", ":", "We Will Not Back Down")


def test_a_given_name_opening_a_clause_is_no_speaker(analysis_nlp: Language) -> None:
    text = "Hope Fades: We Will Keep Looking, Say Rescuers\n\n" + BODY
    assert "Hope Fades" not in [s for s, _, _ in said(text, run(analysis_nlp, text))]
