""" "A spokeswoman for the operator" right after a one-word name the model took for a place
("Northline said …") speaks for it, and shows it to be a body, as "The regulator said" after
"Ofwat said" does; "a spokesman for the firm" may still speak for a firm never named."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run_with_text


def test_the_operators_spokeswoman_is_the_named_bodys(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Rail strike called\n\n"
        'Northline said it was "disappointed" by the result. A spokeswoman for the operator '
        "said it would run as many services as possible.\n",
    )
    assert [q.speaker for q in result.quotes] == ["Northline", "Northline spokeswoman"]
    kinds = {s.name: s.kind for s in result.speakers}
    assert kinds["Northline"] is SpeakerKind.ORGANISATION
