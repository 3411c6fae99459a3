"""A person called by their trade again ("the care worker said") is the one the story gave
that trade ("Lydia Marsh, a care worker from Leeds"), as a headline's "Care worker says …"
is, and a headline's "Pensioner, 82, says …" is the one the story gives that age; another
trade of the same kind ("the taxi driver" after "a lorry driver"), or a headline's age no one
below is given, is someone else."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text


def speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in run_with_text(nlp, text)[1].quotes]


def test_the_care_worker_is_the_one_named_a_care_worker(analysis_nlp: Language) -> None:
    text = (
        "Care home thefts\n\nPriya Lund, 29, a care worker from Leeds, took cash from four "
        "residents. The care worker told police she had needed the money for rent.\n"
    )
    assert speakers(analysis_nlp, text) == ["Priya Lund"]


def test_a_headline_trade_is_the_one_named_below(analysis_nlp: Language) -> None:
    text = (
        "Care worker says she needed the money\n\nPriya Lund, 29, a care worker from Leeds, "
        "took cash from four residents.\n"
    )
    result = run_with_text(analysis_nlp, text)[1]
    assert [s.name for s in result.speakers] == ["Priya Lund"]


def test_another_trade_of_the_kind_is_someone_else(analysis_nlp: Language) -> None:
    text = (
        "Motorway crash\n\nOwen Pike, a lorry driver, crashed near Derby on Monday. The taxi "
        "driver said he had been dazzled by the sun.\n"
    )
    assert speakers(analysis_nlp, text) == ["The taxi driver"]


def test_a_headline_person_of_an_age_is_the_one_given_it(analysis_nlp: Language) -> None:
    headline = "Pensioner, 81, says she lost her savings to a phone scam\n\n"
    for age, expected in (("81", ["Maud Ellery"]), ("76", ["Pensioner", "Maud Ellery"])):
        text = f"{headline}Maud Ellery, {age}, a former librarian from Truro, said fraudsters "
        text += "posed as her bank.\n"
        result = run_with_text(analysis_nlp, text)[1]
        assert [s.name for s in result.speakers] == expected, age
