"""A verb joined after a past report's words in "would" or "could", with no subject of its
own, is more of what was said, though the parse hung it on "said" after a quoted phrase:
'said it was "bitterly disappointed" and would seek talks' reports the talks sought too. A
verb in the writer's past after the quoted phrase ("but gave no figures") is the speaker's
act, not their words. A verb in the bare form after "would …", which the tagger may read as
a past ("put", "set", "cut"), goes on with the words: 'said it would "cut hours" and put staff
on notice'."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_would_clause_is_in_the_words(analysis_nlp: Language) -> None:
    text = (
        "Bakery to close shops\n\n"
        'The union said it was "bitterly disappointed" and would seek urgent talks with '
        'management. The chain\'s owners said the closures were "regrettable" but gave no '
        "figures.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        (
            "The union",
            "said",
            'it was "bitterly disappointed" and would seek urgent talks with management',
        ),
        ("The chain's owners", "said", 'the closures were "regrettable"'),
    ]


def test_the_would_clause_after_telling_on_a_call(analysis_nlp: Language) -> None:
    # the parse reads "that the company was …" as the call's relative clause
    text = (
        "Grocer warns on margins\n\n"
        'Finance director Imran Nawaz told reporters on a call that the company was "not '
        'in a price war", but would "respond to the market". Its chief executive told '
        "reporters on a call that prices had risen and the shares fell.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [words(text, q) for q in quotes] == [
        'that the company was "not in a price war", but would "respond to the market"',
        "that prices had risen",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'The chain said it would "cut hours" and put staff on notice.',
            'it would "cut hours" and put staff on notice',
        ),
        (
            "The chain said it would cut hours and put staff on notice.",
            "it would cut hours and put staff on notice",
        ),
        # near miss: a past that is no bare form is the speaker's own act
        (
            'The chain said it would "cut hours" and warned staff of job losses.',
            'it would "cut hours"',
        ),
    ],
)
def test_a_bare_verb_after_would_goes_on_with_the_words(
    analysis_nlp: Language, sentence: str, expected: str
) -> None:
    text = f"Shop changes\n\n{sentence}\n"
    quotes = run(analysis_nlp, text).quotes
    assert [words(text, q) for q in quotes if q.cue == "said"] == [expected]
