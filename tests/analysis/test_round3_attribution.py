"""Acts to come inside someone's words, a surname after its particle taken for a place, and
police ranks as British papers abbreviate them."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import Analysis
from newslens.analysis.pipeline import analyze
from newslens.article import Article


def run(nlp: Language, text: str) -> Analysis:
    return analyze(Article(text=text), nlp=nlp)


def test_an_act_to_come_inside_reported_words_is_no_quote_of_its_own(
    analysis_nlp: Language,
) -> None:
    text = (
        "Councillor Peter Gray said he would oppose the application when it comes before "
        "the planning committee. The company said it would publish a full report next week."
    )
    assert [q.cue for q in run(analysis_nlp, text).quotes] == ["said", "said"]


def test_a_surname_after_its_particle_stays_with_the_given_name(analysis_nlp: Language) -> None:
    text = (
        "Ursula von der Leyen, the president of the European Commission, said: "
        '"Europe stands ready to help rebuild."\n\n'
        "Von der Leyen said aid would follow."
    )
    analysis = run(analysis_nlp, text)
    assert {q.speaker for q in analysis.quotes} == {"Ursula von der Leyen"}


def test_an_abbreviated_police_rank_is_a_title(analysis_nlp: Language) -> None:
    text = (
        'Detective Inspector Rachel Moss said: "This was a shocking attack."\n\n'
        "Anyone with information is asked to call 101.\n\n"
        '"Even the smallest detail could help," DI Moss added.'
    )
    assert {q.speaker for q in run(analysis_nlp, text).quotes} == {"Rachel Moss"}


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


def test_a_pronoun_given_a_name_beside_it_is_that_name(analysis_nlp: Language) -> None:
    text = 'Another, Sam Cole, replied to the post: "It is far too late for that, Tom."'
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Sam Cole"]


def test_a_document_published_is_no_words_reported(analysis_nlp: Language) -> None:
    text = (
        "The regulator published a report on Monday. "
        "The ministry published figures that showed crime had fallen."
    )
    quotes = run(analysis_nlp, text).quotes
    assert [text[q.start : q.end] for q in quotes] == ["figures that showed crime had fallen"]
