""" "Three judges found by a majority of two to one that …" is the judges' finding: a "by"
that says how a bench or a body decided ("by a majority", "by a narrow margin") names no
source, though the parse reads it as the agent of a passive."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_judges_found_by_a_majority_are_the_source(analysis_nlp: Language) -> None:
    text = (
        "Protest ban overturned\n\n"
        "Three judges found by a majority of two to one that the council had failed to "
        "consider less restrictive measures.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Three judges"]
