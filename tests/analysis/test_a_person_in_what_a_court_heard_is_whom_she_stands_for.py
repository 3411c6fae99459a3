"""Someone named in what a court or an inquest heard from no one named is whom the story is
about: after "Jane Cole, 41, took cash from patients' lockers, Leeds Crown Court heard", a
later "She admitted …" is Cole's, not the headline's or the lead's "a nurse". Named in what
someone told the court, she is still no one a "he" or "she" after it stands for before the
teller."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_she_after_what_the_court_heard_is_the_one_named_in_it(analysis_nlp: Language) -> None:
    text = (
        "Nurse jailed for thefts\n\n"
        "A nurse who stole from patients has been jailed for two years.\n\n"
        "Jane Cole, 41, took cash from patients' lockers over six months, Leeds Crown Court "
        "heard.\n\n"
        "She admitted six counts of theft.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [None, "Jane Cole"]


def test_he_after_what_a_prosecutor_told_the_court_is_the_prosecutor(
    analysis_nlp: Language,
) -> None:
    text = (
        "Nurse jailed for thefts\n\n"
        "Prosecutor Mark Dunn told the court that Jane Cole had taken cash from lockers.\n\n"
        '"It was a cruel breach of trust," he said.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Mark Dunn", "Mark Dunn"]
