"""Bodies called by their noun ("Union Usdaw", "grid operator E-Redes … the company") and a
headline's speaker called by a role ("Witness: '…'")."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import Analysis, SpeakerKind
from newslens.analysis.pipeline import analyze
from newslens.article import Article


def run(nlp: Language, text: str) -> Analysis:
    return analyze(Article(text=text), nlp=nlp)


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


def test_a_headline_labelled_by_a_role_quotes_the_one_the_story_calls_so(
    analysis_nlp: Language,
) -> None:
    text = (
        "Witness: 'I saw the car swerve'\n\n"
        "An inquest into the crash on the A40 opened on Monday.\n\n"
        '"It was in the ditch," said Helen Marsh, 52, a witness.'
    )
    analysis = run(analysis_nlp, text)
    headline = analysis.quotes[0]
    assert text[headline.start : headline.end] == "'I saw the car swerve'"
    assert headline.speaker == "Helen Marsh"


def test_a_headline_role_named_nowhere_is_shown_as_the_role(analysis_nlp: Language) -> None:
    text = (
        "Witness says she saw car swerve before crash\n\n"
        "An inquest into the crash on the A40 opened on Monday.\n\n"
        '"It was in the ditch," the witness said.'
    )
    analysis = run(analysis_nlp, text)
    assert [q.speaker for q in analysis.quotes] == ["witness", "witness"]
    assert [s.name for s in analysis.speakers] == ["witness"]


def test_a_headline_kicker_is_still_nobody(analysis_nlp: Language) -> None:
    text = (
        "Flood: defences hold as river peaks\n\n"
        "Water levels on the River Severn rose overnight, the Environment Agency said."
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Environment Agency"]


def test_an_association_is_a_body(analysis_nlp: Language) -> None:
    text = "The local Conservative association said it had full confidence in its MP."
    assert run(analysis_nlp, text).speakers[0].kind is SpeakerKind.ORGANISATION
