"""A headline that gives one subject two verbs ("Fed holds rates steady, signals two cuts")
reports what the second verb says, said by the subject of the first; what the subject did
first is no one's words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_a_body_that_acts_then_signals_is_the_source(analysis_nlp: Language) -> None:
    text = (
        "Fed holds rates steady, signals two cuts later this year\n\n"
        "The Federal Reserve kept rates on hold on Wednesday.\n"
    )
    result = run(analysis_nlp, text)
    assert [(q.speaker, q.cue, text[q.start : q.end]) for q in result.quotes] == [
        ("Federal Reserve", "signals", "two cuts")
    ]


def test_a_minister_who_quits_then_says_is_the_named_minister(analysis_nlp: Language) -> None:
    text = (
        "Minister quits, says party has lost its way\n\n"
        "The transport minister, Ann Vale, resigned on Tuesday.\n"
    )
    result = run(analysis_nlp, text)
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        ("Ann Vale", "party has lost its way")
    ]


def test_words_before_the_cue_with_its_own_subject_after_are_reported(
    analysis_nlp: Language,
) -> None:
    text = "Bills to rise\n\nPrices will rise by April, warns Ofgem.\n"
    result = run(analysis_nlp, text)
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        ("Ofgem", "Prices will rise by April")
    ]
