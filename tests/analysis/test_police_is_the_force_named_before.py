""" "Police said …" after an officer "of Leicestershire Police" is that force, as "the council"
is the council named before; with no force named, it stays "Police"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run


def test_police_is_the_force_named_before(analysis_nlp: Language) -> None:
    text = (
        "Fraudster jailed\n\n"
        'Detective Constable Amy Lowe, of Leicestershire Police, said: "We hope this brings '
        'comfort to the victims." Police said nine victims had been identified.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Amy Lowe", "Leicestershire Police"]
    kinds = {s.name: s.kind.value for s in run(analysis_nlp, text).speakers}
    assert kinds["Leicestershire Police"] == "organisation"


def test_police_with_no_force_named_is_police(analysis_nlp: Language) -> None:
    text = "Fraudster jailed\n\nPolice said nine victims had been identified.\n"
    assert quote_speakers(analysis_nlp, text) == ["Police"]
