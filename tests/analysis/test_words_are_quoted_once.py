"""The same words are one quote, never two: a headline's quote before a colon and its source
is not quoted again through the verb after it, and words a verb reports through a noun
("pointed to reports that …") are not reported again for the noun."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text


def test_a_headline_quote_before_its_source_is_quoted_once(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "'We were never warned': villagers demand answers over landslide\n\n"
        "Villagers in Carrow say the council ignored reports of cracks in the hillside.\n",
    )
    headline = [q for q in result.quotes if text[q.start : q.end] == "'We were never warned'"]
    assert [q.speaker for q in headline] == ["villagers"]


def test_words_a_verb_reports_through_a_noun_are_reported_once(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Council row\n\nThe mayor has not mentioned the audit since Monday. That is when she "
        "pointed to reports that the treasurer had moved funds without approval.\n",
    )
    spans = [(q.start, q.end) for q in result.quotes]
    assert len(spans) == len(set(spans))
    moved = next(q for q in result.quotes if "moved funds" in text[q.start : q.end])
    assert moved.speaker == "The mayor"
