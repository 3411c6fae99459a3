"""Reported words do not stop at a particle or a preposition with nothing after it: a
headline's "vote to strike over pay and ticket office closures", which the parse cuts
after "over", reports the whole."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text


def test_a_headlines_vote_to_strike_over_pay_runs_to_its_end(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Rail workers vote to strike over pay and ticket office closures\n\n"
        "Rail workers at Northline will walk out for 48 hours next week, the union said.\n",
    )
    first = result.quotes[0]
    assert text[first.start : first.end] == "to strike over pay and ticket office closures"


def test_a_phrasal_verb_ending_the_sentence_keeps_its_end(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, "The minister said she would not back down.\n")
    assert [text[q.start : q.end] for q in result.quotes] == ["she would not back down"]
