"""What someone must or should tell ("firms must report a serious breach to the regulator
within 72 hours") is a duty, no words said, and the sentence is the reporter's claim; the
speaker's own "I must say that …" still says it."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import ClaimKind
from tests.analysis.helpers import run, said


def test_a_duty_to_report_a_breach_is_a_claim_not_a_quote(analysis_nlp: Language) -> None:
    text = (
        "Under data protection law, firms must report a serious breach to the regulator "
        "within 72 hours.\n"
    )
    result = run(analysis_nlp, text)
    assert said(text, result) == []
    assert [(c.kind, text[c.start : c.end]) for c in result.claims] == [
        (ClaimKind.NUMERIC, text.strip())
    ]


def test_i_must_say_still_says_it(analysis_nlp: Language) -> None:
    text = '"I must say that the staff were wonderful," Hale said. I must say that it was late.\n'
    assert [w for _, _, w in said(text, run(analysis_nlp, text))][-1:] == ["that it was late"]
