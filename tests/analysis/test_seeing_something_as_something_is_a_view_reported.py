"""Seeing, viewing or regarding something as something is a view reported, as "considered the
plan a waste" is: "Critics see the levy as a tax on the poor" reports the levy with what it is
taken for. A thing seen or viewed with no "as" is no view: "will view the site on Tuesday".
Someone painted as something is portrayed so: "painted Ruiz as a career politician" (but
"painted the harbour wall as a favour" is work done)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Harbour levy row\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "view"),
    [
        (
            "Critics of the levy see it as a tax on the poor.",
            "Critics of the levy",
            "it as a tax on the poor",
        ),
        (
            "Many fishermen, who see the levy as a way to close the old harbour, wrote to "
            "the council.",
            "Many fishermen",
            "the levy as a way to close the old harbour",
        ),
        (
            "The union viewed the new rota as a betrayal and walked out.",
            "The union",
            "the new rota as a betrayal",
        ),
        (
            "The harbour master regards the levy as a fair price for the repairs.",
            "The harbour master",
            "the levy as a fair price for the repairs",
        ),
        (
            "The mayor's allies painted Ines Ruiz as a career politician who never ran a business.",
            "The mayor's allies",
            "Ines Ruiz as a career politician who never ran a business",
        ),
    ],
)
def test_a_thing_seen_as_something_is_the_view_of_the_one_who_sees_it(
    analysis_nlp: Language, sentence: str, speaker: str, view: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes] == [(speaker, view)]


def test_a_site_viewed_is_no_view(analysis_nlp: Language) -> None:
    text = f"{HEAD}The council will view the site on Tuesday before the vote.\n"
    assert run(analysis_nlp, text).quotes == ()


def test_a_wall_painted_as_a_favour_is_no_view(analysis_nlp: Language) -> None:
    text = f"{HEAD}Volunteers painted the harbour wall as a favour to the council.\n"
    assert run(analysis_nlp, text).quotes == ()
