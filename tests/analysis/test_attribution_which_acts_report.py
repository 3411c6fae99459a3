"""Which acts report words, and by which cue: a clause the parse reads as a participle, a
noun cue ("a statement … read", "her allegation", "his message"), an utterance after a colon a few
words past its cue; and acts that report nothing (backing a plan, publishing a document,
planning a thing) or no second quote (a vote or an act to come inside someone's words)."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import QuoteKind
from tests.analysis.helpers import run


def test_said_the_thing_dated_from_is_a_reported_clause(analysis_nlp: Language) -> None:
    text = "Prof Ines Carrow, a local historian, said the mill dated from the 1790s."
    [quote] = run(analysis_nlp, text).quotes
    assert (quote.speaker, text[quote.start : quote.end]) == (
        "Ines Carrow",
        "the mill dated from the 1790s",
    )


def test_a_statement_from_a_body_read(analysis_nlp: Language) -> None:
    text = '"We wish him well in retirement," a statement from the orchestra read.'
    [quote] = run(analysis_nlp, text).quotes
    assert (quote.kind, quote.speaker, quote.cue) == (QuoteKind.DIRECT, "orchestra", "read")


def test_words_owned_by_a_possessor_are_theirs_not_the_publishers(analysis_nlp: Language) -> None:
    text = (
        "Maria Lopez complained to the regulator in March. "
        "The newspaper published her allegation that the landlord had forged the lease.\n"
    )
    quote = next(q for q in run(analysis_nlp, text).quotes if "forged" in text[q.start : q.end])
    assert quote.speaker == "Maria Lopez"
    assert quote.cue == "allegation"


def test_one_who_tells_his_own_message_keeps_the_cue(analysis_nlp: Language) -> None:
    text = "Tom Reyes stressed his message that the county needs more nurses.\n"
    quote = next(q for q in run(analysis_nlp, text).quotes if "nurses" in text[q.start : q.end])
    assert quote.speaker == "Tom Reyes"
    assert quote.cue == "stressed"


def test_a_short_utterance_after_a_colon_a_few_words_past_its_cue_is_quoted(
    analysis_nlp: Language,
) -> None:
    text = (
        "Tom Berry posted an apology on X.\n\n"
        'One constituent, Linda Carr, 63, replied to the MP\'s post: "Too late, Tom."'
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, text[q.start : q.end]) for q in quotes] == [
        ("Linda Carr", '"Too late, Tom."')
    ]


def test_backing_a_plan_is_no_quote(analysis_nlp: Language) -> None:
    assert run(analysis_nlp, "Lisbon backed the proposal at the summit.").quotes == ()


def test_a_document_published_is_no_words_reported(analysis_nlp: Language) -> None:
    text = (
        "The regulator published a report on Monday. "
        "The ministry published figures that showed crime had fallen."
    )
    quotes = run(analysis_nlp, text).quotes
    assert [text[q.start : q.end] for q in quotes] == ["figures that showed crime had fallen"]


def test_a_plan_for_a_thing_reports_no_words(analysis_nlp: Language) -> None:
    text = "The hospital plans a new cancer wing next spring.\n"
    assert not run(analysis_nlp, text).quotes


def test_a_plan_to_do_something_is_still_reported(analysis_nlp: Language) -> None:
    text = "The hospital plans to open a new cancer wing next spring.\n"
    quote = run(analysis_nlp, text).quotes[0]
    assert quote.cue == "plans"
    assert "open a new cancer wing" in text[quote.start : quote.end]


def test_a_vote_inside_someones_words_is_no_second_quote(analysis_nlp: Language) -> None:
    text = "Councillor Dana Holt said Friday she would vote against the budget."
    [quote] = run(analysis_nlp, text).quotes
    assert text[quote.start : quote.end] == "she would vote against the budget"


def test_an_act_to_come_inside_reported_words_is_no_quote_of_its_own(
    analysis_nlp: Language,
) -> None:
    text = (
        "Councillor Peter Gray said he would oppose the application when it comes before "
        "the planning committee. The company said it would publish a full report next week."
    )
    assert [q.cue for q in run(analysis_nlp, text).quotes] == ["said", "said"]
