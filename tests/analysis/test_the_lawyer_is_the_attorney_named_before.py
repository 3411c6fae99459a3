"""A role news calls by several words is one role: "the lawyer" after "Pryor's attorney, Mark
Feldman" (or "counsel", "barrister", "solicitor") is Feldman."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers


@pytest.mark.parametrize(("named", "later"), [("attorney", "lawyer"), ("lawyer", "attorney")])
def test_the_lawyer_is_the_attorney(analysis_nlp: Language, named: str, later: str) -> None:
    text = (
        "Clerk convicted\n\n"
        "A jury convicted Dennis Pryor of theft on Friday. "
        f"Pryor's {named}, Mark Feldman, argued that the books were sloppy. "
        f"The {later} said he would appeal.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Mark Feldman", "Mark Feldman"]
