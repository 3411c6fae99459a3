"""A transcript, or any text, whose first line ends with the day it tells of ("Transcript:
Council meeting, 12 March 2026") is titled by the words and dated by that day; a headline
whose date belongs to its sentence ("… on Wednesday, 12 March 2026") keeps it. Under the
heading, its programme's names and credits ("Radio Kestrel", "Presenter: Jo Lee") stay, but
the programme's name the heading opens with ("Morning Report") is dimmed. A programme's dated
heading over its station's name ("Radio Kestrel") is its title, no newsletter's masthead."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.article import Article
from newslens.sources import load_article

from .dimmed import dimmed_passages

TURNS = """CHAIR: Good evening. We have one item tonight, the closure of the bus station.

COUNCILLOR OKAFOR: Thank you, chair. The station has been shut for eleven weeks and traders on
Mill Street tell me they have lost half their trade.

CHAIR: The officers expect it to reopen in May.
"""

INTERVIEW = """Q: How long will the dredging of the inner harbour take?

A: Eleven weeks, if the weather holds.
"""


def _load(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "transcript.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(str(path))


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Transcript: Council meeting, 12 March 2026", "Transcript: Council meeting"),
        ("Planning committee – Thursday 12 March 2026", "Planning committee"),
        ("Council meeting | March 12, 2026", "Council meeting"),
    ],
)
def test_a_date_ending_the_first_line_is_the_date_not_part_of_the_title(
    tmp_path: Path, first_line: str, title: str
) -> None:
    article = _load(tmp_path, f"{first_line}\n\n{TURNS}")
    assert (article.title, article.date) == (title, "2026-03-12")


def test_a_dated_heading_in_capitals_over_questions_and_answers_is_no_masthead(
    tmp_path: Path,
) -> None:
    first_line = "TRANSCRIPT: Interview with the harbour master – 3 March 2026"
    text = f"{first_line}\n\n{INTERVIEW}"
    article = _load(tmp_path, text)
    assert (article.title, article.date) == (
        "TRANSCRIPT: Interview with the harbour master",
        "2026-03-03",
    )
    assert dimmed_passages(text) == []


def test_a_dated_name_over_a_single_labelled_line_is_still_a_masthead() -> None:
    text = (
        "THE QUAYSIDE | 3 March 2026\n\nTOP STORY: Ferry fares frozen\n\n"
        "The harbour board froze ferry fares on Tuesday, the third year running."
    )
    assert dimmed_passages(text)[0] == "THE QUAYSIDE | 3 March 2026"


@pytest.mark.parametrize(
    "first_line",
    [
        "Talks on the bus station to resume on Wednesday, 12 March 2026",
        "Transcript: Council meeting on the bus station",
    ],
)
def test_a_headline_whose_date_is_part_of_its_sentence_or_without_one_stays_whole(
    tmp_path: Path, first_line: str
) -> None:
    article = _load(tmp_path, f"{first_line}\n\n{TURNS}")
    assert (article.title, article.date) == (first_line, None)


def test_a_dated_heading_over_its_programme_s_names_is_the_title(tmp_path: Path) -> None:
    for head in ("", "Home\nPolitics\n"):
        text = (
            f"{head}Transcript: Interview with the harbour master, 3 March 2026\n"
            f"Radio Kestrel\nMorning Programme\n\n{INTERVIEW}"
        )
        article = _load(tmp_path, text)
        assert (article.title, article.date) == (
            "Transcript: Interview with the harbour master",
            "2026-03-03",
        )


def test_a_paragraph_wrapped_by_hand_on_a_date_has_no_title(tmp_path: Path) -> None:
    text = (
        "The council met to discuss the bus station on Thursday, 12 March 2026\n"
        "and agreed to reopen it in May.\n\n" + TURNS
    )
    assert _load(tmp_path, text).title is None


def test_a_programme_s_name_the_heading_opens_with_is_dimmed_under_it(tmp_path: Path) -> None:
    text = (
        "Morning Report: Interview with the harbour master, 3 March 2026\n"
        f"Radio Kestrel\nMorning Report\n\n{INTERVIEW}"
    )
    assert dimmed_passages(text) == ["Morning Report"]
    assert _load(tmp_path, text).title == "Morning Report: Interview with the harbour master"


def test_a_programme_s_names_the_heading_does_not_give_stay() -> None:
    text = (
        "Transcript: Interview with the harbour master, 3 March 2026\n"
        f"Radio Kestrel\nMorning Programme\n\n{INTERVIEW}"
    )
    assert dimmed_passages(text) == []


def test_a_dated_heading_over_its_programme_s_credits_is_the_title(tmp_path: Path) -> None:
    text = (
        "Transcript: Interview with the harbour master, 3 March 2026\n"
        f"Radio Kestrel\nMorning Programme\nPresenter: Jo Lee\n\n{INTERVIEW}"
    )
    article = _load(tmp_path, text)
    assert (article.title, article.date) == (
        "Transcript: Interview with the harbour master",
        "2026-03-03",
    )


def test_a_dated_heading_over_the_first_turns_has_no_title(tmp_path: Path) -> None:
    text = (
        "Transcript: Council meeting, 12 March 2026\n"
        "CHAIR: Good evening. We have one item tonight.\n"
        "COUNCILLOR OKAFOR: Thank you, chair.\n\n" + TURNS
    )
    assert _load(tmp_path, text).title is None


STORY = (
    "The harbour board froze ferry fares on Tuesday, the third year running, after a vote "
    "of its members.\n\nThe fares will be reviewed again in the spring, the board said.\n"
)


@pytest.mark.parametrize("station", ["Radio Kestrel", "Kestrel FM", "BBC Radio Kestrel"])
def test_a_programme_s_dated_heading_over_its_station_is_the_title(
    tmp_path: Path, station: str
) -> None:
    text = f"Morning Report - 2 December 2026\n{station}\n\n{STORY}"
    assert dimmed_passages(text) == []
    article = _load(tmp_path, text)
    assert (article.title, article.date) == ("Morning Report", "2026-12-02")


@pytest.mark.parametrize(
    "head",
    [
        "The Daily Brief — Issue 212 — 2 December 2026\nRadio Kestrel",
        "THE QUAYSIDE | 2 December 2026\nFerry Fares Frozen",
    ],
)
def test_a_newsletter_s_dated_masthead_over_a_line_stays_dimmed(head: str) -> None:
    text = f"{head}\n\n{STORY}"
    assert dimmed_passages(text)[0] == head.split("\n")[0]
