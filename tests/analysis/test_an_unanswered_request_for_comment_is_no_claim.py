"""A reporter's note that someone was asked for comment ("did not respond to a request for
comment", "was not available for comment") is no claim: a reader takes it as it is. What
someone named did not do otherwise ("did not respond to the court's order to pay £4m") is
still one, as are criticised comments."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text

STORY = (
    "Software firm to cut jobs\n\n"
    "Brightway will cut 900 jobs, its chief executive told staff on Thursday.\n\n"
    "A Brightway spokesperson did not respond to a request for comment on the cuts.\n\n"
    "Neither union responded to requests for comment on Friday.\n\n"
    "Its former chairman, Tom Hale, was not available for comment.\n\n"
    "Its founder did not return messages requesting comment.\n\n"
    "Mr Hale's solicitor declined to comment.\n\n"
    "A spokesperson for the council refused to comment when contacted.\n\n"
    "The firm did not respond to the court's order to pay £4m to former staff.\n"
)


def _claims(nlp: Language) -> list[str]:
    text, result = run_with_text(nlp, STORY)
    return [text[c.start : c.end] for c in result.claims]


def test_a_request_for_comment_is_no_claim(analysis_nlp: Language) -> None:
    assert not any("comment" in claim for claim in _claims(analysis_nlp))


def test_what_a_firm_did_not_do_is_still_a_claim(analysis_nlp: Language) -> None:
    assert any("£4m" in claim for claim in _claims(analysis_nlp))
