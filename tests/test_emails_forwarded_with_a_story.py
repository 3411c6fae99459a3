"""A story forwarded by email and pasted whole: the line the mail program sets over the
forwarded headers ("---------- Forwarded message ---------") opens the text, and the subject
carries the forward's "FW:". The headers are still read: dimmed, with the marker line, the
subject (without its "FW:") the title, the date the date. The forwarder's note above the
marker line is dimmed with them, and so are the headers a webmail's HTML runs into one line."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from newslens.sources import load_article

from .dimmed import dimmed_passages

STORY = """Dredging of the inner harbour at Kellbridge will start in March, the harbour board said on Monday, after two years of delays over where the silt should go.

The board's chair, Ines Marlow, said the work would take eleven weeks.
"""


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ---------",
        "-----Original Message-----",
        "Begin forwarded message:",
        "________________________________",  # Outlook's
    ],
)
def test_pasted_forwarded_headers_are_dimmed_and_give_the_title_and_the_date(
    tmp_path: Path, marker: str
) -> None:
    headers = f"""{marker}
From: Night Desk <desk@kellbridge-news.example>
Date: Thu, 5 Nov 2026 at 18:20
Subject: FW: Harbour dredging to start in March
To: editors@kellbridge-news.example"""
    text = f"{headers}\n\n{STORY}"
    path = tmp_path / "forwarded.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(str(path))
    assert article.title == "Harbour dredging to start in March"
    assert article.date == "2026-11-05"
    assert dimmed_passages(text)[0] == headers


def test_a_saved_forward_is_titled_by_its_subject_without_fwd(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "Night Desk <desk@kellbridge-news.example>"
    message["Subject"] = "Fwd: Re: Harbour dredging to start in March"
    message["Date"] = "Thu, 05 Nov 2026 18:20:00 +0000"
    message.set_content(STORY)
    path = tmp_path / "forwarded.eml"
    path.write_bytes(bytes(message))
    assert load_article(str(path)).title == "Harbour dredging to start in March"


def test_a_story_quoted_in_a_reply_is_titled_and_signed_as_unquoted(tmp_path: Path) -> None:
    text = """> Harbour dredging to start in March
>
> By Ines Marlow
> 5 November 2026
>
> Dredging of the inner harbour at Kellbridge will start in March, the
> harbour board said on Monday, after two years of delays.
"""
    path = tmp_path / "quoted.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(str(path))
    assert (article.title, article.byline, article.date) == (
        "Harbour dredging to start in March",
        "Ines Marlow",
        "2026-11-05",
    )


def test_a_quoted_storys_byline_and_credits_are_dimmed() -> None:
    text = """> Harbour dredging to start in March
>
> By Ines Marlow
>
> Dredging of the inner harbour at Kellbridge will start in March, the
> harbour board said on Monday, after two years of delays.
>
> (Reporting by Ines Marlow; Editing by Tom Reyes)
"""
    assert dimmed_passages(text) == [
        "By Ines Marlow",
        "(Reporting by Ines Marlow; Editing by Tom Reyes)",
    ]


FORWARDED_HEADERS = """---------- Forwarded message ---------
From: Night Desk <desk@kellbridge-news.example>
Date: Thu, 5 Nov 2026 at 18:20
Subject: Fwd: Harbour dredging to start in March
To: editors@kellbridge-news.example"""


@pytest.mark.parametrize(
    "note",
    [
        "Thought you'd want to see this — J.",
        "Hi all,\n\nWorth a read before Monday's meeting.\n\nThanks,\nSam",
        # a long note of one paragraph with no greeting, and one of several paragraphs
        "Sharing this ahead of Thursday: the board has moved the start of the dredging again, "
        "and the chair says the contract for taking the silt away is still unsigned, so the "
        "eleven weeks look hopeful to me. Worth a call to the contractor before we run it.",
        "Forwarding the board's note below, since it changes the timing of our quayside piece."
        " The chair told me on the phone this afternoon that eleven weeks is a best case.\n\n"
        "I would hold the piece until we hear from the contractor, who has not answered "
        "since Friday.\n\nCan we talk before the four o'clock meeting?\n\nBest wishes,\n"
        "Sam Okafor",
    ],
)
def test_the_forwarders_note_above_the_forward_is_dimmed_with_its_headers(
    tmp_path: Path, note: str
) -> None:
    text = f"{note}\n\n{FORWARDED_HEADERS}\n\n{STORY}"
    path = tmp_path / "forwarded.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(str(path))
    assert (article.title, article.date) == ("Harbour dredging to start in March", "2026-11-05")
    assert dimmed_passages(text)[0] == f"{note}\n\n{FORWARDED_HEADERS}"


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour board knew of silt dispute for a year",
        "Morning ferries cut as harbour board rows over silt",  # no greeting
    ],
)
def test_a_story_that_goes_on_to_quote_a_forwarded_mail_keeps_its_headline_and_opening(
    tmp_path: Path, headline: str
) -> None:
    opening = (
        "The harbour board at Kellbridge was warned a year ago that the silt from the inner "
        "harbour had nowhere to go, according to an email a board member forwarded to "
        "colleagues last November and seen by this paper."
    )
    text = f"{headline}\n\n{opening}\n\n{FORWARDED_HEADERS}\n\n{STORY}"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(str(path))
    assert article.title == headline
    assert not any(opening in passage for passage in dimmed_passages(text))


def _saved_html_forward(tmp_path: Path, forwarded: str) -> tuple[str, str]:
    """A forward saved as .eml with only an HTML body, as a webmail writes it; its text and
    what is dimmed in it."""
    message = EmailMessage()
    message["From"] = "J. Marsh <j.marsh@example.org>"
    message["Subject"] = "Fwd: Harbour dredging to start in March"
    message["Date"] = "Thu, 05 Nov 2026 19:02:00 +0000"
    story = "".join(f"<p>{p}</p>" for p in STORY.strip().split("\n\n"))
    message.set_content(f"<html><body><div>{forwarded}</div>{story}</body></html>", subtype="html")
    path = tmp_path / "forwarded.eml"
    path.write_bytes(bytes(message))
    text = load_article(str(path)).text
    return text, " ".join(dimmed_passages(text))


def test_forwarded_headers_a_webmail_runs_into_one_line_are_dimmed(tmp_path: Path) -> None:
    headers = (
        "---------- Forwarded message ---------<br>From: Night Desk &lt;desk@kellbridge-news"
        ".example&gt;<br>Date: Thu, 5 Nov 2026 at 18:20<br>Subject: Harbour dredging to start "
        "in March<br>To: editors@kellbridge-news.example<br>"
    )
    text, dimmed = _saved_html_forward(tmp_path, headers)
    assert "Forwarded message" in dimmed and "Subject: Harbour dredging" in dimmed
    assert "Dredging of the inner harbour" in text and "Dredging" not in dimmed


def test_a_line_that_tells_of_a_forwarded_message_is_the_storys(tmp_path: Path) -> None:
    line = (
        "The forwarded message from the harbour board's chair, dated 5 November, says the "
        "subject of the silt was settled in the summer."
    )
    text, dimmed = _saved_html_forward(tmp_path, line)
    assert line in text and "forwarded message" not in dimmed
