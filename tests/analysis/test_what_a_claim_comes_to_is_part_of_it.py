""" "When it comes to …" after reported words limits what was said, not when it was said:
"said there remains a “significant gap,” when it comes to pay" reports the gap in pay,
though the parse hangs the phrase on "said" after the quoted fragment closes."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_the_matter_after_a_quoted_fragment_is_said_too(analysis_nlp: Language) -> None:
    text = (
        "Law firms\n\n"
        'Lynch said there remains a "significant difference in private practice and '
        'government," when it comes to how many lawyers work at the department.\n'
    )
    assert said(text, run(analysis_nlp, text)) == [
        (
            "Lynch",
            "said",
            'there remains a "significant difference in private practice and government," '
            "when it comes to how many lawyers work at the department",
        )
    ]
