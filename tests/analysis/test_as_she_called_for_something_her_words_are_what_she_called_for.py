""" "As she called for a recount" has words of its own, brought in by "for": what she called
for is what she said, not the clause around the cue, as it is in "as the minister noted"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Rally for equal pay\n\nThe actress Mara Quint spoke at the rally on Saturday.\n\n"


def test_what_she_called_for_is_her_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Quint was visibly moved as she called for the ratification of the amendment.\n",
    )
    assert [w for _, _, w in said(text, result)] == ["the ratification of the amendment"]


def test_the_clause_around_as_the_minister_noted_is_still_her_words(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}The economy is slowing, as the minister noted on Tuesday.\n"
    )
    assert [w for _, _, w in said(text, result)] == ["The economy is slowing"]
