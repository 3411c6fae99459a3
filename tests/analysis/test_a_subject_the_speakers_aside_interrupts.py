"""When the attribution is set between commas inside the sentence, between a subject and its
verb ("The library, the architect said on Thursday, would open late"), what was said is the
subject and the rest of the sentence, however the parse hangs the aside, and wherever the aside
says it was said."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words

ARTICLE = (
    "Delays at the new Harbour Library\n\n"
    "The new library, the council's architect said on Thursday, would open a year late.\n\n"
    "These drivers, Dr Okafor explained at the inquiry, were working twelve-hour shifts.\n\n"
    "The harbour wall, he told me last week, is the oldest thing still standing in Porthcove.\n"
)


def test_the_subject_and_its_verb_around_the_aside_are_what_was_said(
    analysis_nlp: Language,
) -> None:
    quotes = run(analysis_nlp, ARTICLE).quotes
    assert [(words(ARTICLE, q), q.cue) for q in quotes] == [
        ("The new library | would open a year late", "said"),
        ("These drivers | were working twelve-hour shifts", "explained"),
        ("The harbour wall | is the oldest thing still standing in Porthcove", "told"),
    ]
    assert [q.speaker for q in quotes][:2] == ["the council's architect", "Okafor"]


def test_a_clause_before_the_aside_is_not_read_as_its_subject(analysis_nlp: Language) -> None:
    text = "The ferry was late again, the captain said on Friday, because of the wind.\n"
    quotes = run(analysis_nlp, text).quotes
    assert all("because of the wind" not in words(text, q) for q in quotes)


def test_an_aside_saying_which_writing_it_was_in_keeps_the_subject(
    analysis_nlp: Language,
) -> None:
    text = (
        "Rovers part company with manager\n\n"
        "Lowe, the club said in a letter that it sent to fans, had gone with its thanks.\n"
    )
    [quote] = run(analysis_nlp, text).quotes
    assert (quote.speaker, words(text, quote)) == ("the club", "Lowe | had gone with its thanks")
