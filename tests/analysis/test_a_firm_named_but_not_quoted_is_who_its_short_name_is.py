"""A firm the story names in full only in passing ("Shares in Brightwell Foods fell") is who a
later short name ("Brightwell said") is: one speaker, shown by the full name, as when the full
name had spoken first; a person named in full with that surname keeps it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Brightwell Foods fell 18% on Monday. Brightwell said it would close two "
        "factories.",
        "Shares in Brightwell Foods fell 18% on Monday after the company warned that profit "
        "would be lower. Brightwell, which employs 6,000 people, said it would close two "
        "factories.",
        "Investors sold Brightwell Foods after a profit warning. Analysts said the fall was "
        "overdone. Brightwell said it would close two factories.",
    ],
)
def test_a_firm_named_in_passing_is_who_its_short_name_is(
    analysis_nlp: Language, text: str
) -> None:
    speakers = quote_speakers(analysis_nlp, "Profit warning\n\n" + text + "\n")
    assert "Brightwell" not in speakers
    assert "Brightwell Foods" in speakers


def test_a_surname_stays_the_person_s(analysis_nlp: Language) -> None:
    text = (
        "Factory to close\n\n"
        "Shares in Holt Motors fell on Monday. The founder's daughter, Anna Holt, said the news "
        "was sad. Holt said she had worked there for 20 years.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Anna Holt"
