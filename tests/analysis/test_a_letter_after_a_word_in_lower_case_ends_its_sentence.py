"""A capital letter with a full stop after a word in lower case ("posted on X.") ends its
sentence when a quote or a sentence follows, though the tokenizer keeps it as an initial; an
initial going on with a name ("by J. Lee", "Harry S. Truman") still does not."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_a_quote_after_a_post_on_x_is_the_poster_s(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Strike vote\n\nTom Reyes, the drivers' organiser, posted on X. "
        '"Nobody here wants a strike," he wrote.\n',
    )
    assert said(text, result) == [("Tom Reyes", "wrote", '"Nobody here wants a strike,"')]


def test_a_sentence_after_a_letter_is_reported_alone(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Ferry\n\nThe mayor posted on X. The council said sailings would resume.\n",
    )
    assert said(text, result) == [("The council", "said", "sailings would resume")]


def test_an_initial_going_on_with_a_name_keeps_its_sentence(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Archive\n\nA letter by J. Lee was found. Harry S. Truman said it was genuine.\n",
    )
    assert said(text, result) == [("Harry S. Truman", "said", "it was genuine")]
