"""A source's words given in a relative clause ("a rise, which the union says is below
inflation") are what the relative pronoun stands for and what follows the verb: the source and
its verb are not among them."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, words


def test_which_the_source_says_reports_the_noun_and_the_rest(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Nurses have been offered a 4.5% rise, which the Royal College of Nursing says is "
        "below inflation.",
    )
    quote = next(q for q in result.quotes if q.cue == "says")
    said = [text[a:b] for a, b in quote.parts]
    assert said == ["a 4.5% rise", "is below inflation"]
    assert "Royal College" not in words(text, quote)
