"""A body news calls for short is the body named in full: "the ECB" after "the European Central
Bank", "the Fed" after "the Federal Reserve", "the Met" after "the Metropolitan Police" are one
speaker each, shown by the full name; a person whose name starts the same is someone else."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The European Central Bank kept rates on hold on Thursday. "Inflation is still too '
            'high," the ECB said in a statement.',
            "European Central Bank",
        ),
        (
            "The Federal Reserve said it expected two cuts this year. The Fed said inflation "
            "had eased.",
            "Federal Reserve",
        ),
        (
            "The Metropolitan Police said 14 people were arrested. The Met said officers had "
            "been attacked.",
            "Metropolitan Police",
        ),
    ],
)
def test_a_body_called_for_short_is_the_body(
    analysis_nlp: Language, text: str, speaker: str
) -> None:
    speakers = quote_speakers(analysis_nlp, "Rates and arrests\n\n" + text + "\n")
    assert set(speakers) == {speaker}


def test_a_person_whose_name_starts_a_body_s_is_no_part_of_it(analysis_nlp: Language) -> None:
    text = (
        "Yoghurt plant to close\n\n"
        "Danone Group said the plant would close in May. Dan Price, who has worked there for "
        '20 years, said staff were shocked. "Nobody saw it coming," Dan said.\n'
    )
    assert "Danone Group" not in quote_speakers(analysis_nlp, text)[1:]
