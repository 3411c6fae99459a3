""" "From one school to another", "one group against another", "one crisis after another", "one
way or another": "one" set against "another" is any one of many, and counts nothing; "One man
died and another was hurt" still counts one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "Pupils were moved from one school to another during the repairs.",
        "Rules on parking differ from one council to another.",
        "The policy pits one group of tenants against another.",
        "The town lurched from one crisis after another.",
        "Everyone will be affected at one time or another.",
    ],
)
def test_one_set_against_another_is_no_figure(nlp: Language, text: str) -> None:
    assert not {"one", "One"} & set(found(nlp, text))


def test_one_that_another_adds_to_still_counts(nlp: Language) -> None:
    assert found(nlp, "One man died and another was taken to hospital.")["One"].value == 1.0
