"""Someone cast "as" words in quotation marks by any verb is the caster's label for them: "has
gone after her rival as a “career fixer”" reports the rival and the label, the mayor's words,
as "called her rival a fixer" would. A name the marks only set off ("relaunched the drink as
“Fizz Zero”"), a label with no marks ("signed Ruiz as a striker") and a quotation further on
("as part of a “reset”") report nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import QuoteKind
from tests.analysis.helpers import run, words

HEAD = "Race for city hall tightens\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        (
            "For weeks the mayor has gone after her rival as a “career fixer who will sell the "
            "city”.",
            "the mayor",
            "her rival as a “career fixer who will sell the city”",
        ),
        (
            "Ms Reyes openly admires the chancellor as a “steady hand,” unlike most of her party.",
            "Reyes",
            "the chancellor as a “steady hand,”",
        ),
        (
            "The senator has been pounding the governor as a “fraud” since June.",
            "The senator",
            "the governor as a “fraud”",
        ),
    ],
)
def test_the_object_and_its_quoted_label_are_the_subject_s_words(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.kind, words(text, q)) for q in quotes] == [
        (speaker, QuoteKind.MIXED, reported)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm relaunched the drink as “Fizz Zero” in May.",
        "The club signed Ruiz as a striker in June.",
        "The firm cut prices as part of a “reset” of its brand.",
    ],
)
def test_a_name_a_plain_role_or_a_later_quotation_is_no_label(
    analysis_nlp: Language, sentence: str
) -> None:
    assert run(analysis_nlp, f"{HEAD}{sentence}\n").quotes == ()
