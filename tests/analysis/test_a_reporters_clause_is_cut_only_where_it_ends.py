"""The reporter's own clause before an attribution is a claim up to where the clause ends:
not cut inside a phrase it needs ("has not set out | plans to …"), not ending on a word that
joins the rest ("… on 3 May when") nor on a noun the speaker names after it ("…, a figure
she calls "embarrassing""), and no claim at all when it is only a phrase ("Asked
whether the budget would be enough, …")."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text


def claims_of(analysis_nlp: Language, story: str) -> list[str]:
    text, result = run_with_text(analysis_nlp, story)
    return [text[c.start : c.end] for c in result.claims]


def test_a_clause_whose_object_names_a_plan_is_listed_whole(analysis_nlp: Language) -> None:
    claims = claims_of(
        analysis_nlp,
        "Stadium costs\n\nThe council has not set out plans to pay for the £90m stadium. "
        "The governor shelved his proposals to raise fuel duty by 5p a litre.",
    )
    assert "The council has not set out plans to pay for the £90m stadium." in claims
    assert "The governor shelved his proposals to raise fuel duty by 5p a litre." in claims
    assert not {"The council has not set out", "The governor shelved"} & set(claims)


def test_a_clause_ends_before_the_word_that_joins_the_report(analysis_nlp: Language) -> None:
    claims = claims_of(
        analysis_nlp,
        "Bridge shut\n\nThe Kell bridge was closed to traffic on 3 May when engineers said "
        "cracks had been found in two of its supports.",
    )
    assert "The Kell bridge was closed to traffic on 3 May" in claims


def test_a_question_put_before_the_answer_is_no_claim(analysis_nlp: Language) -> None:
    claims = claims_of(
        analysis_nlp,
        "Tram works\n\nAsked whether the budget of £40m would be enough, the project's director "
        "replied that the figure had been checked twice by engineers.",
    )
    assert not any(claim.startswith("Asked") for claim in claims)
    assert any("checked twice" in claim for claim in claims)


def test_a_clause_before_although_is_still_cut_there(analysis_nlp: Language) -> None:
    claims = claims_of(
        analysis_nlp,
        "Crime figures\n\nBurglaries fell to 1,200 last year, although police said many "
        "thefts went unreported.",
    )
    assert "Burglaries fell to 1,200 last year" in claims


def test_a_clause_never_ends_on_the_noun_a_speaker_names(analysis_nlp: Language) -> None:
    claims = claims_of(
        analysis_nlp,
        "Engineers\n\nOnly 16% of engineers in the UK are women, a figure she calls "
        '"embarrassing for a country that invented the railway". Sales rose 5% to £2bn, '
        "although analysts said the rise was small.",
    )
    assert not [c for c in claims if c.endswith("a figure")]
    assert "Sales rose 5% to £2bn" in claims


def test_a_clause_never_ends_on_the_noun_a_report_is_about(analysis_nlp: Language) -> None:
    claims = claims_of(
        analysis_nlp,
        "Fuel\n\nIn January, a jet landed at Wick with 300kg less fuel than required, an incident "
        'the airline said was caused by a "calculation error".',
    )
    assert not [c for c in claims if c.endswith("an incident")]
    assert any(c.startswith("In January, a jet landed at Wick with 300kg") for c in claims)


def test_a_speaker_set_off_before_who_said_still_ends_the_clause(analysis_nlp: Language) -> None:
    claims = claims_of(
        analysis_nlp,
        "Vote\n\nThe tax bill passed the Senate 51-49 in 2017, pushed by Mitch McConnell, then "
        "the majority leader, who said it would pay for itself.",
    )
    assert (
        "The tax bill passed the Senate 51-49 in 2017, pushed by Mitch McConnell, then the "
        "majority leader" in claims
    )
