"""A post that says someone wrote about something names a topic, not their words; works
someone wrote, described by a clause ("six books, which sold 400,000 copies"), are no words
either, where "an article arguing that …" still reports them."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def reported(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    result = run(nlp, text)
    return [(q.speaker, text[q.start : q.end]) for q in result.quotes]


def test_writing_to_a_list_about_something_reports_no_words(analysis_nlp: Language) -> None:
    for line in (
        "Sam Lee had written to the list about the outage.",
        "Sam Lee wrote to the list about the outage on Friday.",
        "Sam Lee wrote about the outage.",
    ):
        text = f"Network down again\n\n{line} Nobody replied until Monday.\n"
        assert reported(analysis_nlp, text) == [], line


def test_what_someone_wrote_about_a_thing_is_still_reported(analysis_nlp: Language) -> None:
    text = "Network down again\n\nSam Lee wrote to the list that the outage had lasted six hours.\n"
    [(speaker, words)] = reported(analysis_nlp, text)
    assert speaker == "Sam Lee"
    assert words.endswith("the outage had lasted six hours")


def test_works_written_and_described_are_no_words(analysis_nlp: Language) -> None:
    text = (
        "Broadcaster dies\n\n"
        "Ellis wrote six books, including the bestselling How Things Work, which sold "
        "more than 400,000 copies. Her son wrote an article arguing that she was overlooked.\n"
    )
    assert reported(analysis_nlp, text) == [
        ("Her son", "an article arguing that she was overlooked"),
        ("Her son", "that she was overlooked"),
    ]
