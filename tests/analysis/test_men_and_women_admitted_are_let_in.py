"""A college or a ward that admits "women", "men" or "people" lets them in, as one that admits
"students" or "patients" does: no one's words. A wrong admitted ("admitted mistakes") is
still the admission of the one who admits it."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said, words


def test_men_women_and_people_admitted_are_no_quote(analysis_nlp: Language) -> None:
    text = (
        "Hall marks fifty years\n\n"
        "St Aidan's Hall admitted women in 1974. The boat club first admitted men a year "
        "later. The night shelter admitted 60 people on Saturday. The summer school admitted "
        "students from nine countries.\n"
    )
    assert said(text, run(analysis_nlp, text)) == []


def test_mistakes_admitted_are_still_reported(analysis_nlp: Language) -> None:
    text = (
        "Hall marks fifty years\n\n"
        "St Aidan's Hall admitted women in 1974. The warden admitted mistakes in the "
        "handling of the complaints.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        ("The warden", "admitted", "mistakes in the handling of the complaints")
    ]
