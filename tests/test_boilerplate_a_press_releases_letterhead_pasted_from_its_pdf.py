"""A press release pasted from its PDF opens with the issuer's letterhead (its name, address and
how to reach its press office) over the release's label ("PRESS RELEASE", "For immediate
release: …"). The letterhead and the label are dimmed and the headline under them is the title;
a story's own lines over such a label, saying nothing of how to reach anyone, stay."""

from __future__ import annotations

import pytest

from newslens.boilerplate import title_past_furniture

from .dimmed import dimmed_passages

HEADLINE = "Ferry timetable to change as harbour dredging begins"
RELEASE = (
    "{top}\n\n"
    "NEWS RELEASE\n"
    "For immediate release: 9 March 2026\n\n"
    f"{HEADLINE}\n\n"
    "Kelsey Bay Harbour Authority will begin dredging the main channel on 20 April, and the "
    "island ferry will run to a reduced timetable for six weeks.\n\n"
    "The harbour master, Owen Pryce, said the work was needed to keep the berth open at low "
    "tide.\n"
)
LETTERHEADS = [
    "Kelsey Bay Harbour Authority\nHarbour Office, Quay Road, Kelsey KB4 7QT\n"
    "Tel: 01632 960 555 | media@kelseybay-harbour.org",
    "Kelsey Bay Harbour Authority\nwww.kelseybay-harbour.org",
]


@pytest.mark.parametrize("letterhead", LETTERHEADS)
def test_the_letterhead_and_label_are_dimmed_and_the_headline_is_the_title(
    letterhead: str,
) -> None:
    text = RELEASE.format(top=letterhead)
    assert dimmed_passages(text)[0] == (
        f"{letterhead}\n\nNEWS RELEASE\nFor immediate release: 9 March 2026"
    )
    assert title_past_furniture(text) == HEADLINE


def test_lines_over_the_label_that_reach_nobody_stay() -> None:
    top = "Kelsey Bay Harbour Authority\nSpring works programme"
    text = RELEASE.format(top=top)
    dimmed = "\n".join(dimmed_passages(text))
    assert "Kelsey Bay Harbour Authority" not in dimmed and "Spring works" not in dimmed
