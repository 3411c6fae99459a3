"""A direct quote after a colon ending a clause about someone is theirs, whatever the verb:
"Dale Okafor hit back: “…”", "Okafor was blunt: “…”"; so is one a retort follows ("“…,”
Okafor fired back"). A colon after a heading, a clause about a thing, or a clause about
someone showing a thing that bears the words ("Okafor wore a T-shirt: “…”") gives none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import QuoteKind
from tests.analysis.helpers import run, run_with_text, said

HEAD = "Depot talks collapse\n\n"
QUOTED = '"Two percent is an insult. Nobody here will accept it."'


@pytest.mark.parametrize(
    ("clause", "cue"),
    [
        ("The drivers' union organiser, Dale Okafor, hit back:", "hit back"),
        ("Dale Okafor was scathing:", "was scathing"),
        ("Dale Okafor struck a defiant tone:", "struck"),
        ("Dale Okafor lashed out:", "lashed out"),
    ],
)
def test_a_clause_about_someone_before_a_colon_attributes_the_quote(
    analysis_nlp: Language, clause: str, cue: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{clause} {QUOTED}\n")
    assert said(text, result) == [("Dale Okafor", cue, QUOTED)]
    assert result.quotes[0].kind is QuoteKind.DIRECT


def test_a_pronoun_before_a_colon_is_the_one_named_before(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp, f"{HEAD}Dale Okafor leads the drivers at the depot. He was blunt: {QUOTED}\n"
    )
    assert [(q.speaker, q.cue) for q in result.quotes] == [("Dale Okafor", "was blunt")]


@pytest.mark.parametrize("retort", ["hit back", "fired back", "shot back"])
def test_a_retort_after_a_quote_attributes_it(analysis_nlp: Language, retort: str) -> None:
    quoted = '"Two percent is an insult,"'
    text, result = run_with_text(analysis_nlp, f"{HEAD}{quoted} Dale Okafor {retort}.\n")
    assert said(text, result) == [("Dale Okafor", retort, quoted)]


@pytest.mark.parametrize(
    "clause",
    [
        "The rules at the depot are simple:",
        "The depot's new slogan looks cheerful enough:",
        "Inside the depot on Monday:",
        "If the drivers walk out:",
        "Dale Okafor wore a T-shirt:",
    ],
)
def test_a_colon_after_a_thing_or_a_heading_gives_no_speaker(
    analysis_nlp: Language, clause: str
) -> None:
    result = run(analysis_nlp, f"{HEAD}{clause} {QUOTED}\n")
    assert [q.speaker for q in result.quotes] in ([], [None])
