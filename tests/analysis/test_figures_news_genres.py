"""Figures in kinds of news the finder first met late: local dollars and rand, Indian scales,
market and race figures, tech specs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis import pipeline
from newslens.analysis.chunks import chunk_spans
from newslens.analysis.model import FigureKind
from newslens.analysis.pipeline import analyze
from newslens.article import Article
from tests.analysis.helpers import found


def test_a_year_after_in_is_when_not_a_share(nlp: Language) -> None:
    figures = found(nlp, "The party won 121 seats, down from 365 in 2019.")
    assert figures["365"].kind is FigureKind.COUNT
    assert figures["2019"].kind is FigureKind.DATE


def test_one_in_a_number_of_people_is_still_a_share(nlp: Language) -> None:
    figure = found(nlp, "The condition affects one in 2000 babies.")["one in 2000"]
    assert (figure.kind, figure.value) == (FigureKind.PERCENT, 0.0005)


def test_a_bare_dollar_under_an_australian_dateline_is_the_australian_dollar(
    nlp: Language,
) -> None:
    text = "SYDNEY — The miner earned $13.7 billion and paid 74 cents a share."
    figures = found(nlp, text)
    assert figures["$13.7 billion"].unit == "AUD"
    assert figures["74 cents"].unit == "AUD per share"


def test_the_dateline_after_a_headline_and_a_byline_still_places_the_story(
    nlp: Language,
) -> None:
    text = (
        "Coal exports hit a record\n\nBy Jo Lane\n\n"
        "SYDNEY (Reuters) - Coal exports rose to $4 billion in June.\n"
    )
    assert found(nlp, text)["$4 billion"].unit == "AUD"


def test_a_long_story_keeps_its_dateline_s_dollar_and_rand_in_every_chunk(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    filler = "Trading was quiet through the morning and the afternoon session.\n\n" * 80
    text = (
        "JOHANNESBURG — Retailers raised prices.\n\n"
        + filler
        + "A loaf went from R20 to R25, and the chain earned $3 billion abroad.\n"
    )
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1_000)
    assert len(chunk_spans(text, 1_000)) > 2
    figures = {f.text: f for f in analyze(Article(text=text), nlp=analysis_nlp).figures}
    assert (figures["R20"].unit, figures["R25"].unit) == ("ZAR", "ZAR")
    sydney = "SYDNEY — Shares fell.\n\n" + filler + "The miner earned $13.7 billion.\n"
    figures = {f.text: f for f in analyze(Article(text=sydney), nlp=analysis_nlp).figures}
    assert figures["$13.7 billion"].unit == "AUD"


def test_a_bare_dollar_in_a_story_naming_the_canadian_dollar_is_canadian(
    nlp: Language,
) -> None:
    text = "The bank earned $4.5 billion as the Canadian dollar weakened."
    assert found(nlp, text)["$4.5 billion"].unit == "CAD"


def test_a_story_that_marks_the_local_dollar_keeps_a_bare_dollar_american(
    nlp: Language,
) -> None:
    text = "SYDNEY — The miner earned $13.7 billion. Qantas will spend A$1.4 billion."
    figures = found(nlp, text)
    assert figures["$13.7 billion"].unit == "USD"
    assert figures["A$1.4 billion"].unit == "AUD"


def test_a_bare_dollar_without_a_place_stays_american(nlp: Language) -> None:
    assert found(nlp, "The bank earned $4.5 billion.")["$4.5 billion"].unit == "USD"


def test_rand_in_a_south_african_story_needs_no_thousands(nlp: Language) -> None:
    text = "JOHANNESBURG — A basket of groceries went from R200 to R350 in five years."
    figures = found(nlp, text)
    assert (figures["R200"].kind, figures["R200"].value, figures["R200"].unit) == (
        FigureKind.MONEY,
        200.0,
        "ZAR",
    )
    assert (figures["R350"].value, figures["R350"].unit) == (350.0, "ZAR")


def test_rand_with_cents_is_money_anywhere(nlp: Language) -> None:
    figure = found(nlp, "Petrol now costs R24.50 a litre.")["R24.50"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.MONEY, 24.5, "ZAR per litre")


def test_a_road_number_outside_south_africa_is_no_money(nlp: Language) -> None:
    assert "R200" not in found(nlp, "Traffic was diverted onto the R200 near the town.")


def test_lakh_crore_multiplies_both_scales(nlp: Language) -> None:
    figure = found(nlp, "Revenue rose to ₹2.36 lakh crore in the quarter.")["₹2.36 lakh crore"]
    assert (figure.value, figure.unit) == (2_360_000_000_000.0, "INR")


def test_basis_points_are_a_percentage(nlp: Language) -> None:
    figures = found(nlp, "Yields fell by 10 basis points after the Fed cut by 25bps.")
    assert (figures["10 basis points"].kind, figures["10 basis points"].value) == (
        FigureKind.PERCENT,
        0.001,
    )
    assert figures["25bps"].value == 0.0025


def test_an_index_level_is_a_count_not_a_date(nlp: Language) -> None:
    figure = found(nlp, "The S&P 500 closed up 0.8% at 5,567.19 on Friday.")["5,567.19"]
    assert (figure.kind, figure.value) == (FigureKind.COUNT, 5567.19)


def test_a_lap_time_is_a_duration_in_seconds(nlp: Language) -> None:
    figures = found(nlp, "He took pole with a lap of 1:29.525, 0.312s clear of Norris.")
    assert (figures["1:29.525"].kind, figures["1:29.525"].value) == (FigureKind.QUANTITY, 89.525)
    assert figures["1:29.525"].unit == "seconds"
    assert (figures["0.312s"].value, figures["0.312s"].unit) == (0.312, "seconds")


def test_a_clock_time_is_still_a_time(nlp: Language) -> None:
    figure = found(nlp, "The race starts at 20:30 on Sunday.")["20:30 on Sunday"]
    assert figure.kind is FigureKind.TIME


def test_tech_specs_are_quantities(nlp: Language) -> None:
    figures = found(nlp, "It has 8GB of memory, a 3nm chip at 4.05GHz and 69.4Mbps broadband.")
    assert {t: (f.kind, f.value, f.unit) for t, f in figures.items()} == {
        "8GB": (FigureKind.QUANTITY, 8.0, "GB"),
        "3nm": (FigureKind.QUANTITY, 3.0, "nm"),
        "4.05GHz": (FigureKind.QUANTITY, 4.05, "GHz"),
        "69.4Mbps": (FigureKind.QUANTITY, 69.4, "Mbps"),
    }


def test_a_product_number_and_a_network_generation_are_names(nlp: Language) -> None:
    figures = found(nlp, "Apple unveiled the iPhone 16 on Monday as 5G coverage reached 90%.")
    assert "16" not in figures
    assert "5" not in figures


def test_cents_written_c_are_money_in_a_price(nlp: Language) -> None:
    figure = found(nlp, "JOHANNESBURG — Petrol rose by 35c a litre on Wednesday.")["35c"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.MONEY, 0.35, "ZAR per litre")
    assert found(nlp, "Diesel rose 35c a litre.")["35c"].unit == "USD per litre"


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("Around 1.4 lakh people were moved to camps.", "Around 1.4 lakh", 140_000.0, "people"),
        ("Crops on 28 lakh hectares were damaged.", "28 lakh", 2_800_000.0, "hectares"),
        ("Nearly 2 crore voters cast ballots.", "Nearly 2 crore", 20_000_000.0, "voters"),
        (
            "Around 1.4 million people were moved to camps.",
            "Around 1.4 million",
            1_400_000.0,
            "people",
        ),
    ],
)
def test_a_count_in_lakhs_or_crores_keeps_what_it_counts(
    nlp: Language, text: str, words: str, value: float, unit: str
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("She is midway through a 40-date world tour.", "40", "dates"),
        ("The band is on a 12-date tour of Europe.", "12", "dates"),
    ],
)
def test_a_tour_s_dates_are_counted(nlp: Language, text: str, words: str, unit: str) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.unit) == (FigureKind.COUNT, unit)


def test_a_tour_s_days_stay_its_length(nlp: Language) -> None:
    figure = found(nlp, "She is midway through a 40-day world tour.")["40-day"]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 40.0, "days")
