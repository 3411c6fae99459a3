"""A name opening a paragraph with a comma and a description after it ("Brightwater Homes, the
housebuilder, reported …") is one sentence with its verb: the claim the reader lists shows the
whole name, not "Homes, the housebuilder, reported …". A name listed with others on a line of
its own still ends its line."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text


def _claims(nlp: Language, text: str) -> list[str]:
    text, result = run_with_text(nlp, text)
    return [text[c.start : c.end] for c in result.claims]


def test_a_firm_and_its_description_under_a_byline(analysis_nlp: Language) -> None:
    claims = _claims(
        analysis_nlp,
        "Brightwater Homes profits fall\n\nBy Ellen Shaw\n\n"
        "Brightwater Homes, the housebuilder, reported a 9% fall in pre-tax profit to £84m "
        "for the six months to June.\n",
    )
    assert (
        "Brightwater Homes, the housebuilder, reported a 9% fall in pre-tax profit to £84m "
        "for the six months to June."
    ) in claims


def test_names_on_a_line_of_their_own_end_there(analysis_nlp: Language) -> None:
    claims = _claims(
        analysis_nlp,
        "Housebuilders\n\nBrightwater Homes, Kestrel Homes\n\n"
        "Sales of new homes fell by 9% in the six months to June.\n",
    )
    assert claims == ["Sales of new homes fell by 9% in the six months to June."]
