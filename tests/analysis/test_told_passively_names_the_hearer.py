"""Someone who "was told" or is "being told" something heard it: the words are not theirs.
Whoever told them is named by "by", or not at all."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def told(analysis_nlp: Language, text: str) -> list[str | None]:
    """The speaker of each quote whose cue is a form of "tell"."""
    return [q.speaker for q in run(analysis_nlp, text).quotes if q.cue and "told" in q.cue]


def test_being_told_is_no_one_named_speaking(analysis_nlp: Language) -> None:
    text = (
        "Peter Daly, 68, from Wigan, bought a stairlift himself after being told he faced "
        "a year's wait for a council one.\n"
    )
    assert told(analysis_nlp, text) == [None]


def test_a_subject_who_was_told_is_the_hearer(analysis_nlp: Language) -> None:
    text = "Peter Daly was told his operation had been cancelled.\n"
    assert told(analysis_nlp, text) in ([], [None])


def test_told_by_someone_is_theirs(analysis_nlp: Language) -> None:
    text = "Peter Daly was told by his surgeon that the operation had been cancelled.\n"
    assert told(analysis_nlp, text) == ["his surgeon"]


def test_told_actively_is_the_teller(analysis_nlp: Language) -> None:
    text = "Peter Daly told reporters that his operation had been cancelled.\n"
    assert told(analysis_nlp, text) == ["Peter Daly"]
