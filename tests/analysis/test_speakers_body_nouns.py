"""Bodies called by their noun: "Union Usdaw" and "Police Scotland" are organisations, "the
company" and "the union" stand for a body called a business or a union before its name (but
not for a regulator), and an association is a body."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_body_noun_opening_a_sentence_before_a_name_makes_it_a_body(
    analysis_nlp: Language,
) -> None:
    text = (
        'Union Usdaw said the offer was "an insult to staff".\n\n'
        "Paddy Lillis, the general secretary of the union Usdaw, said members had voted."
    )
    first = run(analysis_nlp, text).quotes[0]
    assert first.speaker == "Usdaw"
    speaker = next(s for s in run(analysis_nlp, text).speakers if s.key == first.speaker_key)
    assert speaker.kind is SpeakerKind.ORGANISATION


def test_a_body_noun_standing_alone_keeps_the_name_it_opens(analysis_nlp: Language) -> None:
    analysis = run(analysis_nlp, "Police Scotland said the road would reopen on Friday.")
    assert analysis.quotes[0].speaker == "Police Scotland"
    assert analysis.speakers[0].kind is SpeakerKind.ORGANISATION


def test_the_company_stands_for_a_body_called_a_business_before_its_name(
    analysis_nlp: Language,
) -> None:
    text = (
        "Grid operator E-Redes said all substations were back in service by midnight. "
        "The company said it would publish a report next week.\n\n"
        '"We apologise to every customer affected," the company said.'
    )
    analysis = run(analysis_nlp, text)
    assert {q.speaker for q in analysis.quotes} == {"E-Redes"}


def test_the_union_stands_for_the_body_called_a_union(analysis_nlp: Language) -> None:
    text = 'The union Usdaw said members would strike in May. "Nobody wants this," the union said.'
    assert {q.speaker for q in run(analysis_nlp, text).quotes} == {"Usdaw"}


def test_the_company_is_not_a_regulator_named_before(analysis_nlp: Language) -> None:
    text = (
        "Energy regulator Ofgem said bills would fall in April. "
        '"We will pass the savings on," the company said.'
    )
    quote = run(analysis_nlp, text).quotes[-1]
    assert quote.speaker != "Ofgem"


def test_an_association_is_a_body(analysis_nlp: Language) -> None:
    text = "The local Conservative association said it had full confidence in its MP."
    assert run(analysis_nlp, text).speakers[0].kind is SpeakerKind.ORGANISATION
