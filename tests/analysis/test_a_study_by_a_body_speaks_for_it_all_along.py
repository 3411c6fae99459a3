"""A study given out by a body ("The study, by the Moorland Transport Trust, found …") speaks
for that body, and so do a later "the study", "the report" that writes it up, and "the
authors"; a study by no one named goes on as itself, and "the report" after a poll is another
source."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text


def speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in run_with_text(nlp, text)[1].quotes]


def test_the_study_report_and_authors_are_the_body_s(analysis_nlp: Language) -> None:
    text = (
        "Bus routes cut\n\nThe study, by the Moorland Transport Trust, found that a third of "
        "hill villages had lost their bus. The report said fares had doubled since 2019. The "
        "authors warned that older residents were cut off.\n"
    )
    assert speakers(analysis_nlp, text) == ["Moorland Transport Trust"] * 3


def test_a_study_named_again_is_the_body_s(analysis_nlp: Language) -> None:
    text = (
        "Bus routes cut\n\nA study by the Moorland Transport Trust found that a third of hill "
        "villages had lost their bus. The study said fares had doubled since 2019.\n"
    )
    _, result = run_with_text(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Moorland Transport Trust"] * 2
    assert [s.name for s in result.speakers] == ["Moorland Transport Trust"]


def test_a_study_by_no_one_named_goes_on_as_itself(analysis_nlp: Language) -> None:
    text = (
        "Bus routes cut\n\nA new study found that a third of hill villages had lost their bus. "
        "The study said fares had doubled since 2019.\n"
    )
    assert speakers(analysis_nlp, text) == ["A new study", "A new study"]


def test_the_report_after_a_poll_is_another_source(analysis_nlp: Language) -> None:
    text = (
        "Bus routes cut\n\nA poll by Ipsos found that most villagers backed the plan. The "
        "report said support was falling.\n"
    )
    assert speakers(analysis_nlp, text) == ["Ipsos", "The report"]


def test_a_study_by_named_researchers_is_theirs_in_the_headline_too(
    analysis_nlp: Language,
) -> None:
    text = (
        "Bus fares cut car use, study finds\n\nA study by researchers at the University of "
        "Eastvale found that car journeys fell. The study said older residents gained most.\n"
    )
    _, result = run_with_text(analysis_nlp, text)
    assert [s.name for s in result.speakers] == ["researchers at the University of Eastvale"]


def test_a_headline_study_over_two_studies_stays_itself(analysis_nlp: Language) -> None:
    text = (
        "Bus fares cut car use, study finds\n\nA study by researchers at the University of "
        "Eastvale found that car journeys fell. A second study by the Harbour Institute found "
        "that older residents gained most.\n"
    )
    assert speakers(analysis_nlp, text) == [
        "study",
        "researchers at the University of Eastvale",
        "Harbour Institute",
    ]


def test_a_headline_study_by_no_one_named_stays_the_study(analysis_nlp: Language) -> None:
    text = (
        "Bus fares cut car use, study finds\n\nA new study found that car journeys fell. The "
        "study said older residents gained most.\n"
    )
    assert speakers(analysis_nlp, text) == ["A new study"] * 3
