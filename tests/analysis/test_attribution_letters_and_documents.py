"""Who said what in texts laid out as letters, emails, transcripts and footnoted documents: a
greeting's name is the one addressed, a question to the reader reports nobody's words, a
labelled answer runs over its wrapped lines, reply marks are no part of a name, and a footnote's
number after a full stop ends the sentence."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


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


def test_an_emails_reply_marks_are_no_part_of_a_speakers_name(analysis_nlp: Language) -> None:
    text = (
        "Thanks for the update. I spoke to the harbourmaster this morning and she\n"
        "said the dredging contract would be signed next week, but warned that\n"
        "the budget was already stretched.\n\n"
        "On Mon, 3 Mar 2025 at 09:12, Sam Reed <sam@example.org> wrote:\n"
        "> Do you know when the council will vote on the dredging? The\n"
        "> fishermen's association says the channel is silting up faster than\n"
        "> anyone expected and boats are being turned away at low tide.\n"
    )
    names = {s.name for s in run(analysis_nlp, text).speakers}
    assert "The fishermen's association" in names


def test_a_transcripts_labelled_answer_runs_over_its_wrapped_lines(
    analysis_nlp: Language,
) -> None:
    text = (
        "Transcript: interview with Dr Helen Smith, chief medical officer, recorded on 2\n"
        "March and edited for length by the staff of the health desk at the paper.\n\n"
        "Q: How worried should people be about the rise in measles cases this winter?\n\n"
        "SMITH: Worried enough to check their children's vaccination records. We have\n"
        "seen 140 cases since December, which is more than in the whole of the previous\n"
        "two years, and most of them were in children who had not had both doses.\n"
    )
    quote = next(q for q in run(analysis_nlp, text).quotes if q.cue == ":")
    assert text[quote.start : quote.end].startswith("Worried enough")
    assert text[quote.start : quote.end].endswith("had not had both doses.")


def test_a_footnote_number_after_a_full_stop_ends_the_sentence(analysis_nlp: Language) -> None:
    text = (
        "The warden, Ann Kerr, said the beach lost 40 metres of dune in 2023.\u00b9 She "
        "urged the council to plant marram grass.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Ann Kerr", "said", "the beach lost 40 metres of dune in 2023") in quotes
    assert ("Ann Kerr", "urged", "the council to plant marram grass") in quotes
