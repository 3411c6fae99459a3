"""A magazine feature quotes a few people before its Q&A section: the answers are those of
the person the intro is about, the one it names most."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import QuoteKind
from tests.analysis.helpers import run_with_text, said


def test_answers_are_the_featured_persons_though_others_are_quoted(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The potter who outlasted the kiln\n\n"
        "Helen Marsh is 72 and still fires her own pots. "
        '"Clay forgives nothing," she says.\n\n'
        'Her old teacher, Paul Segal, calls her "the most patient student I ever had".\n\n'
        "Marsh opened her studio in 1979 and has never moved it.\n\n"
        "Q: Why stay in the village?\n"
        "A: Because the clay is here. I tried the city for a year and hated every day of it.\n",
    )
    answer = [s for s, _, w in said(text, result) if w.startswith("Because the clay")]
    assert answer == ["Helen Marsh"]


def test_answers_are_direct_words_with_no_verb_for_a_cue(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The baker of Kelso\n\n"
        "Ruth Imrie has baked bread in Kelso since 1988.\n\n"
        "Q: Why bread?\n"
        "A: Because people come back for it every morning.\n",
    )
    [answer] = result.quotes
    assert (answer.speaker, answer.cue, answer.kind) == ("Ruth Imrie", None, QuoteKind.DIRECT)


def test_a_subject_the_recogniser_missed_is_the_one_named_most(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The glassblower of Pellow\n\n"
        "Tamsin Quillan did not plan to stay. Quillan, 52, now runs the only furnace on "
        "the coast. Quillan admits the first winters were hard.\n\n"
        "Q: What kept you here?\n"
        "A: The light on the water, and the stubbornness of my apprentices.\n",
    )
    answer = [s for s, _, w in said(text, result) if w.startswith("The light")]
    assert answer == ["Tamsin Quillan"]


def test_an_interview_with_a_name_the_recogniser_misses_is_theirs(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "'Nobody plans for winter': an interview with Dr Amara Okafor\n\n"
        "Dr Amara Okafor has been an A&E consultant for 14 years. This month she became "
        "chair of the college.\n\n"
        "Q: How bad are things right now?\n"
        "A: Worse than I have ever seen them.\n",
    )
    answer = [s for s, _, w in said(text, result) if w.startswith("Worse than")]
    assert answer == ["Amara Okafor"]


def test_an_interview_given_to_a_paper_leaves_the_paper_no_interviewee(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The baker of Kelso\n\n"
        "In an interview with the Kelso Courier, Ruth Imrie said she had baked bread in Kelso "
        "since 1988.\n\n"
        "Q: Why bread?\n"
        "A: Because people come back for it every morning.\n",
    )
    answer = [s for s, _, w in said(text, result) if w.startswith("Because people")]
    assert answer == ["Ruth Imrie"]
