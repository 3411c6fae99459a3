"""With no one named, "the housing minister" and later "the finance minister" are two
ministers, not one under the role noun they share; "the minister" alone after both is the
nearer one, as a pronoun would be. "The minister" after "the housing minister" alone is still
that minister, and "the housing minister" after "Housing Minister Ana Ruiz" is her."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run

_HOUSING = "Rent caps\n\nThe housing minister said rents would be capped from April. "


def test_two_portfolios_are_two_speakers(analysis_nlp: Language) -> None:
    text = (
        _HOUSING + "The finance minister said the cap would cost the treasury too much. "
        "The minister added that talks with landlords would go on.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == [
        "The housing minister",
        "The finance minister",
        "The finance minister",
    ]
    assert len(result.speakers) == 2


def test_the_minister_after_one_portfolio_is_that_minister(analysis_nlp: Language) -> None:
    text = _HOUSING + "The minister added that talks with landlords would go on.\n"
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["The housing minister"] * 2
    assert len(result.speakers) == 1


def test_the_portfolio_after_the_named_minister_is_her(analysis_nlp: Language) -> None:
    text = (
        "Rent caps\n\nHousing Minister Ana Ruiz visited Harwick on Monday. The housing "
        "minister said rents would be capped from April.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Ana Ruiz"]
