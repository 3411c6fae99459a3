"""A headline that opens with its quote names who said it after a colon: "'We need 5,000 more
nurses': health chief sets out plan". A kicker after the colon is nobody."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text

_STORY = (
    "\n\nThe head of the county's health board has warned that hospitals will struggle this "
    "winter.\n"
)


def test_a_headline_quote_is_said_by_the_role_after_its_colon(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "'We need 5,000 more nurses': health chief sets out plan" + _STORY
    )
    quote = next(q for q in result.quotes if q.start == 0)
    assert text[quote.start : quote.end] == "'We need 5,000 more nurses'"
    assert quote.speaker == "health chief"


def test_a_headline_quote_before_a_topic_has_no_source(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, "'Worst in a generation': flood warnings issued across the county" + _STORY
    )
    assert not any(q.start == 0 and q.speaker for q in result.quotes)


def test_a_headline_source_is_shown_without_what_it_speaks_on(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "'We were told the river would never flood': a farmer on losing everything\n\n"
        "Floodwater covered two-thirds of the Marsh family's land in January.\n",
    )
    quote = next(q for q in result.quotes if q.start == 0)
    assert quote.speaker == "a farmer"
    assert quote.speaker_span is not None
    assert text[quote.speaker_span[0] : quote.speaker_span[1]] == "a farmer"
