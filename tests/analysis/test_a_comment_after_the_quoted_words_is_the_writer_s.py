"""'said the scheme was "a great success," which few teachers would agree with': a "which"
clause after the closing quotation mark is the writer's comment on the words quoted, which
end at their mark; without the marks the clause may still be the speaker's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, words

HEAD = "Tutoring scheme praised\n\nSchools joined the scheme last year.\n\n"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            'The minister said the scheme was "a great success," which few teachers would '
            "agree with.",
            'the scheme was "a great success,"',
        ),
        (
            'A spokesperson said that "more tutors will be made available", which means two '
            "more staff.",
            'that "more tutors will be made available"',
        ),
        (
            "The minister said the scheme was a great success, which pleased her.",
            "the scheme was a great success, which pleased her",
        ),
    ],
)
def test_a_comment_after_the_quoted_words_is_not_theirs(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [words(text, q) for q in result.quotes] == [reported]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The army said it had lost 40 troops in the past day, a figure that could not be "
            "independently verified.",
            "it had lost 40 troops in the past day",
        ),
        (
            'Aides said any deal must reflect "the facts on the ground," a phrase the palace '
            "has used for the land it seized.",
            'any deal must reflect "the facts on the ground,"',
        ),
        # near miss: a noun of the speaker's own set off after the words is still said
        (
            "The firm said sales rose to £40m, a record for the group.",
            "sales rose to £40m, a record for the group",
        ),
    ],
)
def test_the_writers_gloss_on_a_figure_or_a_phrase_is_not_theirs(
    analysis_nlp: Language, sentence: str, said: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert words(text, result.quotes[0]) == said
