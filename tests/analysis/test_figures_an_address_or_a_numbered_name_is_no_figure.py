"""A house number before its street ("the shop at 48 East 19th Street") and a digit ordinal in a
name ("the 14th Amendment", "the 101st Airborne Division", "the 9th Circuit") name a place or
a body: no count and no rank. A digit ordinal quoted alone (the film “12th”) or a number after
a quoted "The" (‘The 212’) is a title. "The 50th anniversary" still ranks. A web or an e-mail address holds no figure
("https://example.com/news/floods-2026/12"), though a figure may stand beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "A fire broke out in the shop at 48 East 19th Street on the corner.",
        "Volunteers handed out leaflets at 220 Maple Avenue and 9 Mill Rd. all afternoon.",
        "The judge said the 14th Amendment protects the plaintiffs.",
        "The lawyers argued that the 14th amendment applies to them.",
        "He served with the 101st Airborne Division and later the 7th Precinct.",
        "Critics praised the new documentary “12th.” It opens in cinemas.",
        "She talked about the single in a clip of ‘The 212.’ Fans loved it.",
    ],
)
def test_an_address_a_numbered_name_or_a_title_is_no_figure(nlp: Language, text: str) -> None:
    assert facts(nlp, text) == []


def test_an_ordinal_before_a_common_noun_still_ranks(nlp: Language) -> None:
    found = facts(nlp, "The town marked the 50th anniversary of the flood.")
    assert ("50th", FigureKind.ORDINAL, 50.0, None) in found


@pytest.mark.parametrize(
    "text",
    [
        "Details are at https://example.com/news/floods-2026/12 for readers.",
        "The story ran at www.example.com/2026/11/30/story.html?id=123 online.",
        "The report is at example.org/reports/2025/q3 online.",
        "Write to jo.smith2026@example.com with questions.",
    ],
)
def test_a_web_or_an_e_mail_address_holds_no_figure(nlp: Language, text: str) -> None:
    assert facts(nlp, text) == []


def test_a_figure_beside_a_web_address_stays(nlp: Language) -> None:
    found = facts(nlp, "See https://example.com/news as 300 homes flooded.")
    assert found == [("300", FigureKind.COUNT, 300.0, "homes")]
