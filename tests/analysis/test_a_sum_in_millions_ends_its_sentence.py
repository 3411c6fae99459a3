"""A sum whose unit the tokenizer keeps with a full stop ("£140m.") still ends its sentence
when a capitalised word follows, so the next sentence's speaker is not given both."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_sentence_after_a_sum_in_millions_is_reported_alone(analysis_nlp: Language) -> None:
    text = (
        "Grocer lifts sales\n\n"
        "Sales at the grocer rose by £140m. Like-for-like sales grew by 3% in the quarter, "
        "the company said.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(words(text, q), q.speaker) for q in quotes] == [
        ("Like-for-like sales grew by 3% in the quarter", "the company")
    ]


def test_a_sum_in_billions_or_thousands_ends_its_sentence(analysis_nlp: Language) -> None:
    text = (
        "Debt climbed to $2bn. Analysts said the firm would cut jobs.\n\n"
        "Fees reached 40k. Parents said the school had not warned them.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [words(text, q) for q in quotes] == [
        "the firm would cut jobs",
        "the school had not warned them",
    ]
