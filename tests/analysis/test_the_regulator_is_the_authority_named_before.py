"""A regulator called "the regulator" or "the watchdog" stands for the authority or commission named before it
("the Competition and Markets Authority … The regulator said"), as "the agency" does for
"… Service"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_regulator_is_the_markets_authority(analysis_nlp: Language) -> None:
    text = (
        "Grocery deal faces inquiry\n\nThe Competition and Markets Authority has opened an "
        "inquiry into the deal.\n\nThe regulator said it was concerned that prices could rise.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Competition and Markets Authority"]


def test_the_watchdog_is_the_trade_commission(analysis_nlp: Language) -> None:
    text = (
        "Merger under review\n\nThe Federal Trade Commission is reviewing the merger.\n\n"
        "The watchdog said the deal could raise prices.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Federal Trade Commission"]
