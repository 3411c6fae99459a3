"""A "she" or "he" opening a clause set before its sentence's named subject ("While she
acknowledged a delay, Okafor blamed …") is that name, not a speaker of the paragraph
before; a "he" before a woman's name is someone else."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_she_before_the_name_is_that_name(analysis_nlp: Language) -> None:
    text = (
        "Maria Lund, the site manager, said the work was late.\n\n"
        "While she acknowledged a delay, Okafor blamed the contractor for the missing "
        "steel.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Maria Lund", "Okafor", "Okafor"]


def test_he_before_a_womans_name_is_not_her(analysis_nlp: Language) -> None:
    text = (
        "Maria Lund, the site manager, said the work was late.\n\n"
        "While he acknowledged a delay, Mrs Okafor blamed the contractor for the missing "
        "steel.\n"
    )
    assert quote_speakers(analysis_nlp, text)[1] != "Okafor"
