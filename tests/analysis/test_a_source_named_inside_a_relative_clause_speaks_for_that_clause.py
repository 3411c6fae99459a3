""" "According to X" inside a relative clause ("bus fares, which rose 9% last year according to
the regulator, will be frozen") gives X the relative clause and the noun it is about, not the
sentence around it: what the sentence's own speaker says stays theirs."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text

STORY = (
    "Fares frozen for a year\n\n"
    "The mayor said that bus fares, which rose 9% last year according to the transport "
    "regulator, would be frozen until next April.\n"
    "The driver, who according to witnesses was not wearing a seatbelt, was taken to hospital.\n"
    "Ticket sales fell by a fifth in March, according to the operator.\n"
)


def _parts(nlp: Language) -> dict[str | None, list[str]]:
    text, result = run_with_text(nlp, STORY)
    return {q.speaker: [text[a:b] for a, b in q.parts] for q in result.quotes}


def test_the_source_says_the_relative_clause_about_its_noun(analysis_nlp: Language) -> None:
    parts = _parts(analysis_nlp)
    assert parts["the transport regulator"] == ["bus fares", "rose 9% last year"]
    assert parts["witnesses"] == ["The driver", "was not wearing a seatbelt"]


def test_the_sentences_speaker_keeps_the_words_around_it(analysis_nlp: Language) -> None:
    [words] = _parts(analysis_nlp)["The mayor"]
    assert words.startswith("that bus fares, which rose 9%")
    assert words.endswith("would be frozen until next April")


def test_according_to_a_source_of_the_sentences_own_clause_is_the_whole(
    analysis_nlp: Language,
) -> None:
    assert _parts(analysis_nlp)["the operator"] == ["Ticket sales fell by a fifth in March"]
