"""A firm the entity recogniser takes for a place in one sentence is shown as an
organisation when the story calls it a firm elsewhere ("Chipmaker Veltrix", "the
company"): a place says nothing."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

ARTICLE = (
    "Veltrix cuts forecast\n\n"
    "Chipmaker Veltrix cut its revenue forecast on Wednesday.\n\n"
    "Veltrix now expects sales of about $11bn for the year. Margins will fall, it said.\n"
)


def test_a_firm_named_with_its_trade_is_an_organisation(analysis_nlp: Language) -> None:
    speakers = {s.name: s.kind for s in run(analysis_nlp, ARTICLE).speakers if s.quote_count}
    assert speakers == {"Veltrix": SpeakerKind.ORGANISATION}
