"""Someone's age ("her 12-year-old son", "Reeves, who is 81") tells who they are, and is no
figure to check: it does not make a sentence a numeric assertion, nor a thing a speaker only
named ("questioned the health of Mayor John Reeves, who is 81") a claim. A span of years ("a
five-year contract") is still a figure."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import ClaimKind

from .helpers import run_with_text


def _claims(nlp: Language, text: str) -> list[tuple[ClaimKind, str]]:
    text, result = run_with_text(nlp, text)
    return [(c.kind, text[c.start : c.end]) for c in result.claims]


def test_an_age_makes_no_numeric_assertion(analysis_nlp: Language) -> None:
    claims = _claims(
        analysis_nlp, "Maria Lopez loves the library that her 12-year-old son visits every week.\n"
    )
    assert not any(kind is ClaimKind.NUMERIC for kind, _ in claims)


def test_a_thing_named_with_an_age_is_no_claim(analysis_nlp: Language) -> None:
    claims = _claims(
        analysis_nlp,
        "Opposition councillors questioned the health of Mayor John Reeves, who is 81.\n",
    )
    assert not any(words.startswith("the health") for _, words in claims)


def test_a_span_of_years_is_still_a_figure(analysis_nlp: Language) -> None:
    claims = _claims(analysis_nlp, "The club signed Reeves on a five-year contract.\n")
    assert [kind for kind, _ in claims] == [ClaimKind.NUMERIC]
