"""Furniture of pasted text and pages: embedded posts' signatures, newsletter mastheads, wire
credits and update notes, small tables of words that are no menus; a press release's ends and
contacts, an email's reply header and signature, a mailing list's footer, a footnote."""

from __future__ import annotations

import pytest

from newslens.boilerplate import find_boilerplate

from .dimmed import dimmed_passages

STORY = (
    "The council met on Monday to discuss the plan for the harbour.\n{}\n"
    "The plan was approved by eight votes to three after a long debate."
)


def _dimmed(line: str) -> bool:
    text = STORY.format(line)
    return dimmed_passages(text) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "— Mark Ellis MP (@markellis) June 8, 2026",
        "— Harbour Watch (@harbourwatch.bsky.social) March 3, 2026 at 10:15 AM",
        "THE MORNING BRIEF | Tuesday 3 March 2026",
        "Daily Bulletin — March 3, 2026",
        "Good morning. Here’s what you need to know today.",
        "Reporting by Ana Ruiz in Lima; Additional reporting by Tom Hale in London; "
        "Editing by Mark Potter",
    ],
)
def test_signatures_mastheads_greetings_and_credits_are_furniture(line: str) -> None:
    assert _dimmed(line)


@pytest.mark.parametrize(
    "line",
    [
        "Election called for 3 March 2026",
        '"Good morning," she said as she entered the court.',
        "Good Morning Britain presenter Susanna Reid said she was shocked.",
        "Mark Ellis (@markellis on X) has 40,000 followers and posts most days about housing.",
    ],
)
def test_lines_like_them_in_a_story_are_kept(line: str) -> None:
    assert not _dimmed(line)


def test_a_small_table_of_bare_words_in_the_story_is_no_menu() -> None:
    text = STORY.format("Mon | Tue | Wed\nSun | Rain | Fog")
    assert find_boilerplate(text) == []


def test_two_menu_lines_above_the_story_are_still_a_menu() -> None:
    menus = "Home | News | Sport | Weather\nUK | World | Business | Politics"
    text = f"{menus}\n\nThe plan was approved by eight votes to three after a long debate."
    assert dimmed_passages(text) == [menus]


@pytest.mark.parametrize(
    "line",
    [
        "FOR IMMEDIATE RELEASE",
        "(Adds analyst comment, shares)",
        "On Mon, 3 Mar 2025 at 09:12, Sam Reed <sam@example.org> wrote:",
        "https://lists.example.org/mailman/listinfo/harbour-users",
        "harbour-users@lists.example.org",
        "_______________________________________________",
        "harbour-users mailing list",
        "¹ Library visits data, Northbay Council, 2024.",
    ],
)
def test_a_pasted_texts_furniture_line_is_dimmed(line: str) -> None:
    assert _dimmed(line)


@pytest.mark.parametrize(
    "line",
    [
        "Adds to the pressure on ministers, the union said.",
        "On Monday the mayor wrote to the minister about the plan.",
        "Visit www.example.org for the full report, the council said.",
    ],
)
def test_prose_like_furniture_is_kept(line: str) -> None:
    assert not _dimmed(line)


@pytest.mark.parametrize("end", ["-ENDS-", "ENDS", "###", "- 30 -", "Notes to editors", "-- "])
def test_everything_after_the_end_of_a_release_or_email_is_dimmed(end: str) -> None:
    text = (
        "The council approved the scheme, the mayor said.\n\n"
        f"{end}\n\n"
        "1. Northbay Council serves 84,000 residents.\n"
    )
    spans = find_boilerplate(text)
    assert [text[a:b] for a, b in spans] == [text[text.index(end) :].strip()]


def test_a_contact_block_is_dimmed_to_the_blank_line() -> None:
    text = (
        "The council approved the scheme, the mayor said.\n\n"
        "For more information contact:\nJane Cole, Press Officer\n01632 960 123\n\n"
        "Work starts in May.\n"
    )
    spans = [text[a:b] for a, b in find_boilerplate(text)]
    assert spans == ["For more information contact:\nJane Cole, Press Officer\n01632 960 123"]


def test_a_story_line_that_introduces_a_post_and_a_section_break_are_kept() -> None:
    text = 'On Facebook, the mayor wrote:\n\n"We will rebuild."\n\n--\n\n' + "".join(
        f"Paragraph {n} of the second part goes on.\n\n" for n in range(8)
    )
    assert find_boilerplate(text) == []


def test_an_emails_reply_header_and_signature_are_furniture() -> None:
    text = (
        "Thanks all.\n\nOn Tue, 3 Mar 2026 at 09:12, Jane Doe <jane@example.com> wrote:\n"
        "> hello\n\n-- \nSam Reed\nHarbour Gazette\n"
    )
    assert [text[a:b] for a, b in find_boilerplate(text)] == [
        "On Tue, 3 Mar 2026 at 09:12, Jane Doe <jane@example.com> wrote:",
        "-- \nSam Reed\nHarbour Gazette",
    ]
