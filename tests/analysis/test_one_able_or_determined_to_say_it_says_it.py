"""Words after "was able to tout" or "is determined to warn" are those of the one who is able
or determined; "it is too early to say" still names no one."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_one_determined_to_warn_warns(analysis_nlp: Language) -> None:
    text = (
        "Harbour vote\n\nMayor Tom Hale is also determined to warn his supporters about the "
        "dangers of staying at home.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Tom Hale", "warn")]


def test_too_early_to_say_is_no_one_s(analysis_nlp: Language) -> None:
    text = (
        "Harbour vote\n\nMayor Tom Hale spoke on Monday. It is too early to say whether the "
        "harbour will close.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [q.speaker for q in quotes if q.cue == "say"] in ([], [None])


def test_too_early_to_say_inside_someone_s_words_is_no_one_s(analysis_nlp: Language) -> None:
    # the parse hangs "to say" on "was", not on "early"; "it" is no thing named before
    text = (
        "Mill fire\n\nThe cause of the fire is not yet known.\n\n"
        "Mr Aspinall said the firm was insured, but that it was “far too early” to say whether "
        "he could rebuild.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [q.speaker for q in quotes] == ["Aspinall"]


def test_one_quick_to_say_it_says_it(analysis_nlp: Language) -> None:
    # near miss: a named subject of "was quick to say" says it
    text = "Harbour vote\n\nMayor Tom Hale was quick to say that the harbour would stay open.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Tom Hale", "say")]
