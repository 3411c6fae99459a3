""" "It" stands for the body that said something, not for a thing inside what the body said
("The company said … that the screen had been tested …. It did not say …" is the company's),
and a one-word name that says "it" of itself ("Corvex said it welcomed …") is a body."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run


def test_it_is_not_a_subject_inside_reported_words(analysis_nlp: Language) -> None:
    text = (
        "Folding laptop unveiled\n\n"
        "The company said the battery would last up to 14 hours and that the screen had been "
        "tested to survive 200,000 folds. It did not say how many units it expected to sell.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["The company", "The company"]


def test_a_name_that_says_it_of_itself_is_a_body(analysis_nlp: Language) -> None:
    text = (
        "Folding laptop unveiled\n\n"
        "Lumora unveiled a laptop on Tuesday. The company said it would sell well.\n\n"
        "Corvex, which released a folding phone in 2023, said it welcomed the competition.\n"
    )
    result = run(analysis_nlp, text)
    # what it welcomed is part of what it said, no second quote
    assert [q.speaker for q in result.quotes][-2:] == ["The company", "Corvex"]
    assert {s.name: s.kind for s in result.speakers}["Corvex"] == "organisation"
