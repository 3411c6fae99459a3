"""An analysis written out (extract's JSON, a Doc extension) holds what ``dataclasses.asdict``
gives: the same keys in the same order and the same values, only without its copies."""

from __future__ import annotations

from dataclasses import asdict

from newslens.analysis.model import (
    Analysis,
    Claim,
    ClaimKind,
    Figure,
    FigureKind,
    Qualifier,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
    Stance,
    as_plain,
)

_ANALYSIS = Analysis(
    fingerprint="abc",
    speakers=(Speaker("ana ruiz", "Ana Ruiz", SpeakerKind.PERSON, ((0, 8), (40, 43)), 2),),
    quotes=(
        Quote(
            ((10, 20), (30, 35)),
            QuoteKind.DIRECT,
            "Ana Ruiz",
            "ana ruiz",
            (0, 8),
            "said",
            (22, 26),
            Stance.NEUTRAL,
            0.75,
            negated=True,
        ),
        Quote(((50, 60),), QuoteKind.INDIRECT),
    ),
    figures=(
        Figure(5, 9, "£30m", FigureKind.MONEY, 30e6, "GBP", Qualifier.AT_LEAST),
        Figure(12, 22, "2022-02-24", FigureKind.DATE, "2022-02-24"),
    ),
    claims=(Claim(0, 40, ClaimKind.NUMERIC, "Ana Ruiz", "ana ruiz", "said", ((5, 9),), 0.9),),
    boilerplate=((100, 120), (130, 140)),
    model_name="en_core_web_sm",
    model_version="3.8.0",
)


def test_an_analysis_is_written_out_as_asdict_writes_it() -> None:
    plain = _ANALYSIS.to_dict()
    assert plain == asdict(_ANALYSIS)
    assert repr(plain) == repr(asdict(_ANALYSIS))  # key order, tuples and all


def test_each_result_is_written_out_as_asdict_writes_it() -> None:
    results = (*_ANALYSIS.speakers, *_ANALYSIS.quotes, *_ANALYSIS.figures, *_ANALYSIS.claims)
    for result in results:
        assert repr(as_plain(result)) == repr(asdict(result))


def test_an_empty_analysis_round_trips() -> None:
    empty = Analysis(fingerprint="x")
    assert repr(empty.to_dict()) == repr(asdict(empty))
    assert Analysis.from_dict(empty.to_dict()) == empty
