"""A press release with no "About …" paragraph is still signed by its issuer: the client its
"Issued by … on behalf of …" line names (not the agency that sent it), or who announces in its
first paragraph under a press wire's dateline, or under its own below "For immediate release".
A news agency's dateline over the same words signs nothing: the story is the agency's."""

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
