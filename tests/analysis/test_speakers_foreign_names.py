"""Names as other languages write them: surnames of several words ("van der Berg", "Ribera
García"), a particle the recogniser starts a new name at ("bin Salman"), a surname first
("Wang Lihua")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dutch researcher Pieter van der Berg said the dyke was weak. "
            '"The clay shrinks and cracks," Van der Berg said.',
            "Pieter van der Berg",
        ),
        (
            "Spanish minister Teresa Ribera García said Madrid backed the plan. "
            '"Europe must act together," Ribera García said.',
            "Teresa Ribera García",
        ),
        (
            "Chinese trade official Wang Lihua said Beijing would respond. "
            '"We will protect our interests," Wang said.',
            "Wang Lihua",
        ),
        (
            "Saudi energy minister Prince Abdulaziz bin Salman said output would hold. "
            '"The market is balanced," Prince Abdulaziz said.',
            "Prince Abdulaziz bin Salman",
        ),
    ],
)
def test_a_shorter_form_of_a_foreign_name_is_the_one_named_in_full(
    analysis_nlp: Language, text: str, name: str
) -> None:
    assert quote_speakers(analysis_nlp, text)[-1] == name
