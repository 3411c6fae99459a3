"""A wire writer's byline names the agency after the writer ("By JANE DOE Associated Press",
"By Jane Doe | Reuters"): the byline is the writer, the agency no second author; a byline
that names only the agency keeps it, and a writer named like one keeps their name."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Rural district moves to a four-day school week</title>
</head><body><div class="story"><h1>Rural district moves to a four-day school week</h1>
{byline}
<p>ELMWOOD, Kan. (AP) — A rural Kansas school district will move to a four-day week next fall
after its board voted 5-2 on Monday night, citing a shortage of teachers.</p>
<p>The district, which serves about 1,400 students, will add 45 minutes to each remaining
school day to meet the state's requirements.</p>
<p>"We could not fill eleven posts last year," the superintendent told the board.</p>
</div></body></html>
"""


def byline_of(tmp_path: Path, byline: str) -> str | None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(byline=byline), encoding="utf-8")
    return load_article(str(page)).byline


@pytest.mark.parametrize(
    ("byline", "shown"),
    [
        ('<p class="byline">By JANE DOE Associated Press</p>', "Jane Doe"),
        ('<p class="byline">By JANE DOE<br>Associated Press</p>', "Jane Doe"),
        ("<p>By JANE DOE The Associated Press</p>", "Jane Doe"),
        ('<p class="byline">By JANE DOE AP Education Writer</p>', "Jane Doe"),
        (
            '<p class="byline">By JANE DOE and OMAR REYES Associated Press</p>',
            "Jane Doe and Omar Reyes",
        ),
        ('<p class="byline">By Jane Doe, The Associated Press</p>', "Jane Doe"),
        ('<p class="byline">By Jane Doe | Reuters</p>', "Jane Doe"),
    ],
)
def test_the_agency_a_writer_signs_for_is_no_author(
    tmp_path: Path, byline: str, shown: str
) -> None:
    assert byline_of(tmp_path, byline) == shown


@pytest.mark.parametrize(
    ("byline", "shown"),
    [
        ('<p class="byline">By The Associated Press</p>', "The Associated Press"),
        ('<p class="byline">By Michael Bloomberg</p>', "Michael Bloomberg"),
    ],
)
def test_an_agency_alone_or_a_name_like_one_is_kept(
    tmp_path: Path, byline: str, shown: str
) -> None:
    assert byline_of(tmp_path, byline) == shown
