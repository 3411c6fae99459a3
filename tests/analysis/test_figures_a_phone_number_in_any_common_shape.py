"""A telephone number is no figure in any of the shapes readers are given one: a local line
("call 867-5309", "the hotline, 555-0142"), a mobile or a line in one long group ("07700
900123"), a country's code with the trunk nought in brackets ("+44 (0)20 7946 0958"); a
sentence that gives one is then no numeric claim. A range of people called still counts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import ClaimKind

from .helpers import found, run_with_text


@pytest.mark.parametrize(
    "text",
    [
        "Anyone who saw the crash should call 555-0142.",
        "Call 867-5309 for details.",
        "The hotline, 555-0142, is open all day.",
        "Readers can reach the newsroom on 07700 900123.",
        "Contact the office on 01632 960000 for help.",
        "The embassy is on +44 (0)20 7946 0958.",
    ],
)
def test_a_phone_number_is_no_figure(nlp: Language, text: str) -> None:
    assert find_figures(nlp(text)) == []


def test_a_range_of_people_called_is_still_a_range(nlp: Language) -> None:
    assert "200-1500" in found(nlp, "The union called 200-1500 members out on strike.")


def test_a_number_to_call_makes_no_numeric_claim(analysis_nlp: Language) -> None:
    appeal = "Anyone who saw the crash should call 555-0142."
    text, result = run_with_text(
        analysis_nlp,
        "Cyclist hurt in crash\n\nA cyclist was hurt in a crash in Leeds on Friday.\n\n" + appeal,
    )
    kinds = {text[c.start : c.end]: c.kind for c in result.claims}
    assert kinds.get(appeal) is not ClaimKind.NUMERIC
