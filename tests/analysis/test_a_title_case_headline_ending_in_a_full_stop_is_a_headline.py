"""A title-case headline that ends in a full stop is still the headline: its role, "Retired
Judge Says …", is the retired judge the story goes on to describe. A one-line first
paragraph in sentence case that ends in a full stop is the story's own sentence, its "the
judge" no headline's."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

_STORY = (
    "\n\nA retired judge has criticised the delays facing victims in the county's courts.\n\n"
    '"Cases now take three years to reach trial," said Helen Marsh, who left the bench in 2021.\n'
)


def test_the_headline_s_role_is_the_one_the_story_describes(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Retired Judge Says Courts Are Failing Victims." + _STORY
    )
    assert said(text, result)[0] == ("A retired judge", "Says", "Courts Are Failing Victims")


def test_a_first_sentence_in_sentence_case_stays_the_story_s(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "The judge says courts are failing victims." + _STORY
    )
    assert said(text, result)[0] == ("The judge", "says", "courts are failing victims")
