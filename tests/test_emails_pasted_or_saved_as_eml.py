"""A newsletter read as an email: pasted from a mail client with its headers (From:,
Subject:, Date:) over the body, or saved as a .eml file, its body perhaps quoted-printable
in a multipart message. The subject titles it and the date dates it; pasted headers are
dimmed, and a saved email shows its body decoded."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from newslens.sources import load_article

from .dimmed import dimmed_passages

HEADERS = """From: The Quayside Letter <hello@quaysideletter.example>
Sent: Wednesday, December 2, 2026 7:01 AM
To: reader@example.org
Subject: Dockworkers vote to strike over night shifts"""
BODY = """THE QUAYSIDE LETTER | Wednesday 2 December 2026

Dockworkers at Porthaven container terminal have voted to strike over new rotas, their union said, in a ballot with a turnout of 78 per cent — the highest in a decade.

The terminal's operator said it was “disappointed” and would keep talking to the union.
"""


def test_pasted_headers_are_dimmed_and_give_the_title_and_the_date(tmp_path: Path) -> None:
    text = f"{HEADERS}\n\n{BODY}"
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(str(path))
    assert article.title == "Dockworkers vote to strike over night shifts"
    assert article.date == "2026-12-02"
    assert dimmed_passages(text)[0].startswith(HEADERS)


def test_a_saved_email_is_read_from_its_decoded_body(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "The Quayside Letter <hello@quaysideletter.example>"
    message["Subject"] = "Dockworkers vote to strike – and ferries cut"
    message["Date"] = "Wed, 02 Dec 2026 07:01:12 +0000"
    message.set_content(BODY, cte="quoted-printable")
    html = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    message.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
    path = tmp_path / "letter.eml"
    path.write_bytes(bytes(message))
    article = load_article(str(path))
    assert article.title == "Dockworkers vote to strike – and ferries cut"
    assert article.date == "2026-12-02"
    assert "78 per cent — the highest in a decade" in article.text
    assert "Content-Transfer-Encoding" not in article.text and "=E2" not in article.text
