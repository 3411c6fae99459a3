"""A news sentence that counts how many times a thing has happened ("the third stabbing this
month") or says since when a state has lasted ("closed since March") is a claim, though the
check-worthiness score, set on debates, ranks it low; a question, a possibility or a title
with an ordinal in it ("the former first lady") is not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import ClaimKind
from tests.analysis.helpers import run_with_text

STORY = """Man stabbed in Hackney

A man in his twenties was taken to hospital after being stabbed on Saturday night.
It is the third stabbing in the borough this month.
The footbridge over the canal has been closed since March.
It is the club's fourth defeat in a row.
Will it be the third stabbing this month?
The former first lady is a keen gardener.
The bridge could be closed since the repairs may take until March.
"""


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("It is the third stabbing in the borough this month.", ClaimKind.ASSERTION),
        ("The footbridge over the canal has been closed since March.", ClaimKind.NUMERIC),
        ("It is the club's fourth defeat in a row.", ClaimKind.ASSERTION),
    ],
)
def test_a_count_of_events_or_a_state_since_a_date_is_a_claim(
    analysis_nlp: Language, sentence: str, kind: ClaimKind
) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claims = {text[c.start : c.end]: c.kind for c in result.claims}
    assert claims.get(sentence) is kind


def test_a_question_a_possibility_or_a_title_is_no_claim_for_it(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claimed = {text[c.start : c.end] for c in result.claims}
    assert "Will it be the third stabbing this month?" not in claimed
    assert "The former first lady is a keen gardener." not in claimed
    assert "The bridge could be closed since the repairs may take until March." not in claimed
