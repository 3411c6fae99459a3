"""A story forwarded by email and pasted whole: the line the mail program sets over the
forwarded headers ("---------- Forwarded message ---------") opens the text, and the subject
carries the forward's "FW:". The headers are still read: dimmed, with the marker line, the
subject (without its "FW:") the title, the date the date."""

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
