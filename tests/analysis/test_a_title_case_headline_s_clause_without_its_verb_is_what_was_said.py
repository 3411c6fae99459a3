"""A title-case headline leaves out a verb after "Says": "Bridge Plan Stalls: Council Says More
Money Needed" reports the council's "More Money Needed", as "Council says more money needed"
does in sentence case. A headline whose halves no one speaks stays without a speaker."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said

BODY = "The council said on Monday that the new bridge would cost more than planned.\n"


def test_the_clause_after_says_is_the_councils(analysis_nlp: Language) -> None:
    text = "Bridge Plan Stalls: Council Says More Money Needed\n\n" + BODY
    assert said(text, run(analysis_nlp, text))[0] == ("The council", "Says", "More Money Needed")


def test_a_headline_of_two_phrases_has_no_speaker(analysis_nlp: Language) -> None:
    text = (
        "Rents Keep Rising: What The Figures Say\n\nRents rose again last month, the agency said.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("the agency", "said", "Rents rose again last month")
    ]
