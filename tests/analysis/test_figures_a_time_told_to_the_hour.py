"""A clock time told as minutes to the hour after "It was", "at" or "by" ("It was 10 to 5",
"by ten to six") is a time, as written, not a score; a tally needs a vote or a game ("The
vote was 10 to 5", "backed the plan by 10 to 5"). "Open from 10 to 5" is the span of the day
10:00 to 17:00."""

from __future__ import annotations

from spacy.language import Language

from .helpers import facts


def kinds(nlp: Language, text: str) -> list[tuple[str, str, object]]:
    return [(words, kind.value, value) for words, kind, value, _ in facts(nlp, text)]


def test_it_was_ten_to_five_is_a_time(analysis_nlp: Language) -> None:
    text = "It was 10 to 5 when the last bus left the depot. By ten to six the square was empty.\n"
    assert kinds(analysis_nlp, text) == [
        ("10 to 5", "time", "04:50"),
        ("ten to six", "time", "05:50"),
    ]


def test_a_vote_told_with_to_stays_a_tally(analysis_nlp: Language) -> None:
    assert ("10 to 5", "count", "10-5") in kinds(
        analysis_nlp, "The vote was 10 to 5 in favour of the motion.\n"
    )
    assert ("10 to 5", "count", "10-5") in kinds(
        analysis_nlp, "The council backed the plan by 10 to 5 on Tuesday.\n"
    )


def test_open_from_a_later_hour_to_an_earlier_one_runs_into_the_afternoon(
    analysis_nlp: Language,
) -> None:
    text = "The museum is open from 10 to 5 on weekdays, and the cafe from 9 to 4.\n"
    assert kinds(analysis_nlp, text) == [
        ("10 to 5", "range", "10:00/17:00"),
        ("9 to 4", "range", "09:00/16:00"),
    ]
    assert kinds(analysis_nlp, "Class sizes were cut from 10 to 5 pupils.\n") == [
        ("10", "count", 10),
        ("5", "count", 5),
    ]
