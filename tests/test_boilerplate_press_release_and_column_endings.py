"""What a press release and an opinion column end with, that is not the story: the issuer's
"About …" paragraph, the legal notice on forward-looking statements, and the column's note that
the views are the writer's own."""

from __future__ import annotations

from newslens.boilerplate import find_boilerplate


def _dimmed(text: str) -> str:
    return "\n".join(text[start:end] for start, end in find_boilerplate(text))


RELEASE = """HARTLEY, England, March 10, 2026 -- Northwind Energy plc today announced plans to build a 200 MW battery at the former Hartley power station.
"This project brings back skilled jobs to the site," said Maya Osei, Chief Executive.
About Northwind Energy
Northwind Energy plc is a UK developer of battery storage and wind projects, with 1.2 GW in operation.
Forward-looking statements
This press release contains forward-looking statements that involve risks and uncertainties.
Actual results may differ materially from those expressed or implied."""


def test_a_release_s_about_paragraph_and_legal_notice_are_dimmed() -> None:
    dimmed = _dimmed(RELEASE)
    for furniture in [
        "About Northwind Energy",
        "is a UK developer of battery storage",
        "Forward-looking statements",
        "involve risks and uncertainties",
        "may differ materially",
    ]:
        assert furniture in dimmed, furniture
    assert "today announced" not in dimmed
    assert "brings back skilled jobs" not in dimmed


def test_a_legal_notice_without_its_heading_is_dimmed() -> None:
    text = (
        "The company said the battery would open in 2028.\n"
        "This news release contains forward-looking statements about the project's timing."
    )
    assert _dimmed(text) == (
        "This news release contains forward-looking statements about the project's timing."
    )


def test_a_story_s_section_about_something_else_is_not_dimmed() -> None:
    text = (
        "The survey asked 2,000 parents about school meals.\n"
        "About the survey\n"
        "The survey was carried out online in May by the university's research unit.\n"
        "About half of parents said portions had shrunk since last year."
    )
    assert _dimmed(text) == ""


def test_a_column_s_note_on_whose_views_it_gives_is_dimmed() -> None:
    text = (
        "Councillors should put the evening buses back in next year's budget.\n"
        "The views expressed here are the author's own and do not necessarily reflect "
        "those of The Valley Courier."
    )
    assert _dimmed(text).startswith("The views expressed here")
    assert "Councillors" not in _dimmed(text)


def test_a_story_reporting_views_expressed_is_not_dimmed() -> None:
    text = (
        "The views expressed at the meeting were sharply divided, the chair said.\n"
        "Residents asked for a second consultation."
    )
    assert _dimmed(text) == ""
