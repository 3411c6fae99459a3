"""A "that" standing for the noun before it ("the story that her father had written") points
at no sentence before, as "Peskov said that." does: the verb after it quotes nothing."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_a_relative_that_quotes_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Books\n\nThe shop opened in 1990 and sold maps. She read the story that her father "
        "had written.\n",
    )
    assert said(text, result) == []


def test_said_that_still_points_at_the_sentence_before(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Kremlin\n\nThe troops will leave on Monday. Peskov said that.\n"
    )
    assert [(who, words) for who, _, words in said(text, result)] == [
        ("Peskov", "The troops will leave on Monday")
    ]
