"""A sum whose unit the tokenizer keeps with a full stop ("£140m.") still ends its sentence
when a capitalised word follows, so the next sentence's speaker is not given both; and the
full stop is the sentence's, no part of the words a sum ends ("would cost £15m")."""

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


def test_reported_words_ending_on_a_sum_leave_out_the_full_stop(analysis_nlp: Language) -> None:
    text = (
        "Bridge plan backed\n\n"
        "The mayor said the bridge would cost £15m. Councillors will vote next week.\n\n"
        "She said the tunnel would cost £1.2bn.\n\n"
        "The trust said the repairs would cost 40k.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [words(text, q) for q in quotes] == [
        "the bridge would cost £15m",
        "the tunnel would cost £1.2bn",
        "the repairs would cost 40k",
    ]
