"""A number to call is no figure, whoever is named before it: "call Kent Police on 101" and
"ring the helpline on 0800 555 111", as "call 999" is; an appeal for information is then no
numeric claim. A count after "called on" ("called on 300 members to strike") still counts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import ClaimKind

from .helpers import run_with_text


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with information is asked to call Kent Police on 101.",
        "Ring the helpline on 0800 555 111 for advice.",
        "Witnesses should phone the incident room on 01632 960 000.",
        "Anyone with information should contact West Yorkshire Police on 101.",
    ],
)
def test_a_number_to_call_is_no_figure(nlp: Language, text: str) -> None:
    assert find_figures(nlp(text)) == []


@pytest.mark.parametrize(
    "text",
    ["The union called on 300 members to strike.", "The union contacted 300 members by post."],
)
def test_a_count_after_called_on_still_counts(nlp: Language, text: str) -> None:
    assert [f.value for f in find_figures(nlp(text))] == [300.0]


def test_an_appeal_for_information_is_no_numeric_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Man hurt in attack\n\nA man was taken to hospital after an attack in Ashford on "
        "Friday.\n\nAnyone with information is asked to call Kent Police on 101.",
    )
    kinds = {text[c.start : c.end]: c.kind for c in result.claims}
    appeal = "Anyone with information is asked to call Kent Police on 101."
    assert kinds.get(appeal) is not ClaimKind.NUMERIC
