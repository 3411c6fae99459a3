"""A headline that quotes, then names an interview after its colon ("'…': an interview with
Ruth Calder"), quotes the one the interview is with, whatever the recogniser took the name for.
A headline quote before a verb keeps the verb's subject as its speaker; one before "the report
nobody read", or any quote "nobody" said, has no speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text

_STORY = (
    "\n\nRuth Calder has kept sheep in the Ettrick valley for thirty years. She became "
    "president of the farmers' union in March.\n"
)


@pytest.mark.parametrize(
    ("name", "story"),
    [
        ("Ruth Calder", _STORY),
        # a name the recogniser takes for a place's, the intro's and the headline's alike,
        # before questions and answers
        (
            "Dr Ngozi Obi",
            "\n\nDr Ngozi Obi has kept sheep in the Ettrick valley for thirty years. We asked "
            "her about farming.\n\nQ: How bad are things?\n\nA: Worse than ever.\n",
        ),
    ],
)
def test_a_headline_quote_before_an_interview_is_the_interviewee_s(
    analysis_nlp: Language, name: str, story: str
) -> None:
    text, result = run_with_text(
        analysis_nlp, f"'Hill farms are running out of time': an interview with {name}{story}"
    )
    quote = next(q for q in result.quotes if q.start == 0)
    assert (quote.speaker, text[quote.start : quote.end]) == (
        name.removeprefix("Dr "),
        "'Hill farms are running out of time'",
    )


def test_a_headline_quote_before_an_interview_with_a_place_is_no_one_s(
    analysis_nlp: Language,
) -> None:
    # near miss: no given name before what the interview is with
    _, result = run_with_text(
        analysis_nlp,
        "'Hill farms are running out of time': an interview with the Borders\n\n"
        "Farmers in the Borders have kept sheep for centuries.\n",
    )
    assert [q.speaker for q in result.quotes] in ([], [None])


def test_a_headline_quote_before_a_verb_is_its_subject_s(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, "'Time is running out': hill farmers warn" + _STORY)
    quote = next(q for q in result.quotes if q.start == 0)
    assert (quote.speaker, quote.cue) == ("hill farmers", "warn")


def test_a_headline_quote_before_nobody_is_no_one_s(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "'A scandal': the report nobody read\n\n"
        "The report on the harbour wall was published in 2017 and then shelved.\n",
    )
    assert [q.speaker for q in result.quotes] in ([], [None])


def test_words_quoted_as_nobody_s_have_no_speaker(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Harbour wall\n\n'It will hold for a century,' nobody said of the new wall.\n",
    )
    assert [q.speaker for q in result.quotes] == [None]
