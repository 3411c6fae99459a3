"""A count a body reports keeps its change and the month before it, though the parse hangs
them on the verb: "reported 58,000 crossings in October, down 71% from a year earlier"; when
it was announced ("announced 500 job cuts on Monday") is no part of the words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_the_change_of_a_count_reported_is_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Crossings fall\n\nThe border agency reported 58,000 crossings at the southern border "
        "in October, down 71% from the same month a year earlier.\n",
    )
    [(_, _, words)] = said(text, result)
    assert words.endswith("in October, down 71% from the same month a year earlier")


def test_when_a_count_was_announced_is_not_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Jobs go\n\nThe firm announced 500 job cuts on Monday, after a bad year.\n"
    )
    assert said(text, result) == [("The firm", "announced", "500 job cuts")]
