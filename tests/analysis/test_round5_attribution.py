"""A second act of speech joined by "and" to the reported clause, and a compound role noun
written as a title before a name."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import Analysis
from newslens.analysis.pipeline import analyze
from newslens.article import Article


def run(nlp: Language, text: str) -> Analysis:
    return analyze(Article(text=text), nlp=nlp)


def said(text: str, result: Analysis) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.cue, text[q.start : q.end]) for q in result.quotes]


def test_a_reporting_verb_joined_to_a_things_clause_is_the_speakers_second_act(
    analysis_nlp: Language,
) -> None:
    text = (
        "Opposition councillor Tom Hale said the plan was rushed and warned that costs "
        "would rise.\n\n"
        "The union said the offer was an insult and threatened to strike.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Tom Hale", "said", "the plan was rushed") in quotes
    assert ("Tom Hale", "warned", "that costs would rise") in quotes
    assert ("The union", "said", "the offer was an insult") in quotes
    assert ("The union", "threatened", "to strike") in quotes


def test_a_clause_joined_to_a_clause_stays_one_report(analysis_nlp: Language) -> None:
    text = (
        "Tom Hale said the plan was rushed and costs would rise.\n\n"
        "Lisa Brown said the committee met and agreed that the fee would rise.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Tom Hale", "said", "the plan was rushed and costs would rise") in quotes
    assert (
        "Lisa Brown",
        "said",
        "the committee met and agreed that the fee would rise",
    ) in quotes
    assert not any(speaker == "Lisa Brown" and cue == "agreed" for speaker, cue, _ in quotes)


def test_a_compound_role_before_a_name_is_a_title(analysis_nlp: Language) -> None:
    text = (
        "Harbour works to start in May\n\n"
        "Harbourmaster Jo Price said the work would start in May. Local businesswoman Ada "
        "Obi said she was pleased.\n\n"
        "The harbourmaster added that the berths would stay open.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Jo Price", "said", "the work would start in May") in quotes
    assert ("Ada Obi", "said", "she was pleased") in quotes
    assert ("Jo Price", "added", "that the berths would stay open") in quotes


def test_a_given_name_ending_like_a_role_stays_in_the_name(analysis_nlp: Language) -> None:
    text = (
        "Norman Tebbit said he was delighted. Herman Van Rompuy said the plan was fine. "
        "The carmaker said sales fell.\n"
    )
    speakers = {s.name: s.kind.value for s in run(analysis_nlp, text).speakers}
    assert "Norman Tebbit" in speakers and "Herman Van Rompuy" in speakers
    assert speakers.get("The carmaker") == "organisation"


def test_a_finite_verb_after_a_modal_clause_is_the_speakers_act(analysis_nlp: Language) -> None:
    text = "Ray Dunn said members should attend the meeting and called for a show of hands.\n"
    quotes = said(text, run(analysis_nlp, text))
    assert ("Ray Dunn", "said", "members should attend the meeting") in quotes
    assert ("Ray Dunn", "called", "for a show of hands") in quotes


def test_a_transcripts_labelled_answer_runs_over_its_wrapped_lines(
    analysis_nlp: Language,
) -> None:
    text = (
        "Transcript: interview with Dr Helen Smith, chief medical officer, recorded on 2\n"
        "March and edited for length by the staff of the health desk at the paper.\n\n"
        "Q: How worried should people be about the rise in measles cases this winter?\n\n"
        "SMITH: Worried enough to check their children's vaccination records. We have\n"
        "seen 140 cases since December, which is more than in the whole of the previous\n"
        "two years, and most of them were in children who had not had both doses.\n"
    )
    quote = next(q for q in run(analysis_nlp, text).quotes if q.cue == ":")
    assert text[quote.start : quote.end].startswith("Worried enough")
    assert text[quote.start : quote.end].endswith("had not had both doses")


def test_an_emails_reply_marks_are_no_part_of_a_speakers_name(analysis_nlp: Language) -> None:
    text = (
        "Thanks for the update. I spoke to the harbourmaster this morning and she\n"
        "said the dredging contract would be signed next week, but warned that\n"
        "the budget was already stretched.\n\n"
        "On Mon, 3 Mar 2025 at 09:12, Sam Reed <sam@example.org> wrote:\n"
        "> Do you know when the council will vote on the dredging? The\n"
        "> fishermen's association says the channel is silting up faster than\n"
        "> anyone expected and boats are being turned away at low tide.\n"
    )
    names = {s.name for s in run(analysis_nlp, text).speakers}
    assert "The fishermen's association" in names
