"""A press release with no "About …" paragraph is still signed by its issuer: the client its
"Issued by … on behalf of …" line names (not the agency that sent it), or who announces in its
first paragraph under a press wire's dateline, or under its own below "For immediate release",
or the body its heading line names as a release's ("Harwood Borough Council — Press release —
3 March 2026", which dates it too), or the name its letterhead opens with, over its address.
A news agency's dateline over the same words signs nothing:
the story is the agency's; nor does a heading line that says of no release, and a person who
signs the release is its author."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

STORY = (
    '"The quay has waited a long time for this," said the trust\'s chair, Alan Brisk.\n\n'
    "Media contact:\nJo Fenn, jo@tidewater.example\n"
)


def _byline(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(str(path)).byline


@pytest.mark.parametrize(
    "issued",
    [
        "Issued by Tidewater PR on behalf of the Portmoor Harbour Trust.",
        "Issued on behalf of Portmoor Harbour Trust by Tidewater PR",
        "Issued by Portmoor Harbour Trust",
    ],
)
def test_a_release_is_signed_by_the_client_its_issued_by_line_names(
    tmp_path: Path, issued: str
) -> None:
    text = (
        "Harbour trust opens visitor centre\n\n"
        "The trust has opened a £3m visitor centre on the old fish quay.\n\n"
        f"{issued}\n\n{STORY}"
    )
    assert _byline(tmp_path, text) == "Portmoor Harbour Trust"


@pytest.mark.parametrize(
    "opening",
    [
        "PORTMOOR, England, March 4, 2026 /PRNewswire/ -- Portmoor Harbour Trust (LSE: PHT), "
        "the charity that runs the port, today announced a £3m visitor centre.",
        "PORTMOOR, England, March 4, 2026 /PRNewswire/ -- Portmoor Harbour Trust, Inc. (LSE: "
        "PHT), the charity that runs the port, today announced a £3m visitor centre.",
        "FOR IMMEDIATE RELEASE\n\nPORTMOOR, 4 March 2026 – The Portmoor Harbour Trust today "
        "opened a £3m visitor centre on the old fish quay.",
    ],
)
def test_a_release_is_signed_by_who_announces_under_its_dateline(
    tmp_path: Path, opening: str
) -> None:
    text = f"Harbour trust opens visitor centre\n\n{opening}\n\n{STORY}"
    assert _byline(tmp_path, text) == "Portmoor Harbour Trust"


def test_a_news_agency_s_story_is_signed_by_nobody_it_reports(tmp_path: Path) -> None:
    text = (
        "Harbour trust opens visitor centre\n\n"
        "PORTMOOR, March 4 (Reuters) - Portmoor Harbour Trust today opened a £3m visitor "
        "centre on the old fish quay.\n\n"
        f"{STORY}"
    )
    assert _byline(tmp_path, text) is None


def test_a_warning_issued_by_someone_in_a_story_signs_nothing(tmp_path: Path) -> None:
    text = (
        "Flood warning for the quay\n\n"
        "Issued by the Met Office on Monday, the warning covers the whole harbour front.\n"
    )
    assert _byline(tmp_path, text) is None


CYCLE_RELEASE = """{heading}

New cycle lanes to open on Station Road this spring

{signed}Harwood Borough Council has approved £1.2m for protected cycle lanes on Station Road, \
with work due to finish in May.

Councillor Priya Mehta, cabinet member for transport, said: "These lanes will make it safer \
for families to ride to school."

Ends

Notes to editors
1. The consultation ran from 1 September to 31 October 2025.
"""


def _article(tmp_path: Path, heading: str, signed: str = "") -> tuple[str | None, str | None]:
    path = tmp_path / "release.txt"
    path.write_text(CYCLE_RELEASE.format(heading=heading, signed=signed), encoding="utf-8")
    article = load_article(str(path))
    return article.byline, article.date


@pytest.mark.parametrize(
    "heading",
    [
        "Harwood Borough Council — Press release — 3 March 2026",
        "Harwood Borough Council | News release | Tuesday 3 March 2026",
    ],
)
def test_a_release_whose_heading_names_its_issuer_is_signed_and_dated_by_it(
    tmp_path: Path, heading: str
) -> None:
    assert _article(tmp_path, heading) == ("Harwood Borough Council", "2026-03-03")


def test_a_heading_that_says_of_no_release_signs_nothing(tmp_path: Path) -> None:
    heading = "Harwood Borough Council — Transport update — 3 March 2026"
    assert _article(tmp_path, heading)[0] is None


def test_a_release_a_person_signs_is_theirs(tmp_path: Path) -> None:
    heading = "Harwood Borough Council — Press release — 3 March 2026"
    assert _article(tmp_path, heading, "By Leah Okafor\n\n")[0] == "Leah Okafor"


ADDRESS = "Civic Centre, Harwood HW1 1AA\nTel: 01632 960 100\n"


def test_a_release_under_its_letterhead_is_signed_by_the_name_it_opens_with(
    tmp_path: Path,
) -> None:
    heading = f"Harwood Borough Council\n{ADDRESS}News release\n3 March 2026"
    assert _article(tmp_path, heading) == ("Harwood Borough Council", "2026-03-03")


def test_a_letterhead_that_opens_with_its_address_signs_nothing(tmp_path: Path) -> None:
    heading = f"{ADDRESS}News release\n3 March 2026"
    assert _article(tmp_path, heading) == (None, "2026-03-03")
