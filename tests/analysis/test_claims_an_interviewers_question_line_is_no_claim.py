"""In a Q&A transcript the interviewer's "Q:" line is no claim, even one that states a figure
("Q: You ran the Leeds marathon in 2019."): it prompts the answer, which is the claim."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import run_with_text

INTERVIEW = (
    "Running for the city: an interview with Maya Stone\n\n"
    "Maya Stone has coached the Leeds running club for 12 years. We asked her about it.\n\n"
    "Q: {question}\n\n"
    "A: Yes. I finished in four hours, and we raised £3,000 for the hospice.\n\n"
    "Q: Will you run again?\n\n"
    "A: Next year, I hope.\n"
)


@pytest.mark.parametrize(
    "question",
    ["You ran the Leeds marathon in 2019.", "You ran the Leeds marathon in 2019. Why?"],
)
def test_a_question_line_is_no_claim(analysis_nlp: Language, question: str) -> None:
    text, result = run_with_text(analysis_nlp, INTERVIEW.format(question=question))
    claims = [text[c.start : c.end] for c in result.claims]
    assert not any("marathon" in claim for claim in claims)
    # near miss: the answer and the intro's figure stay claims
    assert any("£3,000" in claim for claim in claims)
    assert any("12 years" in claim for claim in claims)
