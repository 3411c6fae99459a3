"""A one-word name the model takes for a place is a body once the next sentence calls it
by a noun only a body has ("Ofwat said …. The regulator said …"), and "the regulator" is
that body; a noun a place's own bodies have ("the government") leaves the place alone."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_the_regulator_after_a_name_is_that_body(analysis_nlp: Language) -> None:
    text = (
        "Water plan criticised\n\n"
        "Ofwat said in a statement that it had raised concerns about supply. The regulator "
        "said the water company would need to invest.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Ofwat", "Ofwat"]
    assert [(s.name, s.kind) for s in result.speakers] == [("Ofwat", SpeakerKind.ORGANISATION)]


def test_the_government_after_a_capital_is_not_the_capital(analysis_nlp: Language) -> None:
    text = "Talks stall\n\nMoscow said it was ready to talk. The government said the offer stood.\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Moscow", "The government"]
