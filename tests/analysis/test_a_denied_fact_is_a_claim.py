"""A statement that something named did not do a thing ("The researchers did not measure …")
states no figure and little the score weighs, but a fact-checker can check it: it is listed."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import ClaimKind

from .helpers import run_with_text

STORY = (
    "Coffee linked to lower risk of liver disease\n\n"
    "Those who drank coffee were 21% less likely to develop liver disease, the study found.\n\n"
    "The researchers did not measure how the coffee was brewed in every case.\n\n"
    "More research is needed."
)


def test_a_denied_act_is_listed(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claims = {text[c.start : c.end]: c.kind for c in result.claims}
    sentence = "The researchers did not measure how the coffee was brewed in every case."
    assert claims.get(sentence) is ClaimKind.ASSERTION


def test_a_feeling_or_view_denied_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Profile\n\nRuth Ashworth does not like the word visionary. The council did not approve "
        "the plan. Her colleagues do not believe the rumours.",
    )
    assert [text[c.start : c.end] for c in result.claims] == [
        "The council did not approve the plan."
    ]
