"""Figures or data named by their publisher ("NHS figures", "ONS data", "Home Office
statistics") are that body's, as "figures from the NHS" are; "figures show" with no one
named, or "March figures", stay the figures'."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def speakers(analysis_nlp: Language, text: str) -> list[tuple[str | None, SpeakerKind | None]]:
    result = run(analysis_nlp, text)
    kinds = {s.name: s.kind for s in result.speakers}
    return [(q.speaker, kinds.get(q.speaker or "")) for q in result.quotes]


def test_figures_named_by_a_body_are_the_bodys(analysis_nlp: Language) -> None:
    text = "Waiting lists grew by 4% last year, NHS figures show.\n"
    assert speakers(analysis_nlp, text) == [("NHS", SpeakerKind.ORGANISATION)]


def test_statistics_named_by_a_department_are_the_departments(analysis_nlp: Language) -> None:
    text = "Knife crime fell in most regions, Home Office statistics suggest.\n"
    assert speakers(analysis_nlp, text) == [("Home Office", SpeakerKind.ORGANISATION)]


def test_figures_with_no_one_named_stay_the_figures(analysis_nlp: Language) -> None:
    text = "Rents rose faster than wages last year, the latest figures show.\n"
    assert [s for s, _ in speakers(analysis_nlp, text)] == ["the latest figures"]


def test_a_common_noun_opening_the_sentence_is_no_publisher(analysis_nlp: Language) -> None:
    # "District" is capitalised only as it opens the sentence: the text writes "the district"
    text = (
        "Schools to close\n\n"
        "The board will vote on Tuesday on closing two schools.\n\n"
        "District figures show that 78 percent of pupils qualify for free lunch, compared with "
        "41 percent across the district. Waiting lists grew by 4%, NHS figures show.\n"
    )
    assert [s for s, _ in speakers(analysis_nlp, text)] == ["District figures", "NHS"]
