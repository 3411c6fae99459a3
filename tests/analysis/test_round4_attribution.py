"""A participle telling what the speakers did, words owned by someone other than who
publishes them, an act planned, and "a third" after "one" and "another"."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import Analysis
from newslens.analysis.pipeline import analyze
from newslens.article import Article


def run(nlp: Language, text: str) -> Analysis:
    return analyze(Article(text=text), nlp=nlp)


def test_a_participle_after_an_aside_cue_is_the_speakers_not_their_words(
    analysis_nlp: Language,
) -> None:
    text = (
        "A ceasefire could be announced as soon as next week, two of the officials said, "
        "asking not to be named because the talks are private.\n"
    )
    quote = run(analysis_nlp, text).quotes[0]
    words = text[quote.start : quote.end]
    assert words.startswith("A ceasefire could be announced")
    assert "asking" not in words and "private" not in words


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


def test_a_plan_for_a_thing_reports_no_words(analysis_nlp: Language) -> None:
    text = "The hospital plans a new cancer wing next spring.\n"
    assert not run(analysis_nlp, text).quotes


def test_a_plan_to_do_something_is_still_reported(analysis_nlp: Language) -> None:
    text = "The hospital plans to open a new cancer wing next spring.\n"
    quote = run(analysis_nlp, text).quotes[0]
    assert quote.cue == "plans"
    assert "open a new cancer wing" in text[quote.start : quote.end]


def test_a_third_after_one_and_another_is_the_speaker(analysis_nlp: Language) -> None:
    text = (
        "Parents at the gates were split. One mother said the new start time was too early. "
        'Another said it made no difference. A third wrote: "My children have never been '
        'so tired."\n'
    )
    quote = next(q for q in run(analysis_nlp, text).quotes if "tired" in text[q.start : q.end])
    assert quote.speaker == "A third"
