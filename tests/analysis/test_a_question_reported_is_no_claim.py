"""A question put, reported ("asked whether the minister had met any fishermen", "asked if
residents had been consulted"), asserts nothing to check; "said if …" states a condition and
is still a claim, and so is the answer to the question."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text

STORY = (
    "Harbour plan questioned\n\n"
    "At the meeting, councillor Ruth Gale asked whether the harbour board had met any "
    "fishermen before it drew up the plan. Another member asked if residents had been "
    "consulted.\n\n"
    "The board's chair, Owen Pike, said the board had held 14 meetings with fishermen since "
    "May.\n\n"
    "Gale said if the plan went ahead, 40 boats would have to leave the harbour."
)


def test_a_reported_question_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claims = [text[c.start : c.end] for c in result.claims]
    assert not any(claim.startswith(("whether", "if residents")) for claim in claims)
    assert any("14 meetings" in claim for claim in claims)


def test_a_condition_reported_is_still_a_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claims = [text[c.start : c.end] for c in result.claims]
    assert any("40 boats" in claim for claim in claims)
