""" "The union" after "The RMT said …", "the broadcaster" after "The BBC said …": a body
written in capitals holds no noun saying what it is, as "Unite" holds none."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_union_or_broadcaster_after_a_body_in_capitals(analysis_nlp: Language) -> None:
    text = (
        "Strike called\n\n"
        "The TSSA said its members would walk out. The union said talks had failed.\n\n"
        "The BBC said it stood by its reporting. The broadcaster said it had received "
        "complaints.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["TSSA", "TSSA", "BBC", "BBC"]
