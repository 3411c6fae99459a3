"""A question put to someone by nobody named ("Asked whether she would sell, …") is the
reporter's, not a quote: what the one asked answers is. A question the writer puts ("We
asked her whether …", "I asked him …") is the writer's, never the one asked."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_asked_whether_opening_a_sentence_quotes_nobody(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Baker keeps the family shop\n\n"
        "Asked whether she would ever sell the shop, Ruth Imrie said she would rather close "
        "it.\n\nWhen the price of flour was raised with her, Imrie was asked if she would "
        "put up her prices.\n",
    )
    assert said(text, result) == [("Ruth Imrie", "said", "she would rather close it")]


def test_the_writers_question_is_the_writers(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Baker keeps the family shop\n\n"
        "Ruth Imrie has run the shop since 1988. \u201cFlour is dearer every week,\u201d she "
        "says.\n\nWe asked her whether the new bypass had hurt trade. She said it had not.\n",
    )
    assert [(s, w) for s, _, w in said(text, result)] == [
        ("Ruth Imrie", "\u201cFlour is dearer every week,\u201d"),
        ("We", "whether the new bypass had hurt trade"),
        ("Ruth Imrie", "it had not"),
    ]


def test_the_quote_after_an_unanswered_question_is_the_one_asked(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Baker keeps the family shop\n\n"
        "Ruth Imrie has run the shop since 1988. \u201cFlour is dearer every week,\u201d she "
        "says.\n\nAsked whether she worries about the new supermarket, she laughs. \u201cThey "
        "sell bread. We bake it.\u201d\n",
    )
    assert said(text, result)[1:] == [
        ("Ruth Imrie", None, "\u201cThey sell bread. We bake it.\u201d")
    ]


def test_what_a_question_asks_about_is_nobodys_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Baker keeps the family shop\n\n"
        "We asked Ruth Imrie if she had said that the shop would close. She said it would "
        "not.\n",
    )
    assert [w for _, cue, w in said(text, result) if cue == "said"] == ["it would not"]
