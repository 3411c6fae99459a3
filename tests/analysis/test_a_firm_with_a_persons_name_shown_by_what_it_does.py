"""A firm whose name the recogniser takes for a person's ("Greggs", "Ted Baker") is the firm a
later "the company" or "the firm" stands for once its sentence shows it doing what a firm does:
opening stores by the dozen, or, for a name of two words that might be its chief executive's,
what no person does (reporting a loss or a fall in profits). A mayor who opened "the new store"
is no firm."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run


@pytest.mark.parametrize(
    ("opening", "firm"),
    [
        ("Greggs opened 40 stores in the year.", "Greggs"),
        ("Timpson opened 40 shops in the year.", "Timpson"),
        ("Ted Baker reported a loss of £3m last year.", "Ted Baker"),
        ("Harvey Nichols reported a 20% fall in profits.", "Harvey Nichols"),
    ],
)
def test_the_company_is_the_firm_its_acts_show(
    analysis_nlp: Language, opening: str, firm: str
) -> None:
    text = f"High street\n\n{opening} The company said trading had been hard.\n"
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == [firm]
    assert [(s.name, s.kind.value) for s in result.speakers] == [(firm, "organisation")]


@pytest.mark.parametrize(
    "opening",
    [
        "Jo Bell cut 600 jobs at the chain last year.",
        "Mayor Ana Ruiz opened the new store on Monday.",
    ],
)
def test_a_person_doing_so_is_no_firm(analysis_nlp: Language, opening: str) -> None:
    text = (
        f"High street\n\n{opening} The company said trading had been hard. Greggs opened 40 "
        "stores in the year. The company said demand was strong.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["The company", "Greggs"]


@pytest.mark.parametrize(
    "opening",
    ["Greggs said sales rose 5%.", "Timpson said profits had fallen by a tenth."],
)
def test_a_name_reporting_a_firms_sales_is_the_company(
    analysis_nlp: Language, opening: str
) -> None:
    text = f"High street\n\n{opening} The company said it would open 100 shops.\n"
    firm = opening.split()[0]
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == [firm, firm]
    assert [(s.name, s.kind.value) for s in result.speakers] == [(firm, "organisation")]


def test_a_name_with_a_title_reporting_sales_stays_a_person(analysis_nlp: Language) -> None:
    text = (
        "High street\n\nGreggs said sales rose 5%. Ms Greggs has run the bakery for years. "
        "She said she was proud.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Greggs", "Greggs"]
    assert [(s.name, s.kind.value) for s in result.speakers] == [("Greggs", "person")]


@pytest.mark.parametrize(
    ("opening", "speaker", "kind"),
    [
        # what the text calls it elsewhere: a firm whose shares trade, or a chain
        ("Shares in Morrisons fell 5% on Tuesday.", "Morrisons", "organisation"),
        ("Morrisons shares fell 5% on Tuesday.", "Morrisons", "organisation"),
        ("Boots, the chemist chain, has 1,900 branches.", "Boots", "organisation"),
        # near miss: a plural the text calls no firm stays a group
        ("Shares in Morrisons fell 5% on Tuesday.", "Unions", "group"),
    ],
)
def test_a_name_the_text_calls_a_firm_is_the_firm(
    analysis_nlp: Language, opening: str, speaker: str, kind: str
) -> None:
    text = f"High street\n\n{opening}\n\n{speaker} said trading had been hard this winter.\n"
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind.value) for s in result.speakers] == [(speaker, kind)]
