"""A quote signed with a dash names the signer without the dash, however the recogniser took the
dash into the name: '“…” ― Jacklyn Ashley' is Jacklyn Ashley's, shown as "Jacklyn Ashley"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_signer_s_name_has_no_dash(analysis_nlp: Language) -> None:
    text = (
        "Readers write\n\n"
        "“I am so ashamed of this campaign. How did we get this low?”\u00a0― Jacklyn Ashley\u00a0\n"
        "“Trump must stop portraying Latinos as drug dealers.” ― Carla Sanchez\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [
        "Jacklyn Ashley",
        "Carla Sanchez",
    ]
