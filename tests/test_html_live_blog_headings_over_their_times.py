"""A live blog that sets each entry's heading above its time is read as the others are: the
time, then the heading, then the entry, so that the heading is known for one (no claim)."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

ENTRY = (
    '<div class="block" id="{id}"><div class="block-header"><h2>{heading}</h2>'
    '<p class="block-time"><time datetime="2026-12-01T{iso}:00Z">{time} GMT</time></p></div>'
    '<div class="block-body"><p>{body}</p></div></div>'
)
PAGE = (
    "<html><head><title>Harbour strike live | Northern Wire</title></head><body><main>"
    "<article><h1>Harbour strike live</h1><div class='feed'>{}</div></article></main></body>"
    "</html>"
)


def test_each_entrys_time_comes_before_its_heading(tmp_path: Path) -> None:
    entries = [
        (
            "b2",
            "Dockers walk out at noon",
            "12:05",
            "12.05",
            "About 400 dockers left the quayside at noon and formed a picket line at the gate.",
        ),
        (
            "b1",
            "Talks collapse after six hours",
            "09:40",
            "09.40",
            "Talks at the conciliation service broke up shortly after nine, the union said.",
        ),
    ]
    page = tmp_path / "live.html"
    page.write_text(
        PAGE.format(
            "".join(
                ENTRY.format(id=i, heading=h, iso=iso, time=t, body=b)
                for i, h, iso, t, b in entries
            )
        ),
        encoding="utf-8",
    )
    lines = load_article(str(page)).text.splitlines()
    assert lines == [
        "12.05 GMT",
        "Dockers walk out at noon",
        entries[0][4],
        "09.40 GMT",
        "Talks collapse after six hours",
        entries[1][4],
    ]
