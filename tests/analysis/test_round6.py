"""Letters and emails (a greeting's name, a question to the reader), a footnote's number
after a full stop, and a subject the parse hung on an opening phrase."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import Analysis
from newslens.analysis.pipeline import analyze
from newslens.article import Article


def run(nlp: Language, text: str) -> Analysis:
    return analyze(Article(text=text), nlp=nlp)


def said(text: str, result: Analysis) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.cue, text[q.start : q.end]) for q in result.quotes]


def test_the_one_a_greeting_names_is_addressed_not_a_later_she(analysis_nlp: Language) -> None:
    for greeting in ("Hi Jo,", "Dear Ms Pike,", "Hello Jo"):
        text = (
            f"{greeting}\n\n"
            "I rang the ferry office today and she said the timetable would change in June.\n"
        )
        quotes = said(text, run(analysis_nlp, text))
        assert [(cue, words) for _, cue, words in quotes] == [
            ("said", "the timetable would change in June")
        ]
        assert quotes[0][0] not in ("Jo", "Ms Pike", "Pike"), greeting


def test_a_question_to_the_reader_reports_nobodys_words(analysis_nlp: Language) -> None:
    text = (
        "The bridge closed in May.\n\n"
        "Do you know when the repairs begin? Did the engineers say the deck was safe?\n\n"
        "The county engineer said the deck would be replaced.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert quotes == [("The county engineer", "said", "the deck would be replaced")]


def test_a_question_in_quotation_marks_is_still_reported(analysis_nlp: Language) -> None:
    text = (
        "The mayor spoke on Monday.\n\nAs Ms Okafor noted, 'would you rather pay now or later?'\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert any(cue == "noted" for _, cue, _ in quotes)


def test_a_footnote_number_after_a_full_stop_ends_the_sentence(analysis_nlp: Language) -> None:
    text = (
        "The warden, Ann Kerr, said the beach lost 40 metres of dune in 2023.\u00b9 She "
        "urged the council to plant marram grass.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Ann Kerr", "said", "the beach lost 40 metres of dune in 2023") in quotes
    assert ("Ann Kerr", "urged", "to plant marram grass") in quotes


def test_a_subject_hung_on_an_opening_phrase_still_speaks(analysis_nlp: Language) -> None:
    text = (
        "The society met on Tuesday.\n\n"
        "At last week's meeting our secretary, Joan Pryce, said the hall roof was leaking.\n\n"
        "At Friday's tribunal the union's solicitor, Omar Baig, said the dismissal was unfair.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Joan Pryce", "said", "the hall roof was leaking") in quotes
    assert ("Omar Baig", "said", "the dismissal was unfair") in quotes
