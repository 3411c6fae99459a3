"""A surname named before, written as a possessive that the recogniser does not take for a
person's ("Oz’s advice earned him a hearing, where he said …"), is whom a "he" in its sentence stands
for, not the last speaker quoted."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "The pill doctor\n\n"
STORY = (
    f"{HEAD}Dr. Mehmet Oz hosts a talk show.\n\n"
    "“Oz has a huge audience behind him,” said Dan Gorman, a professor of surgery.\n\n"
)


def test_he_is_the_one_named_in_the_possessive(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{STORY}Oz’s advice earned him a hearing, where he said that the pills were a cure.\n",
    )
    assert ("Mehmet Oz", "said", "that the pills were a cure") in said(text, result)


def test_and_in_a_clause_of_when(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{STORY}Oz’s pill campaign cost him his licence, after he claimed that the pills were "
        "a cure.\n",
    )
    assert ("Mehmet Oz", "claimed", "that the pills were a cure") in said(text, result)
