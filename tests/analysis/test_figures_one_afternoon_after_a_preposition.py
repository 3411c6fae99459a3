""" "One afternoon" is some afternoon, no figure, when a preposition before it is taken into
the model's span too ("never about one afternoon on the quay")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import facts


def test_about_one_afternoon_is_no_time(nlp: Language) -> None:
    assert facts(nlp, '"This was never about one afternoon on the quay," he said.') == []
